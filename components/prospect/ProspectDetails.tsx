import type { Prospect } from '@/lib/core/model';
import { EditableField } from './EditableField';
import type { ProspectActions, ProspectChanges } from './prospect-actions';
import { ActionFeedback, useAction } from './use-action';

export interface ProspectDetailsProps {
  prospect: Prospect;
  actions: Pick<ProspectActions, 'update'>;
  reload: () => void;
}

type TextField = 'name' | 'company' | 'title' | 'email' | 'linkedinUrl' | 'xHandle' | 'timeZone';

const TEXT_FIELDS: [TextField, string, 'text' | 'email' | 'url'][] = [
  ['name', 'Name', 'text'],
  ['company', 'Company', 'text'],
  ['title', 'Title', 'text'],
  ['email', 'Email', 'email'],
  ['linkedinUrl', 'LinkedIn URL', 'url'],
  ['xHandle', 'X handle', 'text'],
  ['timeZone', 'Time zone', 'text'],
];

/** An emptied optional field is cleared, not saved as "" (which would not be a valid email or URL). */
function textChange(field: TextField, value: string): ProspectChanges {
  const trimmed = value.trim();
  if (field === 'name') return { name: trimmed };
  return { [field]: trimmed === '' ? null : trimmed };
}

function dealValueChange(value: string): ProspectChanges {
  if (value.trim() === '') return { dealValue: null };
  const amount = Number(value);
  if (!Number.isFinite(amount)) throw new Error('The deal value must be a number, like 12000.');
  return { dealValue: amount };
}

const splitTags = (value: string) => [
  ...new Set(
    value
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  ),
];

/** Who the prospect is: every field edited in place and saved when the rep leaves it. */
export function ProspectDetails({ prospect, actions, reload }: ProspectDetailsProps) {
  const action = useAction(reload);
  const save = (changes: () => ProspectChanges) => action.run(() => actions.update(changes()));
  return (
    <section aria-labelledby="details-heading" className="record-section">
      <h2 id="details-heading">Details</h2>
      <div className="fields">
        {TEXT_FIELDS.map(([field, label, type]) => (
          <EditableField
            key={field}
            label={label}
            type={type}
            value={prospect[field] ?? ''}
            save={(value) => save(() => textChange(field, value))}
          />
        ))}
        <EditableField
          label="Tags (comma-separated)"
          value={prospect.tags.join(', ')}
          save={(value) => save(() => ({ tags: splitTags(value) }))}
        />
        <EditableField
          label="Deal value"
          value={prospect.dealValue === undefined ? '' : String(prospect.dealValue)}
          save={(value) => save(() => dealValueChange(value))}
        />
        <EditableField
          label="Background"
          multiline
          value={prospect.notes}
          save={(value) => save(() => ({ notes: value }))}
        />
      </div>
      <ActionFeedback message={action.message} error={action.error} />
    </section>
  );
}
