import { buildQueue } from '../core/queue/build-queue';
import type { QueueItem } from '../core/queue/queue-item';
import { doneOutcomeFor, findItem, parseNotificationId, prospectPageUrl, SNOOZE_MS } from '../core/reminders';
import type { FifthTouchDatabase } from '../db/database';
import type { WriteContext } from '../db/follow-ups';
import { completeStep, completeTask, snoozeStep, snoozeTask } from '../db/queue-actions';
import { readQueueInput } from '../db/queue-source';
import { clearNotification } from '../platform/notifications';
import { openTab, popupPageUrl } from '../platform/tabs';
import { logFailure } from './reminders';

export interface ReminderClickContext {
  db: FifthTouchDatabase;
  now: () => Date;
  homeTimeZone: () => string;
  newId: () => string;
  /** Runs what a button changes (so the kept queue page is forgotten: queue-snapshots.ts). */
  guardWrite: <T>(write: () => Promise<T>) => Promise<T>;
  /** Re-arms and redraws the badge after a button changed something. */
  refresh: () => Promise<void>;
}

/** Button order as REMINDER_BUTTONS lists them. */
const DONE_BUTTON = 0;
const SNOOZE_BUTTON = 1;

/** Answers clicks on reminders; the notification id names the item, so nothing is kept in memory. */
export function createReminderClicks({ db, now, homeTimeZone, newId, guardWrite, refresh }: ReminderClickContext) {
  const writeContext = (): WriteContext => ({ now: now(), homeTimeZone: homeTimeZone(), newId });

  /** The item as the queue shows it now; undefined when it was done or removed meanwhile. */
  async function currentItem(notificationId: string): Promise<QueueItem | undefined> {
    const reminder = parseNotificationId(notificationId);
    if (!reminder) return undefined;
    return findItem(buildQueue(await readQueueInput(db, now(), homeTimeZone())), reminder.key);
  }

  async function done(item: QueueItem, notificationId: string): Promise<void> {
    if (item.kind === 'task') {
      await completeTask(db, item.taskId, writeContext());
      return;
    }
    // The notification id holds the due time, so a second click on the same reminder logs nothing new.
    const request = { enrollmentId: item.enrollmentId, outcome: doneOutcomeFor(item), touchIdPrefix: notificationId };
    await completeStep(db, request, writeContext());
  }

  async function snooze(item: QueueItem): Promise<void> {
    const until = new Date(now().getTime() + SNOOZE_MS).toISOString();
    if (item.kind === 'task') await snoozeTask(db, item.taskId, until, writeContext());
    else await snoozeStep(db, item.enrollmentId, until, writeContext());
  }

  return {
    /** Opens the prospect's mail (or profile); the group, or an item gone meanwhile, opens the queue. */
    async onClicked(notificationId: string): Promise<void> {
      const item = await currentItem(notificationId);
      await openTab((item && prospectPageUrl(item.prospect)) ?? popupPageUrl());
      await clearNotification(notificationId);
    },
    async onButtonClicked(notificationId: string, buttonIndex: number): Promise<void> {
      const item = await currentItem(notificationId);
      // A refused action (say, the cadence was paused meanwhile) still closes the reminder it came from.
      try {
        if (item && buttonIndex === DONE_BUTTON) await guardWrite(() => done(item, notificationId));
        if (item && buttonIndex === SNOOZE_BUTTON) await guardWrite(() => snooze(item));
      } catch (error) {
        logFailure(error);
      }
      await clearNotification(notificationId);
      await refresh();
    },
  };
}
