import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Prospect } from '@/lib/core/model';
import type { Pipeline } from '@/lib/core/pipeline/pipeline';
import type { QueueLimits } from '@/lib/core/queue/queue-reply';
import { FIRST_QUEUE_LIMITS, type QueueSection } from '@/lib/core/queue/queue-sections';
import { PipelineSummary } from './popup/PipelineSummary';
import { RecentProspects } from './popup/RecentProspects';
import { ProspectSearch } from './ProspectSearch';
import { QuickAdd, type QuickAddDraft } from './QuickAdd';
import type { QueueActions, TodayQueueData } from './queue/queue-actions';
import { TodayQueue } from './queue/TodayQueue';
import { isTypingTarget } from './queue/typing-target';
import { useLoaded } from './use-loaded';
import { VacationControl, type VacationActions } from './vacation/VacationControl';

export const FIRST_QUEUE_PAINT = 'fifth-touch:first-queue-paint';

export interface PopupAppProps {
  /** The queue with the first `limits[section]` items of each section in full. */
  loadQueue: (limits: QueueLimits) => Promise<TodayQueueData>;
  /** The queue for `limits` if it is already here (asked for before React started). */
  queueInHand?: (limits: QueueLimits) => TodayQueueData | undefined;
  /**
   * Whether the first queue shown is the worker's snapshot (lib/handlers/queue-snapshots.ts)
   * rather than its reply: the popup then asks the worker once the queue is on screen.
   */
  queueFromSnapshot?: () => boolean;
  loadRecentProspects: () => Promise<Prospect[]>;
  searchProspects: (query: string) => Promise<Prospect[]>;
  addProspect: (draft: QuickAddDraft) => Promise<string>;
  actions: QueueActions;
  now: () => Date;
  vacation: VacationActions;
  loadPipeline: () => Promise<Pipeline>;
}

export function PopupApp({
  loadQueue,
  queueInHand,
  queueFromSnapshot,
  loadRecentProspects,
  searchProspects,
  addProspect,
  actions,
  now,
  vacation,
  loadPipeline,
}: PopupAppProps) {
  const [version, setVersion] = useState(0);
  // The same limits popup-early.js asks with, so its reply answers this first load.
  const [limits, setLimits] = useState<QueueLimits>(() => ({ ...FIRST_QUEUE_LIMITS }));
  const loadPage = useCallback(() => loadQueue(limits), [loadQueue, limits]);
  const queue = useLoaded(loadPage, version, {
    inHand: () => queueInHand?.(limits),
    // A write the worker is still answering may be missing from its snapshot: ask it once on screen.
    loadAgain: queueFromSnapshot,
  });
  const showMore = useCallback(
    (section: QueueSection, count: number) =>
      setLimits((current) => ({ ...current, [section]: current[section] + count })),
    [],
  );
  const searchInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // The benchmark reads this mark: time from opening the popup to the queue on screen.
    if (queue.state === 'ready' && performance.getEntriesByName(FIRST_QUEUE_PAINT).length === 0) {
      performance.mark(FIRST_QUEUE_PAINT);
    }
  }, [queue.state]);
  useEffect(() => {
    function onSlash(event: KeyboardEvent) {
      if (event.key !== '/' || isTypingTarget(event.target)) return;
      event.preventDefault();
      searchInput.current?.focus();
    }
    document.addEventListener('keydown', onSlash);
    return () => document.removeEventListener('keydown', onSlash);
  }, []);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  // Every change reloads the queue, so what the rep sees is what is stored.
  const reloadingActions = useMemo<QueueActions>(
    () => ({
      ...actions,
      done: (...args) => actions.done(...args).then(reload),
      snooze: (...args) => actions.snooze(...args).then(reload),
      skip: (...args) => actions.skip(...args).then(reload),
      giveUp: (...args) => actions.giveUp(...args).then(reload),
    }),
    [actions, reload],
  );
  const add = useCallback(
    (draft: QuickAddDraft) => addProspect(draft).then((text) => (reload(), text)),
    [addProspect, reload],
  );

  return (
    <main className="popup">
      <h1>Fifth Touch</h1>
      <VacationControl actions={vacation} now={now} onChange={reload} />
      {/* The pipeline sums every prospect's deal value: asked for after the queue, so it never delays it. */}
      {queue.state === 'loading' ? null : <PipelineSummary load={loadPipeline} version={version} />}
      <ProspectSearch ref={searchInput} search={searchProspects} openRecord={actions.openRecord} />
      {queue.state === 'loading' ? <p aria-live="polite">Loading your follow-ups…</p> : null}
      {queue.state === 'failed' ? <p role="alert">{queue.message}</p> : null}
      {queue.state === 'ready' ? (
        <TodayQueue data={queue.value} now={now} actions={reloadingActions} showMore={showMore} />
      ) : null}
      <details className="quick-add-box">
        <summary>Quick add a prospect</summary>
        <QuickAdd add={add} />
      </details>
      {/* Below the queue, and asked for after it, so it never competes with it. */}
      {queue.state === 'loading' ? null : (
        <RecentProspects load={loadRecentProspects} version={version} openRecord={actions.openRecord} />
      )}
    </main>
  );
}
