import type { Settings } from '../model';
import { type Instant, toDate } from '../schedule/instant';
import type { WorkCalendar } from '../schedule/rep-days';
import { firstWorkingInstant, isWithinWorkingTime } from '../schedule/working-time';

/** What decides whether a reminder may pop up now: working time, vacation and the rep's switch. */
export type ReminderSettings = WorkCalendar & Pick<Settings, 'notifications' | 'pausedUntil'>;

export function isOnVacation(at: Instant, settings: Pick<Settings, 'pausedUntil'>): boolean {
  return settings.pausedUntil !== undefined && toDate(settings.pausedUntil) > toDate(at);
}

/** Reminders interrupt the rep, so only in their working hours, never on vacation or when switched off. */
export function canNotifyAt(now: Instant, settings: ReminderSettings): boolean {
  return settings.notifications.enabled && !isOnVacation(now, settings) && isWithinWorkingTime(now, settings);
}

/** The first instant at or after `at` when a reminder may pop up; null when reminders are switched off. */
export function nextNotifyingInstant(at: Instant, settings: ReminderSettings): Date | null {
  if (!settings.notifications.enabled) return null;
  const from = isOnVacation(at, settings) && settings.pausedUntil !== undefined ? settings.pausedUntil : at;
  return firstWorkingInstant(from, settings);
}
