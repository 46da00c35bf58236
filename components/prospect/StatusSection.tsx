import { useState } from 'react';
import type { ProspectStatus } from '@/lib/core/model';
import { decideGiveUp } from '@/lib/core/policies/five-nos';
import type { ProspectActions } from './prospect-actions';
import { ActionFeedback, useAction } from './use-action';

export interface StatusSectionProps {
  status: ProspectStatus;
  followUps: number;
  actions: Pick<ProspectActions, 'changeStatus'>;
  reload: () => void;
}

const STATUS_LABELS: Record<ProspectStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  nurture: 'Nurture',
  won: 'Won',
  lost: 'Lost',
};

/** A date input's "yyyy-mm-dd" as the start of that day on the rep's clock. */
function startOfLocalDay(date: string): string {
  return new Date(`${date}T00:00`).toISOString();
}

/** Won, lost (the five no's apply), nurture, paused until a date, or active again. */
export function StatusSection({ status, followUps, actions, reload }: StatusSectionProps) {
  const action = useAction(reload);
  const [next, setNext] = useState<ProspectStatus>(status === 'active' ? 'won' : 'active');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const giveUp = decideGiveUp(followUps);
  const change = () =>
    action.run(() =>
      actions.changeStatus({
        status: next,
        ...(next === 'lost' && reason.trim() ? { reason } : {}),
        ...(next === 'paused' && until ? { until: startOfLocalDay(until) } : {}),
      }),
    );
  return (
    <section aria-labelledby="status-heading" className="record-section">
      <h2 id="status-heading">Status: {STATUS_LABELS[status]}</h2>
      <div className="row">
        <label>
          New status
          <select value={next} onChange={(event) => setNext(event.target.value as ProspectStatus)}>
            {Object.entries(STATUS_LABELS)
              .filter(([value]) => value !== status)
              .map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
          </select>
        </label>
        {next === 'paused' ? (
          <label>
            Paused until
            <input type="date" value={until} onChange={(event) => setUntil(event.target.value)} />
          </label>
        ) : null}
        <button type="button" disabled={action.busy} onClick={change}>
          Change status
        </button>
      </div>
      {next === 'lost' ? (
        <>
          <p className="muted">{giveUp.reason}</p>
          {giveUp.allowed ? null : (
            <label>
              Why give up now?
              <input value={reason} onChange={(event) => setReason(event.target.value)} />
            </label>
          )}
        </>
      ) : null}
      <ActionFeedback message={action.message} error={action.error} />
    </section>
  );
}
