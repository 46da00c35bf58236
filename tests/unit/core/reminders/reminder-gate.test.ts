import {
  canNotifyAt,
  isWeeklyReportTimely,
  nextNotifyingInstant,
  nextReminderAt,
  nextWeeklyReportAt,
} from '@/lib/core/reminders';
import { makeSettings, zonedIso, zonedLocal } from '../../../factories';

const BERLIN = 'Europe/Berlin';
const at = (local: string) => zonedIso(local, BERLIN);
const local = (instant: Date | null) => (instant ? zonedLocal(instant.toISOString(), BERLIN) : null);
// Wednesday 25 November 2026; Monday 30 November is a holiday in some of these tables.
const settings = makeSettings({ timeZone: BERLIN });
const holidayMonday = makeSettings({ timeZone: BERLIN, holidays: ['2026-11-30'] });
const vacation = (until: string) => makeSettings({ timeZone: BERLIN, pausedUntil: at(until) });
const switchedOff = makeSettings({ timeZone: BERLIN, notifications: { enabled: false, groupAbove: 3 } });

describe('when reminders may pop up', () => {
  it.each([
    ['a weekday at 10:00', '2026-11-25 10:00', settings, true],
    ['the first minute of work', '2026-11-25 09:00', settings, true],
    ['before work', '2026-11-25 08:59', settings, false],
    ['closing time (hours exclude their end)', '2026-11-25 17:30', settings, false],
    ['a Saturday', '2026-11-28 10:00', settings, false],
    ['a holiday', '2026-11-30 10:00', holidayMonday, false],
    ['on vacation', '2026-11-25 10:00', vacation('2026-11-27 09:00'), false],
    ['after the vacation ended', '2026-11-27 10:00', vacation('2026-11-27 09:00'), true],
    ['reminders switched off', '2026-11-25 10:00', switchedOff, false],
  ])('%s: %s', (_case, now, calendar, expected) => {
    expect(canNotifyAt(at(now), calendar)).toBe(expected);
  });

  it.each([
    ['within hours: right away', '2026-11-25 10:00', settings, '2026-11-25 10:00 Wed'],
    ['Friday evening: Monday morning', '2026-11-27 18:00', settings, '2026-11-30 09:00 Mon'],
    ['Friday evening before a holiday Monday: Tuesday', '2026-11-27 18:00', holidayMonday, '2026-12-01 09:00 Tue'],
    [
      'vacation ending mid-morning: that moment',
      '2026-11-25 10:00',
      vacation('2026-11-27 11:15'),
      '2026-11-27 11:15 Fri',
    ],
    ['vacation ending on a Saturday: Monday', '2026-11-25 10:00', vacation('2026-11-28 12:00'), '2026-11-30 09:00 Mon'],
  ])('next instant to remind, %s', (_case, from, calendar, expected) => {
    expect(local(nextNotifyingInstant(at(from), calendar))).toBe(expected);
  });

  it('never when reminders are switched off', () => {
    expect(nextNotifyingInstant(at('2026-11-25 10:00'), switchedOff)).toBeNull();
  });
});

describe('next wake-up', () => {
  const now = at('2026-11-25 10:00');

  it.each([
    ['waiting items in working hours: now', settings, null, true, '2026-11-25 10:00 Wed'],
    ['waiting items, even with a later due time: now', settings, at('2026-11-25 15:00'), true, '2026-11-25 10:00 Wed'],
    ['nothing waiting: the next due time', settings, at('2026-11-25 15:00'), false, '2026-11-25 15:00 Wed'],
    ['a due time after hours: the next morning', settings, at('2026-11-25 20:00'), false, '2026-11-26 09:00 Thu'],
    ['a due time on Saturday: Monday', settings, at('2026-11-28 10:00'), false, '2026-11-30 09:00 Mon'],
    ['waiting items on vacation: its end', vacation('2026-11-26 13:00'), null, true, '2026-11-26 13:00 Thu'],
    ['nothing due at all: no alarm', settings, null, false, null],
    ['switched off: no alarm', switchedOff, at('2026-11-25 15:00'), true, null],
  ])('%s', (_case, calendar, earliestUpcoming, waiting, expected) => {
    expect(local(nextReminderAt({ now, settings: calendar, earliestUpcoming, waiting }))).toBe(expected);
  });
});

describe('weekly report', () => {
  it.each([
    ['Wednesday: this Friday 15:00', '2026-11-25 10:00', settings, '2026-11-27 15:00 Fri'],
    ['Friday before the time: today', '2026-11-27 14:59', settings, '2026-11-27 15:00 Fri'],
    ['Friday at the time: next week', '2026-11-27 15:00', settings, '2026-12-04 15:00 Fri'],
    [
      'on vacation over Friday: the Friday after',
      '2026-11-25 10:00',
      vacation('2026-12-01 09:00'),
      '2026-12-04 15:00 Fri',
    ],
    [
      'another day and time in the rep zone',
      '2026-11-25 10:00',
      makeSettings({ timeZone: BERLIN, weeklyReport: { day: 1, time: '08:30' } }),
      '2026-11-30 08:30 Mon',
    ],
    // Clocks go back on Sunday 25 October 2026 in Berlin: the wall-clock time stays 15:00.
    ['across a DST change', '2026-10-24 10:00', settings, '2026-10-30 15:00 Fri'],
  ])('%s', (_case, now, calendar, expected) => {
    expect(local(nextWeeklyReportAt(at(now), calendar))).toBe(expected);
  });

  it.each([
    ['fired on time', '2026-11-27 15:00', true],
    ['fired the same evening', '2026-11-27 23:00', true],
    ['fired at the next start on Monday', '2026-11-30 09:00', false],
  ])('opens only when timely: %s', (_case, now, expected) => {
    expect(isWeeklyReportTimely(at('2026-11-27 15:00'), at(now))).toBe(expected);
  });
});
