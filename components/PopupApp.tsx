import { useEffect } from 'react';
import type { Prospect } from '@/lib/core/model';
import type { QueueReply } from '@/lib/core/queue/queue-reply';
import { ProspectList } from './ProspectList';
import { TodayQueue } from './TodayQueue';
import { useLoaded } from './use-loaded';

export const FIRST_QUEUE_PAINT = 'fifth-touch:first-queue-paint';

export interface PopupAppProps {
  loadQueue: () => Promise<QueueReply>;
  loadRecentProspects: () => Promise<Prospect[]>;
  now: () => Date;
}

export function PopupApp({ loadQueue, loadRecentProspects, now }: PopupAppProps) {
  const queue = useLoaded(loadQueue);
  const recent = useLoaded(loadRecentProspects);
  useEffect(() => {
    // The benchmark reads this mark: time from opening the popup to the queue on screen.
    if (queue.state === 'ready') performance.mark(FIRST_QUEUE_PAINT);
  }, [queue.state]);

  return (
    <main className="popup">
      <h1>Fifth Touch</h1>
      {queue.state === 'loading' ? <p aria-live="polite">Loading your follow-ups…</p> : null}
      {queue.state === 'failed' ? <p role="alert">{queue.message}</p> : null}
      {queue.state === 'ready' ? <TodayQueue queue={queue.value} now={now()} /> : null}
      {recent.state === 'ready' && recent.value.length > 0 ? (
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recently added</h2>
          <ProspectList prospects={recent.value} />
        </section>
      ) : null}
    </main>
  );
}
