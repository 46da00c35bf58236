import {
  addWorkingDays,
  addWorkingMinutes,
  firstWorkingInstant,
  isWithinWorkingTime,
  isWorkingDay,
  repDayOf,
} from '@/lib/core/schedule';
import { makeSettings, zonedIso, zonedLocal } from '../../../factories';

const BERLIN = 'Europe/Berlin';
const settings = makeSettings({ timeZone: BERLIN, holidays: ['2026-12-24', '2026-12-25'] });
const at = (local: string) => zonedIso(local, BERLIN);

describe('working days', () => {
  test.each([
    ['2026-12-21 12:00', true, 'a Monday'],
    ['2026-12-24 12:00', false, 'a holiday'],
    ['2026-12-26 12:00', false, 'a Saturday'],
    ['2026-12-27 12:00', false, 'a Sunday'],
  ])('%s is a working day: %s (%s)', (local, expected) => {
    expect(isWorkingDay(repDayOf(at(local), settings), settings)).toBe(expected);
  });

  it("uses the rep's zone for the date: 23:30 Sunday in Berlin is Sunday, not Monday in Auckland", () => {
    expect(isWorkingDay(repDayOf(at('2026-11-22 23:30'), settings), settings)).toBe(false);
  });

  it('counts working days over weekends and holidays', () => {
    const day = addWorkingDays(repDayOf(at('2026-12-23 10:00'), settings), 2, settings);
    expect(zonedLocal(day.toISOString(), BERLIN)).toBe('2026-12-29 00:00 Tue');
  });

  it('a custom week works too (Sunday to Thursday)', () => {
    const gulf = makeSettings({ timeZone: 'Asia/Dubai', workingDays: [0, 1, 2, 3, 4] });
    const sunday = zonedIso('2026-11-22 12:00', 'Asia/Dubai');
    expect(isWorkingDay(repDayOf(sunday, gulf), gulf)).toBe(true);
  });
});

describe('working time', () => {
  test.each([
    ['2026-11-23 10:00', '2026-11-23 10:00 Mon'],
    ['2026-11-23 07:00', '2026-11-23 09:00 Mon'],
    ['2026-11-23 17:30', '2026-11-24 09:00 Tue'],
    ['2026-11-27 18:00', '2026-11-30 09:00 Mon'],
    ['2026-12-23 18:00', '2026-12-28 09:00 Mon'],
  ])('the first working instant from %s is %s', (local, expected) => {
    expect(zonedLocal(firstWorkingInstant(at(local), settings).toISOString(), BERLIN)).toBe(expected);
  });

  test.each([
    ['2026-11-23 10:00', 60, '2026-11-23 11:00 Mon'],
    ['2026-11-23 17:00', 60, '2026-11-24 09:30 Tue'],
    ['2026-11-23 16:30', 60, '2026-11-24 09:00 Tue'],
    ['2026-11-27 22:00', 60, '2026-11-30 10:00 Mon'],
    ['2026-11-23 09:00', 2 * 510 + 15, '2026-11-25 09:15 Wed'],
  ])('%s plus %i working minutes is %s', (local, minutes, expected) => {
    expect(zonedLocal(addWorkingMinutes(at(local), minutes, settings).toISOString(), BERLIN)).toBe(expected);
  });

  test.each([
    ['2026-11-23 08:59', false],
    ['2026-11-23 09:00', true],
    ['2026-11-23 17:29', true],
    ['2026-11-23 17:30', false],
    ['2026-12-24 10:00', false],
  ])('%s is within working time: %s', (local, expected) => {
    expect(isWithinWorkingTime(at(local), settings)).toBe(expected);
  });

  it('says in words when settings leave no working time at all', () => {
    const closed = makeSettings({ workingHours: { start: '17:00', end: '09:00' } });
    expect(() => firstWorkingInstant(at('2026-11-23 10:00'), closed)).toThrow(
      /Check the working days, working hours and holidays/,
    );
  });
});
