import { TZDate } from '@date-fns/tz';
import type { Channel, Settings } from '../model';
import { type Interval, intersect, windowOnDay } from './clock-time';
import { findDay, type RepDay } from './rep-days';
import { workingPeriodOn } from './working-time';

export type PlacementSettings = Pick<Settings, 'timeZone' | 'workingDays' | 'workingHours' | 'holidays' | 'callWindow'>;

export function includesCall(channels: readonly Channel[]): boolean {
  return channels.includes('call');
}

/** The call window in `zone` on every local date that the rep's working period touches. */
function callWindowsDuring(period: Interval, zone: string, settings: PlacementSettings): Interval[] {
  const dates = [new TZDate(period.start.getTime(), zone), new TZDate(period.end.getTime() - 1, zone)];
  return dates
    .map((date) => intersect(windowOnDay(date, settings.callWindow, zone), period))
    .filter((window): window is Interval => window !== null);
}

/**
 * When on a working day a step may be done. A call goes in the call window in the prospect's
 * zone; if that window never meets the rep's working hours that day (Berlin calling Los Angeles),
 * the rep's own call window, and failing that the whole working day, so a call is never lost.
 */
function allowedInterval(
  day: RepDay,
  channels: readonly Channel[],
  prospectZone: string | undefined,
  settings: PlacementSettings,
): Interval | null {
  const period = workingPeriodOn(day, settings);
  if (!period || !includesCall(channels)) return period;
  const zones =
    prospectZone && prospectZone !== settings.timeZone ? [prospectZone, settings.timeZone] : [settings.timeZone];
  for (const zone of zones) {
    const [first] = callWindowsDuring(period, zone, settings);
    if (first) return first;
  }
  return period;
}

/** The due instant of a step placed on `day`, no earlier than `notBefore`; null if the day has no room left. */
export function placeOnDay(
  day: RepDay,
  channels: readonly Channel[],
  prospectZone: string | undefined,
  notBefore: Date | undefined,
  settings: PlacementSettings,
): Date | null {
  const allowed = allowedInterval(day, channels, prospectZone, settings);
  if (!allowed) return null;
  const start = notBefore && notBefore > allowed.start ? notBefore : allowed.start;
  return start < allowed.end ? start : null;
}

/** The first day on or after `from` where the step fits, and its due instant there. */
export function placeOnOrAfter(
  from: RepDay,
  channels: readonly Channel[],
  prospectZone: string | undefined,
  notBefore: Date | undefined,
  settings: PlacementSettings,
): { day: RepDay; dueAt: Date } {
  const day = findDay(from, (candidate) => placeOnDay(candidate, channels, prospectZone, notBefore, settings) !== null);
  return { day, dueAt: placeOnDay(day, channels, prospectZone, notBefore, settings) as Date };
}
