import { useId, useState } from 'react';
import { fillTemplate, TEMPLATE_VARIABLES } from '@/lib/core/content/fill-template';
import { ContentItem } from '@/lib/core/model/content-item';
import { CONTENT_KINDS, type ContentKind } from '@/lib/core/model/content-kind';
import { describeField, messageOf } from '../settings/describe-field';

export type ContentItemDraft = Omit<ContentItem, 'id'> & { id?: string };

export interface ContentEditorProps {
  initial: ContentItemDraft;
  onSave: (item: ContentItemDraft) => Promise<void>;
  onCancel: () => void;
}

/** The sample the preview is filled with, so a rep sees their variables read as a sentence. */
export const SAMPLE_PROSPECT = {
  firstName: 'Ada',
  name: 'Ada Lovelace',
  company: 'Analytical Engines Ltd',
  title: 'Head of Operations',
  lastNote: 'Asked for the pilot scope',
};

const LABELS: Record<string, string> = { kind: 'Kind', title: 'Title', url: 'Link', body: 'Text', tags: 'Tags' };

interface Fields {
  kind: ContentKind;
  title: string;
  url: string;
  body: string;
  tags: string;
}

function toCandidate(fields: Fields, id: string | undefined) {
  const tags = fields.tags
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  const url = fields.url.trim();
  return {
    ...(id ? { id } : {}),
    kind: fields.kind,
    title: fields.title,
    body: fields.body,
    tags,
    ...(url ? { url } : {}),
  };
}

function problemsOf(fields: Fields): Partial<Record<keyof Fields, string>> {
  const result = ContentItem.safeParse({ ...toCandidate(fields, undefined), id: 'checking' });
  if (result.success) return {};
  const problems: Partial<Record<keyof Fields, string>> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0]) as keyof Fields;
    problems[field] ??= describeField(LABELS[field] ?? 'This field', [issue]);
  }
  return problems;
}

export function ContentEditor({ initial, onSave, onCancel }: ContentEditorProps) {
  const [fields, setFields] = useState<Fields>({
    kind: initial.kind,
    title: initial.title,
    url: initial.url ?? '',
    body: initial.body,
    tags: initial.tags.join(', '),
  });
  const [saveError, setSaveError] = useState<string | null>(null);
  const id = useId();
  const problems = problemsOf(fields);
  const invalid = Object.keys(problems).length > 0;

  function field(name: 'title' | 'url' | 'tags', label: string, hint?: string) {
    const problem = problems[name];
    return (
      <p>
        <label htmlFor={`${id}-${name}`}>{label}</label>{' '}
        <input
          id={`${id}-${name}`}
          value={fields[name]}
          aria-invalid={problem !== undefined}
          aria-describedby={problem ? `${id}-${name}-error` : undefined}
          onChange={(event) => setFields({ ...fields, [name]: event.target.value })}
        />
        {hint ? <span className="muted"> {hint}</span> : null}
        {problem ? (
          <span id={`${id}-${name}-error`} className="field-error" role="alert">
            {' '}
            {problem}
          </span>
        ) : null}
      </p>
    );
  }

  return (
    <form
      aria-label={initial.id ? `Edit ${initial.title}` : 'New content piece'}
      onSubmit={(event) => {
        event.preventDefault();
        if (invalid) return;
        setSaveError(null);
        onSave(toCandidate(fields, initial.id)).catch((error: unknown) => setSaveError(messageOf(error)));
      }}
    >
      <p>
        <label htmlFor={`${id}-kind`}>Kind</label>{' '}
        <select
          id={`${id}-kind`}
          value={fields.kind}
          onChange={(event) => setFields({ ...fields, kind: event.target.value as ContentKind })}
        >
          {CONTENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </p>
      {field('title', 'Title')}
      {field('url', 'Link', '(optional)')}
      <p>
        <label htmlFor={`${id}-body`}>Text</label>
        <br />
        <textarea
          id={`${id}-body`}
          rows={6}
          cols={60}
          value={fields.body}
          aria-describedby={`${id}-variables`}
          onChange={(event) => setFields({ ...fields, body: event.target.value })}
        />
        <br />
        <span id={`${id}-variables`} className="muted">
          Variables: {TEMPLATE_VARIABLES.map((name) => `{{${name}}}`).join(' ')}
        </span>
      </p>
      {field('tags', 'Tags', '(separated by commas)')}
      <section aria-label="Preview">
        <h3>
          Preview for {SAMPLE_PROSPECT.name}, {SAMPLE_PROSPECT.company}
        </h3>
        {/* Rendered as text: filled values are never parsed as HTML. */}
        <p className="preview">{fillTemplate(fields.body, SAMPLE_PROSPECT)}</p>
      </section>
      <button type="submit" disabled={invalid}>
        Save piece
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {saveError ? <p role="alert">{saveError}</p> : null}
    </form>
  );
}
