import { useState } from 'react';
import type { ProspectRecord, RecordStep } from '@/lib/core/prospects/prospect-record';
import { channelsText, formatWhen } from './format-record';
import type { ProspectActions } from './prospect-actions';
import { ActionFeedback, useAction } from './use-action';

export interface CadenceSectionProps {
  record: ProspectRecord;
  actions: Pick<ProspectActions, 'changeCadence' | 'restartCadence'>;
  reload: () => void;
}

function stepText(step: RecordStep): string {
  const when = step.at ? ` ${formatWhen(step.at)}` : '';
  return `Step ${step.number} · day ${step.day} · ${channelsText(step.channels)} — ${step.status}${when}`;
}

/** The playbook and where the prospect stands in it; change it, or start it again from step 1. */
export function CadenceSection({ record, actions, reload }: CadenceSectionProps) {
  const action = useAction(reload);
  const [cadenceId, setCadenceId] = useState(record.cadence?.id ?? record.cadences[0]?.id ?? '');
  return (
    <section aria-labelledby="cadence-heading" className="record-section">
      <h2 id="cadence-heading">Playbook{record.cadence ? `: ${record.cadence.name}` : ''}</h2>
      {record.pausedUntil ? <p>Paused until {formatWhen(record.pausedUntil)}.</p> : null}
      {record.steps.length === 0 ? <p className="muted">Not following a playbook.</p> : null}
      <ol aria-label="Cadence steps" className="steps">
        {record.steps.map((step) => (
          <li key={step.number} className={`step-${step.status}`}>
            {stepText(step)}
          </li>
        ))}
      </ol>
      <div className="row">
        <label>
          Playbook
          <select value={cadenceId} onChange={(event) => setCadenceId(event.target.value)} disabled={action.busy}>
            {record.cadences.map((cadence) => (
              <option key={cadence.id} value={cadence.id}>
                {cadence.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={action.busy || cadenceId === '' || cadenceId === record.cadence?.id}
          onClick={() => action.run(() => actions.changeCadence(cadenceId))}
        >
          Change playbook
        </button>
        <button
          type="button"
          className="secondary"
          disabled={action.busy || !record.cadence}
          onClick={() => action.run(actions.restartCadence)}
        >
          Restart from step 1
        </button>
      </div>
      <ActionFeedback message={action.message} error={action.error} />
    </section>
  );
}
