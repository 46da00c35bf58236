import type { Settings } from '../model';
import type { QueueItem } from '../queue/queue-item';
import type { Instant } from '../schedule/instant';
import { freshItems, type NotifiedRecord } from './due-items';
import { GROUP_NOTIFICATION_ID, notificationIdFor, parseNotificationId } from './notification-id';
import { canNotifyAt, type ReminderSettings } from './reminder-gate';
import { describeReminder, describeReminderGroup, type ReminderNotification } from './reminder-text';

export interface PlanInput {
  now: Instant;
  settings: ReminderSettings & Pick<Settings, 'timeZone'>;
  due: readonly QueueItem[];
  notified: NotifiedRecord;
}

export interface ReminderPlan {
  notifications: ReminderNotification[];
  /** The record to keep: only items still due, so it never grows beyond today's queue. */
  notified: NotifiedRecord;
  /** Due items held back (off hours, vacation): the next wake-up must come for them. */
  waiting: boolean;
}

function recordOf(items: readonly QueueItem[]): NotifiedRecord {
  return Object.fromEntries(items.map((item) => [item.key, item.dueAt]));
}

/**
 * What to show when a reminder alarm fires. Items already shown for the same due time are not
 * shown again (even if the rep closed them); more than `groupAbove` new items make one group.
 */
export function planReminders({ now, settings, due, notified }: PlanInput): ReminderPlan {
  const fresh = freshItems(due, notified);
  const stillDue = due.filter((item) => notified[item.key] === item.dueAt);
  if (fresh.length === 0 || !canNotifyAt(now, settings)) {
    return {
      notifications: [],
      notified: recordOf(stillDue),
      waiting: fresh.length > 0 && settings.notifications.enabled,
    };
  }
  const notifications =
    fresh.length > settings.notifications.groupAbove
      ? [describeReminderGroup(fresh, GROUP_NOTIFICATION_ID)]
      : fresh.map((item) => describeReminder(item, notificationIdFor(item), now, settings));
  return { notifications, notified: recordOf(due), waiting: false };
}

/** Our notifications whose item is done, snoozed or gone: they would only mislead, so they close. */
export function staleNotificationIds(openIds: readonly string[], due: readonly QueueItem[]): string[] {
  const current = new Set(due.map(notificationIdFor));
  return openIds.filter((id) => {
    if (id === GROUP_NOTIFICATION_ID) return due.length === 0;
    return parseNotificationId(id) !== null && !current.has(id);
  });
}
