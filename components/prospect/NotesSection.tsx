import { useState } from 'react';
import type { NoteEntry } from '@/lib/core/model';
import { formatWhen } from './format-record';
import type { ProspectActions } from './prospect-actions';
import { ActionFeedback, useAction } from './use-action';

export interface NotesSectionProps {
  notes: NoteEntry[];
  actions: Pick<ProspectActions, 'saveNote' | 'deleteNote'>;
  reload: () => void;
}

/** Notes on the prospect; one marked "yes" is a point they agreed to, shown again at the next touch. */
export function NotesSection({ notes, actions, reload }: NotesSectionProps) {
  const action = useAction(reload);
  const [text, setText] = useState('');
  const [yes, setYes] = useState(false);
  const add = () =>
    action.run(async () => {
      const message = await actions.saveNote({ text, yes });
      setText('');
      setYes(false);
      return message;
    });
  return (
    <section aria-labelledby="notes-heading" className="record-section">
      <h2 id="notes-heading">Notes</h2>
      <ul aria-label="Notes" className="notes">
        {[...notes].reverse().map((note) => (
          <li key={note.id}>
            <span className="muted">{formatWhen(note.at)} </span>
            {note.text}
            <label className="inline">
              <input
                type="checkbox"
                checked={note.yes}
                disabled={action.busy}
                onChange={() =>
                  action.run(() => actions.saveNote({ noteId: note.id, text: note.text, yes: !note.yes }))
                }
              />
              Yes
            </label>
            <button
              type="button"
              className="secondary"
              disabled={action.busy}
              onClick={() => action.run(() => actions.deleteNote(note.id))}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      <label>
        New note
        <textarea value={text} onChange={(event) => setText(event.target.value)} disabled={action.busy} />
      </label>
      <label className="inline">
        <input type="checkbox" checked={yes} onChange={(event) => setYes(event.target.checked)} />
        They agreed to this (a yes)
      </label>
      <button type="button" disabled={action.busy || text.trim() === ''} onClick={add}>
        Add note
      </button>
      <ActionFeedback message={action.message} error={action.error} />
    </section>
  );
}
