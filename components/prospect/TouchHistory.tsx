import { useState } from 'react';
import { CHANNEL_LABELS } from '@/lib/core/model';
import type { RecordTouch } from '@/lib/core/prospects/prospect-record';
import { formatWhen, OUTCOME_LABELS } from './format-record';
import type { ProspectActions } from './prospect-actions';
import { ActionFeedback, useAction } from './use-action';

export interface TouchHistoryProps {
  touches: RecordTouch[];
  actions: Pick<ProspectActions, 'updateTouch'>;
  reload: () => void;
}

function TouchEntry({ touch, actions, reload }: { touch: RecordTouch } & Omit<TouchHistoryProps, 'touches'>) {
  const action = useAction(reload);
  const [note, setNote] = useState(touch.note);
  const title = `${CHANNEL_LABELS[touch.channel]} · ${OUTCOME_LABELS[touch.outcome]} · ${formatWhen(touch.at)}`;
  return (
    <li aria-label={title} className="touch">
      <div>
        <strong>{title}</strong>
        {touch.stepNumber ? <span className="muted"> · step {touch.stepNumber}</span> : null}
      </div>
      {touch.content ? <div>Sent: {touch.content.title}</div> : null}
      <label>
        Note
        <textarea value={note} onChange={(event) => setNote(event.target.value)} disabled={action.busy} />
      </label>
      <button
        type="button"
        disabled={action.busy || note === touch.note}
        onClick={() => action.run(() => actions.updateTouch(touch.id, { note }))}
      >
        Save note
      </button>
      {touch.outcome === 'yes' ? null : (
        <button
          type="button"
          className="secondary"
          disabled={action.busy}
          onClick={() => action.run(() => actions.updateTouch(touch.id, { note, outcome: 'yes' }))}
        >
          Mark as yes
        </button>
      )}
      <ActionFeedback message={action.message} error={action.error} />
    </li>
  );
}

/** Every touch, newest first: channel, outcome, note and the piece sent; notes are edited in place. */
export function TouchHistory({ touches, actions, reload }: TouchHistoryProps) {
  return (
    <section aria-labelledby="history-heading" className="record-section">
      <h2 id="history-heading">Touch history</h2>
      {touches.length === 0 ? <p className="muted">No touches yet.</p> : null}
      <ol aria-label="Touch history" className="touches">
        {touches.map((touch) => (
          <TouchEntry key={touch.id} touch={touch} actions={actions} reload={reload} />
        ))}
      </ol>
    </section>
  );
}
