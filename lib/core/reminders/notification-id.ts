import type { QueueItem } from '../queue/queue-item';

const PREFIX = 'fifth-touch';
const SEPARATOR = '|';

/** The one notification that stands for many due items; a newer group replaces it. */
export const GROUP_NOTIFICATION_ID = `${PREFIX}${SEPARATOR}group`;

export interface ReminderKey {
  /** The queue item's key: "step:<enrollment id>" or "task:<task id>". */
  key: string;
  dueAt: string;
}

/**
 * One id per item and due time: showing the same reminder twice replaces it instead of stacking,
 * and a snoozed item (new due time) gets a new one. The id alone says what a click is about, so
 * the worker needs nothing in memory to answer it.
 */
export function notificationIdFor(item: Pick<QueueItem, 'key' | 'dueAt'>): string {
  return [PREFIX, item.key, item.dueAt].join(SEPARATOR);
}

/** The item behind one of our notification ids; null for the group and for ids that are not ours. */
export function parseNotificationId(id: string): ReminderKey | null {
  const start = `${PREFIX}${SEPARATOR}`;
  const last = id.lastIndexOf(SEPARATOR);
  if (!id.startsWith(start) || last < start.length) return null;
  const key = id.slice(start.length, last);
  const dueAt = id.slice(last + 1);
  return key && dueAt ? { key, dueAt } : null;
}
