import { TZDate, tz } from '@date-fns/tz';
import { addDays, format, getDay, startOfDay } from 'date-fns';
import type { Settings } from '../model';
import type { Instant } from './instant';
import { toDate } from './instant';

/** The calendar settings a schedule depends on; a narrow type so tests need not build full Settings. */
export type WorkCalendar = Pick<Settings, 'timeZone' | 'workingDays' | 'workingHours' | 'holidays'>;

/**
 * A "rep day" is midnight of a calendar day in the rep's time zone. Holding days as TZDates
 * keeps date-fns arithmetic (addDays, getDay) in that zone, across DST changes.
 */
export type RepDay = TZDate;

/** Guards every forward search: a calendar where no day works would otherwise loop forever. */
const MAX_DAYS_SEARCHED = 3 * 366;

export function repDayOf(instant: Instant, calendar: Pick<Settings, 'timeZone'>): RepDay {
  return startOfDay(toDate(instant), { in: tz(calendar.timeZone) });
}

export function repDayKey(day: RepDay): string {
  return format(day, 'yyyy-MM-dd');
}

export function isWorkingDay(day: RepDay, calendar: WorkCalendar): boolean {
  return calendar.workingDays.includes(getDay(day)) && !calendar.holidays.includes(repDayKey(day));
}

/** Walks forward from `day` (itself included when `includeStart`) to the first day that passes `accept`. */
export function findDay(day: RepDay, accept: (candidate: RepDay) => boolean, includeStart = true): RepDay {
  let candidate = includeStart ? day : addDays(day, 1);
  for (let searched = 0; searched < MAX_DAYS_SEARCHED; searched += 1) {
    if (accept(candidate)) return candidate;
    candidate = addDays(candidate, 1);
  }
  throw new RangeError(
    'No working time found in the next three years. Check the working days, working hours and holidays in Settings.',
  );
}

export function workingDayOnOrAfter(day: RepDay, calendar: WorkCalendar): RepDay {
  return findDay(day, (candidate) => isWorkingDay(candidate, calendar));
}

export function nextWorkingDay(day: RepDay, calendar: WorkCalendar): RepDay {
  return findDay(day, (candidate) => isWorkingDay(candidate, calendar), false);
}

export function addWorkingDays(day: RepDay, count: number, calendar: WorkCalendar): RepDay {
  let result = day;
  for (let added = 0; added < count; added += 1) result = nextWorkingDay(result, calendar);
  return result;
}

export function laterDay(first: RepDay, second: RepDay): RepDay {
  return first.getTime() >= second.getTime() ? first : second;
}
