import { useEffect } from 'react';
import type { Prospect } from '@/lib/core/model';
import { ProspectList } from './ProspectList';
import { useLoaded } from './use-loaded';

export const FIRST_QUEUE_PAINT = 'fifth-touch:first-queue-paint';

export interface PopupAppProps {
  loadProspects: () => Promise<Prospect[]>;
}

export function PopupApp({ loadProspects }: PopupAppProps) {
  const prospects = useLoaded(loadProspects);
  useEffect(() => {
    // The benchmark reads this mark: time from opening the popup to the list on screen.
    if (prospects.state === 'ready') performance.mark(FIRST_QUEUE_PAINT);
  }, [prospects.state]);

  return (
    <main className="popup">
      <h1>Fifth Touch</h1>
      {prospects.state === 'loading' ? <p aria-live="polite">Loading your follow-ups…</p> : null}
      {prospects.state === 'failed' ? <p role="alert">{prospects.message}</p> : null}
      {prospects.state === 'ready' ? <ProspectList prospects={prospects.value} /> : null}
    </main>
  );
}
