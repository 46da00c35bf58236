import {
  badgeFor,
  dueItems,
  freshItems,
  isOnVacation,
  isWeeklyReportTimely,
  nextReminderAt,
  nextWeeklyReportAt,
  planReminders,
  staleNotificationIds,
} from '../core/reminders';
import type { FifthTouchDatabase } from '../db/database';
import { readQueuePage } from '../db/queue-source';
import { readQueueSnapshot } from '../db/today-queue';
import { readEarliestUpcomingDue } from '../db/upcoming-due';
import { endVacationIfOver, isVacationOver } from '../db/vacation';
import { armAlarm, ensurePeriodicAlarm, type FiredAlarm, scheduledTimeOf } from '../platform/alarms';
import { showBadge } from '../platform/badge';
import {
  clearNotification,
  openNotificationIds,
  readNotifiedRecord,
  saveNotifiedRecord,
  showNotification,
} from '../platform/notifications';
import { openTab, reportPageUrl } from '../platform/tabs';
import { oneRunAtATime } from './one-run-at-a-time';
import { logSnapshotFailure, type QueueSnapshots } from './queue-snapshots';

export function logFailure(error: unknown): void {
  console.error('Fifth Touch reminders:', error);
}

export const ALARMS = {
  /** One-shot, at the next moment a reminder may be due. */
  nextDue: 'fifth-touch:next-due',
  /** In case a one-shot alarm was lost or the day turned: the badge counts "today". */
  safety: 'fifth-touch:safety',
  weeklyReport: 'fifth-touch:weekly-report',
} as const;

const SAFETY_PERIOD_MINUTES = 15;

/**
 * How long a woken worker waits before its own refresh. The event that woke it (most often the
 * popup asking for its queue) is answered first: at 10k prospects, a refresh run at once read
 * every due item beside the popup's read, and a popup opened on a stopped worker painted in
 * 0.72 s instead of 0.55 s (npm run bench). Chrome keeps a worker at least 30 s after an event,
 * so this always runs.
 */
export const WAKE_REFRESH_DELAY_MS = 1_000;

// Reminders show only what is due by now, and the badge needs only counts: this runs after every
// write, so the prospects due later are not read.
const DUE_BY_NOW = { overdue: Number.POSITIVE_INFINITY, dueNow: Number.POSITIVE_INFINITY, laterToday: 0, next7Days: 0 };

export interface ReminderContext {
  db: FifthTouchDatabase;
  now: () => Date;
  homeTimeZone: () => string;
  snapshots: QueueSnapshots;
}

/**
 * The worker's daily loop. Every step reads the database and browser state afresh: an MV3 worker
 * can be stopped between any two events, so nothing is kept in memory.
 */
export function createReminders({ db, now, homeTimeZone, snapshots }: ReminderContext) {
  async function readState() {
    const at = now();
    // The return from a vacation is noticed here (alarms, startup, after writes) and moved once:
    // a write, guarded like any other, but only when there is something to move.
    if (await isVacationOver(db, at, homeTimeZone())) {
      await snapshots.guardWrite(() => endVacationIfOver(db, at, homeTimeZone()));
    }
    const [{ queue, settings }, earliestUpcoming, notified] = await Promise.all([
      readQueuePage(db, at, homeTimeZone(), DUE_BY_NOW),
      readEarliestUpcomingDue(db, at),
      readNotifiedRecord(),
      // The popup's first page, kept for its next open: after a write, and as due times pass. It
      // reads the content library too, so its failure (a bad record, say) is logged and must not
      // stop the badge or the alarms.
      snapshots.readAndKeep(() => readQueueSnapshot(db, at, homeTimeZone())).catch(logSnapshotFailure),
    ]);
    return { at, settings, queue, due: dueItems(queue, at), earliestUpcoming, notified };
  }

  type State = Awaited<ReturnType<typeof readState>>;

  async function settle(state: State, waiting: boolean): Promise<void> {
    const { at, settings, queue, due, earliestUpcoming } = state;
    const stale = staleNotificationIds(await openNotificationIds(), due);
    await Promise.all([
      showBadge(badgeFor(queue.counts, isOnVacation(at, settings))),
      ...stale.map(clearNotification),
      armAlarm(ALARMS.nextDue, nextReminderAt({ now: at, settings, earliestUpcoming, waiting })),
      armWeeklyReport(at, settings),
    ]);
  }

  /** Settings may have changed, so re-arm; but an alarm past due is about to fire and must not move to next week. */
  async function armWeeklyReport(at: Date, settings: State['settings']): Promise<void> {
    const pending = await scheduledTimeOf(ALARMS.weeklyReport);
    if (pending !== undefined && pending <= at.getTime()) return;
    await armAlarm(ALARMS.weeklyReport, nextWeeklyReportAt(at, settings));
  }

  /** After every write, and at install and startup: badge, alarms, and no reminder for what is done. */
  const refresh = oneRunAtATime(async () => {
    const state = await readState();
    const waiting = state.settings.notifications.enabled && freshItems(state.due, state.notified).length > 0;
    await settle(state, waiting);
  });

  /** A due time came: show what is due and not shown yet (if the rep is at work), then re-arm. */
  async function remind(): Promise<void> {
    const state = await readState();
    const plan = planReminders({ now: state.at, settings: state.settings, due: state.due, notified: state.notified });
    // Recorded before showing: a failed notification is not retried in a loop of alarms.
    await saveNotifiedRecord(plan.notified);
    // One reminder the system refuses (quota, permissions) must not keep the others or the re-arm from happening.
    await Promise.all(plan.notifications.map((notification) => showNotification(notification).catch(logFailure)));
    await settle(state, plan.waiting);
  }

  async function openWeeklyReport(alarm: FiredAlarm): Promise<void> {
    if (isWeeklyReportTimely(new Date(alarm.scheduledTime), now())) await openTab(reportPageUrl()).catch(logFailure);
    await refresh();
  }

  /** Install, update and browser start: alarms may have been cleared, the badge is blank. */
  async function start(): Promise<void> {
    await ensurePeriodicAlarm(ALARMS.safety, SAFETY_PERIOD_MINUTES);
    await refresh();
  }

  return {
    refresh,
    remind,
    start,
    /** A wake with no install or startup event: start, once the waking event is answered. */
    startAfterWake(): void {
      setTimeout(() => void start().catch(logFailure), WAKE_REFRESH_DELAY_MS);
    },
    async onAlarm(alarm: FiredAlarm): Promise<void> {
      if (alarm.name === ALARMS.weeklyReport) await openWeeklyReport(alarm);
      else if (alarm.name === ALARMS.nextDue || alarm.name === ALARMS.safety) await remind();
    },
  };
}
