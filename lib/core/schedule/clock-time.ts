import { TZDate } from '@date-fns/tz';
import type { TimeWindow } from '../model';

/** A span of time between two instants, start included, end excluded. */
export interface Interval {
  start: Date;
  end: Date;
}

function parseClockTime(clock: string): { hours: number; minutes: number } {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return { hours, minutes };
}

/**
 * The instant a wall clock in `timeZone` shows `clock` on the calendar date `day` has in its own
 * zone. Building through TZDate lets a DST change move the UTC offset, not the wall-clock time.
 */
export function atClockTime(day: TZDate, clock: string, timeZone: string): Date {
  const { hours, minutes } = parseClockTime(clock);
  const zoned = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, timeZone);
  return new Date(zoned.getTime());
}

export function windowOnDay(day: TZDate, window: TimeWindow, timeZone: string): Interval {
  return { start: atClockTime(day, window.start, timeZone), end: atClockTime(day, window.end, timeZone) };
}

export function intersect(first: Interval, second: Interval): Interval | null {
  const start = Math.max(first.start.getTime(), second.start.getTime());
  const end = Math.min(first.end.getTime(), second.end.getTime());
  return start < end ? { start: new Date(start), end: new Date(end) } : null;
}
