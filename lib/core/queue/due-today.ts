import type { Queue, QueueItem } from './queue-item';

/** What is due today, most urgent first: overdue, then due now, then later today. */
export function dueTodayItems(queue: Pick<Queue, 'overdue' | 'dueNow' | 'laterToday'>): QueueItem[] {
  return [...queue.overdue, ...queue.dueNow, ...queue.laterToday];
}
