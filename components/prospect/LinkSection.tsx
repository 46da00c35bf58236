import { useEffect, useState } from 'react';
import type { Prospect } from '@/lib/core/model';
import type { RecordMatch } from '@/lib/core/prospects/prospect-record';
import type { ProspectActions } from './prospect-actions';
import { ActionFeedback, useAction } from './use-action';

export interface LinkSectionProps {
  prospectId: string;
  matches: RecordMatch[];
  actions: Pick<ProspectActions, 'search' | 'merge' | 'undoMerge'>;
  reload: () => void;
}

const REASONS: Record<RecordMatch['reason'], string> = {
  'same-name': 'same name',
  'company-domain': 'email domain matches the company',
};

/** One person, one record: link a likely duplicate in one click, or find one by name; undo is offered. */
export function LinkSection({ prospectId, matches, actions, reload }: LinkSectionProps) {
  const action = useAction(reload);
  const [undo, setUndo] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Prospect[]>([]);
  useEffect(() => {
    if (query.trim() === '') return;
    let current = true;
    actions.search(query.trim()).then(
      (found) => current && setResults(found.filter((prospect) => prospect.id !== prospectId)),
      () => current && setResults([]),
    );
    return () => {
      current = false;
    };
  }, [query, actions, prospectId]);

  const link = (otherId: string) =>
    action.run(async () => {
      const merged = await actions.merge(otherId);
      setUndo(merged.mergeId);
      setQuery('');
      return merged.message;
    });
  const linkButton = (otherId: string, name: string) => (
    <button type="button" disabled={action.busy} onClick={() => link(otherId)}>
      Link {name}
    </button>
  );

  return (
    <section aria-labelledby="link-heading" className="record-section">
      <h2 id="link-heading">Same person elsewhere?</h2>
      {matches.length > 0 ? (
        <ul aria-label="Likely the same person">
          {matches.map((match) => (
            <li key={match.prospectId}>
              {match.name}
              {match.company ? ` · ${match.company}` : ''} <span className="muted">({REASONS[match.reason]})</span>{' '}
              {linkButton(match.prospectId, match.name)}
            </li>
          ))}
        </ul>
      ) : null}
      <label>
        Link to existing prospect
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      {query.trim() !== '' && results.length > 0 ? (
        <ul aria-label="Prospects to link">
          {results.map((prospect) => (
            <li key={prospect.id}>
              {prospect.name}
              {prospect.company ? ` · ${prospect.company}` : ''} {linkButton(prospect.id, prospect.name)}
            </li>
          ))}
        </ul>
      ) : null}
      <ActionFeedback message={action.message} error={action.error} />
      {undo ? (
        <button
          type="button"
          className="secondary"
          disabled={action.busy}
          onClick={() => action.run(() => actions.undoMerge(undo).finally(() => setUndo(null)))}
        >
          Undo link
        </button>
      ) : null}
    </section>
  );
}
