import { useCallback, useId, useState } from 'react';
import type { VacationReturn } from '@/lib/core/model';
import { useLoaded } from '../use-loaded';
import { describePauseEnd, describeReturn } from './describe-return';
import { pauseInstantOf } from './pause-date';

export interface VacationState {
  pausedUntil?: string;
  pausedFrom?: string;
  vacationReturn?: VacationReturn;
}

/** What the popup and the settings page ask of the worker; both use the same messages. */
export interface VacationActions {
  load: () => Promise<VacationState>;
  pause: (until: string) => Promise<VacationState>;
  returnEarly: () => Promise<VacationState>;
  dismiss: () => Promise<VacationState>;
}

export interface VacationControlProps {
  actions: VacationActions;
  now: () => Date;
  /** After a change the queue is different (a return moves it): the page reloads what it shows. */
  onChange?: () => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function PauseForm({ onPause }: { onPause: (day: string) => void }) {
  const id = useId();
  const [day, setDay] = useState('');
  return (
    <form
      className="vacation-form"
      onSubmit={(event) => {
        event.preventDefault();
        onPause(day);
      }}
    >
      <label htmlFor={id}>Pause everything until</label>{' '}
      <input id={id} type="date" required value={day} onChange={(event) => setDay(event.target.value)} />{' '}
      <button type="submit">Pause everything</button>
    </form>
  );
}

/**
 * "Pause everything until <date>" (vacation): no reminders and an empty badge meanwhile; on return
 * the worker moves the schedule and this says what it moved until the rep dismisses it.
 */
export function VacationControl({ actions, now, onChange }: VacationControlProps) {
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const loaded = useLoaded(actions.load, version);
  const change = useCallback(
    async (action: () => Promise<VacationState>) => {
      try {
        await action();
        setError(null);
        setVersion((value) => value + 1);
        onChange?.();
      } catch (failure) {
        setError(messageOf(failure));
      }
    },
    [onChange],
  );
  if (loaded.state === 'loading') return null;
  if (loaded.state === 'failed') return <p role="alert">{loaded.message}</p>;
  const { pausedUntil, vacationReturn } = loaded.value;
  const away = pausedUntil !== undefined && new Date(pausedUntil) > now();
  return (
    <section aria-label="Vacation" className="vacation">
      {vacationReturn ? (
        <p role="status">
          {describeReturn(vacationReturn)}{' '}
          <button type="button" className="secondary" onClick={() => void change(actions.dismiss)}>
            Dismiss
          </button>
        </p>
      ) : null}
      {away ? (
        <p>
          Paused until {describePauseEnd(pausedUntil)}: no reminders and no badge until then.{' '}
          <button type="button" onClick={() => void change(actions.returnEarly)}>
            Back early
          </button>
        </p>
      ) : (
        <PauseForm
          onPause={(day) => {
            const until = pauseInstantOf(day);
            if (until) void change(() => actions.pause(until));
            else setError('Pick the day you are back to pause until.');
          }}
        />
      )}
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}
