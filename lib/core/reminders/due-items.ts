import type { Queue, QueueItem } from '../queue/queue-item';
import { type Instant, toIso } from '../schedule/instant';

/** Which items were already shown, as item key → the due time shown; kept outside the worker's memory. */
export type NotifiedRecord = Readonly<Record<string, string>>;

/** Items whose due time has come: overdue ones and those due today at or before now. */
export function dueItems(queue: Queue, now: Instant): QueueItem[] {
  const at = toIso(now);
  return [...queue.overdue, ...queue.dueNow].filter((item) => item.dueAt <= at);
}

/** Due items not reminded of yet for this due time; a snooze gives an item a new due time, so it reminds again. */
export function freshItems(due: readonly QueueItem[], notified: NotifiedRecord): QueueItem[] {
  return due.filter((item) => notified[item.key] !== item.dueAt);
}

export function findItem(queue: Queue, key: string): QueueItem | undefined {
  return [...queue.overdue, ...queue.dueNow, ...queue.laterToday, ...queue.next7Days].find((item) => item.key === key);
}
