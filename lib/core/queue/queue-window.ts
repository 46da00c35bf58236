import { tz } from '@date-fns/tz';
import { addDays, endOfDay, startOfDay } from 'date-fns';
import type { Settings } from '../model';
import { type Instant, toDate, toIso } from '../schedule/instant';

/** "Next 7 days" means the seven rep days after today. */
export const QUEUE_DAYS_AHEAD = 7;

type Zone = Pick<Settings, 'timeZone'>;

export function startOfRepDay(now: Instant, settings: Zone): string {
  return toIso(startOfDay(toDate(now), { in: tz(settings.timeZone) }));
}

/** The last millisecond of the rep's today, in the rep's zone: the end of "later today". */
export function endOfRepDay(now: Instant, settings: Zone): string {
  return toIso(endOfDay(toDate(now), { in: tz(settings.timeZone) }));
}

/**
 * The upper bound (inclusive) of the queue's indexed range queries: enrollments with
 * nextDueAt <= horizon and open tasks with dueAt <= horizon are all buildQueue needs.
 */
export function queueHorizon(now: Instant, settings: Zone): string {
  const inZone = { in: tz(settings.timeZone) };
  return toIso(endOfDay(addDays(toDate(now), QUEUE_DAYS_AHEAD, inZone), inZone));
}

/**
 * A bound no zone's horizon passes: the end of the rep day seven days on is at most a day (25
 * hours on a daylight-saving day) after `now` plus seven days, whatever the zone. Lets a read start
 * before the settings, and so the zone, are known; it is cut to the real horizon after.
 */
export function latestQueueHorizon(now: Instant): string {
  return toIso(addDays(toDate(now), QUEUE_DAYS_AHEAD + 2));
}
