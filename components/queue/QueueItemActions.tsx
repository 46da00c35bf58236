import { useId, useState } from 'react';
import { decideGiveUp } from '@/lib/core/policies/five-nos';
import type { QueueReplyItem } from '@/lib/core/queue/queue-reply';
import { defaultOutcome, OUTCOME_CHOICES, type QueueActions, type StepOutcome } from './queue-actions';

const HOUR_MS = 60 * 60 * 1000;

export interface QueueItemActionsProps {
  item: QueueReplyItem;
  actions: QueueActions;
  now: () => Date;
  /** The content piece on screen; Done records it as sent. */
  contentId: string | undefined;
  snoozeOpen: boolean;
  setSnoozeOpen: (open: boolean) => void;
}

function tomorrowMorning(now: Date): Date {
  const next = new Date(now);
  next.setDate(next.getDate() + 1);
  next.setHours(9, 0, 0, 0);
  return next;
}

export function QueueItemActions({ item, actions, now, contentId, snoozeOpen, setSnoozeOpen }: QueueItemActionsProps) {
  const id = useId();
  const [outcome, setOutcome] = useState<StepOutcome>(defaultOutcome(item));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pickedTime, setPickedTime] = useState('');
  const [giveUpReason, setGiveUpReason] = useState('');
  const giveUp = decideGiveUp(item.followUps);

  function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    action().then(
      () => setBusy(false),
      (failure: unknown) => {
        setBusy(false);
        setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  }

  const snooze = (until: Date) => run(() => actions.snooze(item, until).then(() => setSnoozeOpen(false)));

  return (
    <div className="item-actions">
      <label htmlFor={`${id}-outcome`} className="visually-hidden">
        Outcome for {item.prospect.name}
      </label>
      <select
        id={`${id}-outcome`}
        value={outcome}
        onChange={(event) => setOutcome(event.target.value as StepOutcome)}
        disabled={busy}
      >
        {OUTCOME_CHOICES.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button type="button" disabled={busy} onClick={() => run(() => actions.done(item, outcome, contentId))}>
        Done
      </button>
      <button type="button" disabled={busy} aria-expanded={snoozeOpen} onClick={() => setSnoozeOpen(!snoozeOpen)}>
        Snooze
      </button>
      {item.kind === 'step' ? (
        <button type="button" disabled={busy} onClick={() => run(() => actions.skip(item))}>
          Skip
        </button>
      ) : null}
      <button type="button" onClick={() => actions.open(item)}>
        Open
      </button>
      <button
        type="button"
        disabled={busy || !giveUp.allowed}
        aria-describedby={`${id}-give-up`}
        onClick={() => run(() => actions.giveUp(item, giveUpReason))}
      >
        Give up
      </button>
      <span id={`${id}-give-up`} className="muted give-up-why">
        {giveUp.allowed ? '' : giveUp.reason}
      </span>
      {!giveUp.allowed ? (
        <details>
          <summary>Give up anyway</summary>
          <label>
            Why give up before five follow-ups?
            <input value={giveUpReason} onChange={(event) => setGiveUpReason(event.target.value)} />
          </label>
          <button
            type="button"
            disabled={busy || giveUpReason.trim() === ''}
            onClick={() => run(() => actions.giveUp(item, giveUpReason))}
          >
            Give up with this reason
          </button>
        </details>
      ) : null}
      {snoozeOpen ? (
        <div role="group" aria-label={`Snooze ${item.prospect.name}`}>
          <button type="button" onClick={() => snooze(new Date(now().getTime() + HOUR_MS))}>
            1 hour
          </button>
          <button type="button" onClick={() => snooze(tomorrowMorning(now()))}>
            Tomorrow
          </button>
          <label>
            Until
            <input type="datetime-local" value={pickedTime} onChange={(event) => setPickedTime(event.target.value)} />
          </label>
          <button type="button" disabled={pickedTime === ''} onClick={() => snooze(new Date(pickedTime))}>
            Snooze until then
          </button>
        </div>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
