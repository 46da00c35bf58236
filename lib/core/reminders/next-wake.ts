import { getDay } from 'date-fns';
import type { Settings } from '../model';
import { atClockTime } from '../schedule/clock-time';
import { type Instant, toDate } from '../schedule/instant';
import { findDay, repDayOf } from '../schedule/rep-days';
import { nextNotifyingInstant, type ReminderSettings } from './reminder-gate';

export interface WakeInput {
  now: Instant;
  settings: ReminderSettings;
  /** The earliest due time after now (enrollment or open task), from an indexed query; null if none. */
  earliestUpcoming: string | null;
  /** Due items not reminded of yet: they need a wake-up as soon as reminders may show. */
  waiting: boolean;
}

/**
 * When the reminder alarm should next fire: for waiting items as soon as reminders may show,
 * otherwise at the next due time, moved out of off hours and vacation. Null: nothing to wait for.
 */
export function nextReminderAt({ now, settings, earliestUpcoming, waiting }: WakeInput): Date | null {
  const wanted = waiting ? now : earliestUpcoming;
  return wanted === null ? null : nextNotifyingInstant(wanted, settings);
}

type WeeklySettings = Pick<Settings, 'timeZone' | 'weeklyReport' | 'pausedUntil'>;

/** The next weekly report time after now in the rep's zone, skipping the weeks of a vacation. */
export function nextWeeklyReportAt(now: Instant, settings: WeeklySettings): Date {
  const { pausedUntil, timeZone, weeklyReport } = settings;
  const after = pausedUntil !== undefined && toDate(pausedUntil) > toDate(now) ? toDate(pausedUntil) : toDate(now);
  const day = findDay(
    repDayOf(after, settings),
    (candidate) =>
      getDay(candidate) === weeklyReport.day && atClockTime(candidate, weeklyReport.time, timeZone) > after,
  );
  return atClockTime(day, weeklyReport.time, timeZone);
}

/** Chrome fires an alarm missed while it was closed at the next start; a report that late is noise. */
const WEEKLY_REPORT_GRACE_MS = 12 * 60 * 60 * 1000;

export function isWeeklyReportTimely(scheduledAt: Instant, now: Instant): boolean {
  return toDate(now).getTime() - toDate(scheduledAt).getTime() <= WEEKLY_REPORT_GRACE_MS;
}
