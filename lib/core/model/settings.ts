import * as z from 'zod/mini';
import { ClockTime, IsoDate, IsoDateTime, TimeZone } from './primitives';

export const SETTINGS_ID = 'settings';

const WeekDay = z.int().check(z.minimum(0), z.maximum(6)); // 0 = Sunday, as in Date#getDay

export const TimeWindow = z.object({ start: ClockTime, end: ClockTime });
export type TimeWindow = z.infer<typeof TimeWindow>;

export const Settings = z.object({
  id: z.literal(SETTINGS_ID),
  workingDays: z.array(WeekDay).check(z.minLength(1, 'at least one working day')),
  workingHours: TimeWindow,
  timeZone: TimeZone,
  holidays: z._default(z.array(IsoDate), []),
  callWindow: TimeWindow,
  favourBestCallDays: z.boolean(),
  callbackDelayWorkingDays: z.int().check(z.minimum(1), z.maximum(30)),
  speedToLeadMinutes: z.int().check(z.minimum(5), z.maximum(24 * 60)),
  notifications: z.object({ enabled: z.boolean(), groupAbove: z.int().check(z.minimum(1)) }),
  weeklyReport: z.object({ day: WeekDay, time: ClockTime }),
  /** Colleagues and the rep's own company: never offered as prospects. */
  ignoredDomains: z._default(
    // 253 characters is the longest a domain name can be.
    z.array(z.string().check(z.trim(), z.toLowerCase(), z.minLength(1), z.maxLength(253))).check(z.maxLength(1000)),
    [],
  ),
  /** "Pause everything until …" (vacation). */
  pausedUntil: z.optional(IsoDateTime),
});
export type Settings = z.infer<typeof Settings>;

export function makeDefaultSettings(timeZone: string): Settings {
  return {
    id: SETTINGS_ID,
    workingDays: [1, 2, 3, 4, 5],
    workingHours: { start: '09:00', end: '17:30' },
    timeZone,
    holidays: [],
    callWindow: { start: '16:00', end: '17:00' },
    favourBestCallDays: true,
    callbackDelayWorkingDays: 2,
    speedToLeadMinutes: 60,
    notifications: { enabled: true, groupAbove: 3 },
    weeklyReport: { day: 5, time: '15:00' },
    ignoredDomains: [],
  };
}
