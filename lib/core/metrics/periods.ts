import { TZDate, tz } from '@date-fns/tz';
import { addDays, addMonths, addWeeks, format, startOfMonth, startOfWeek } from 'date-fns';
import { type Instant, toDate } from '../schedule/instant';

/** Half-open: `start` is in the period, `end` is not. */
export interface Period {
  start: Date;
  end: Date;
}

export interface ReportWeek extends Period {
  /** Monday and Sunday as calendar days in the rep's zone, `yyyy-MM-dd`. */
  firstDay: string;
  lastDay: string;
  /** 168, or 167 / 169 for a week with a daylight-saving change. */
  hours: number;
}

export interface ReportMonth extends Period {
  /** `yyyy-MM` in the rep's zone. */
  month: string;
}

export interface ReportPeriods {
  week: ReportWeek;
  /** Counts stop here: the end of the week, or now while the week is still going. */
  cutoff: Date;
  thisMonth: ReportMonth;
  lastMonth: ReportMonth;
}

const HOUR_MS = 60 * 60 * 1000;
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A rep's week runs Monday to Sunday in their zone, whatever their working days are. */
function weekFrom(anyDayOfIt: TZDate): ReportWeek {
  const start = startOfWeek(anyDayOfIt, { weekStartsOn: 1 });
  const end = addWeeks(start, 1);
  return {
    start: new Date(start.getTime()),
    end: new Date(end.getTime()),
    firstDay: format(start, 'yyyy-MM-dd'),
    lastDay: format(addDays(start, 6), 'yyyy-MM-dd'),
    hours: (end.getTime() - start.getTime()) / HOUR_MS,
  };
}

/** The week holding a calendar day (`yyyy-MM-dd`) in the rep's zone. */
export function weekOfDay(day: string, timeZone: string): ReportWeek {
  const match = CALENDAR_DAY.exec(day);
  if (!match) throw new RangeError(`"${day}" is not a day like 2026-11-16.`);
  return weekFrom(new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), timeZone));
}

export function weekOfInstant(instant: Instant, timeZone: string): ReportWeek {
  return weekFrom(new TZDate(toDate(instant).getTime(), timeZone));
}

export function monthOfInstant(instant: Instant, timeZone: string): ReportMonth {
  const start = startOfMonth(toDate(instant), { in: tz(timeZone) });
  return {
    start: new Date(start.getTime()),
    end: new Date(addMonths(start, 1).getTime()),
    month: format(start, 'yyyy-MM'),
  };
}

/**
 * The week asked for (this week when none is), and the months the goals compare: the month the
 * week's counts stop in, and the one before it.
 */
export function reportPeriods(weekOf: string | undefined, now: Date, timeZone: string): ReportPeriods {
  const week = weekOf ? weekOfDay(weekOf, timeZone) : weekOfInstant(now, timeZone);
  const cutoff = new Date(Math.min(now.getTime(), week.end.getTime()));
  // The last instant that counts decides the month, so a past week's Sunday night stays in its month.
  const thisMonth = monthOfInstant(new Date(Math.max(cutoff.getTime() - 1, week.start.getTime())), timeZone);
  const lastMonth = monthOfInstant(new Date(thisMonth.start.getTime() - 1), timeZone);
  return { week, cutoff, thisMonth, lastMonth };
}

export function isWithin(iso: string, period: Period, cutoff: Date): boolean {
  const at = new Date(iso).getTime();
  return at >= period.start.getTime() && at < Math.min(period.end.getTime(), cutoff.getTime());
}

/** The Monday `weeks` weeks from a week's Monday (`yyyy-MM-dd`): calendar arithmetic, no zone involved. */
export function shiftWeek(firstDay: string, weeks: number): string {
  const [year = NaN, month = NaN, day = NaN] = firstDay.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 7 * weeks)).toISOString().slice(0, 10);
}
