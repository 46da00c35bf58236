import { addMilliseconds } from 'date-fns';
import type { Instant } from './instant';
import { toDate } from './instant';
import { type Interval, windowOnDay } from './clock-time';
import { findDay, isWorkingDay, type RepDay, repDayOf, type WorkCalendar } from './rep-days';

/** The rep's working hours on `day` as instants; null on a non-working day. */
export function workingPeriodOn(day: RepDay, calendar: WorkCalendar): Interval | null {
  if (!isWorkingDay(day, calendar)) return null;
  const period = windowOnDay(day, calendar.workingHours, calendar.timeZone);
  // Settings do not forbid hours that end before they start; such a day has no working time.
  return period.start < period.end ? period : null;
}

/** The working period that contains `at`, or else the next one to start. */
export function workingPeriodAtOrAfter(at: Instant, calendar: WorkCalendar): Interval {
  const moment = toDate(at);
  const endsLater = (day: RepDay): boolean => {
    const period = workingPeriodOn(day, calendar);
    return period !== null && moment < period.end;
  };
  const day = findDay(repDayOf(moment, calendar), endsLater);
  // findDay accepted this day only because it has a working period.
  return workingPeriodOn(day, calendar) as Interval;
}

/** The first instant at or after `at` that falls within working hours on a working day. */
export function firstWorkingInstant(at: Instant, calendar: WorkCalendar): Date {
  const moment = toDate(at);
  const period = workingPeriodAtOrAfter(moment, calendar);
  return moment > period.start ? moment : period.start;
}

/**
 * Adds minutes of the rep's working time: from 17:00 with hours ending 17:30, 60 minutes ends at
 * 09:30 the next working day. This is how "within the hour" reads for a rep who is off work.
 */
export function addWorkingMinutes(at: Instant, minutes: number, calendar: WorkCalendar): Date {
  let cursor = toDate(at);
  let remainingMs = minutes * 60_000;
  for (;;) {
    const period = workingPeriodAtOrAfter(cursor, calendar);
    const start = cursor > period.start ? cursor : period.start;
    const availableMs = period.end.getTime() - start.getTime();
    // Strictly less: working hours exclude their end, so a due time never sits on closing time.
    if (remainingMs < availableMs) return addMilliseconds(start, remainingMs);
    remainingMs -= availableMs;
    cursor = period.end;
  }
}

export function isWithinWorkingTime(at: Instant, calendar: WorkCalendar): boolean {
  const moment = toDate(at);
  const period = workingPeriodOn(repDayOf(moment, calendar), calendar);
  return period !== null && moment >= period.start && moment < period.end;
}
