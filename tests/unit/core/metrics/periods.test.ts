import { reportPeriods, shiftWeek, weekOfDay, weekOfInstant } from '@/lib/core/metrics';

const iso = (date: Date) => date.toISOString();

describe('report weeks and months in the rep’s zone', () => {
  test.each([
    // zone, a day of the week, Monday, Sunday, start (UTC), end (UTC), hours
    ['UTC', '2026-11-18', '2026-11-16', '2026-11-22', '2026-11-16T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 168],
    [
      'Europe/Berlin',
      '2026-11-22',
      '2026-11-16',
      '2026-11-22',
      '2026-11-15T23:00:00.000Z',
      '2026-11-22T23:00:00.000Z',
      168,
    ],
    [
      'America/Los_Angeles',
      '2026-11-16',
      '2026-11-16',
      '2026-11-22',
      '2026-11-16T08:00:00.000Z',
      '2026-11-23T08:00:00.000Z',
      168,
    ],
    [
      'Asia/Kolkata',
      '2026-11-20',
      '2026-11-16',
      '2026-11-22',
      '2026-11-15T18:30:00.000Z',
      '2026-11-22T18:30:00.000Z',
      168,
    ],
    // Clocks go back on Sunday 25 Oct 2026 in Berlin: CEST (+2) to CET (+1), a 169-hour week.
    [
      'Europe/Berlin',
      '2026-10-21',
      '2026-10-19',
      '2026-10-25',
      '2026-10-18T22:00:00.000Z',
      '2026-10-25T23:00:00.000Z',
      169,
    ],
    // Clocks go forward on Sunday 29 Mar 2026 in Berlin: a 167-hour week.
    [
      'Europe/Berlin',
      '2026-03-29',
      '2026-03-23',
      '2026-03-29',
      '2026-03-22T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
      167,
    ],
    // New York leaves daylight time on Sunday 1 Nov 2026: EDT (-4) to EST (-5).
    [
      'America/New_York',
      '2026-10-26',
      '2026-10-26',
      '2026-11-01',
      '2026-10-26T04:00:00.000Z',
      '2026-11-02T05:00:00.000Z',
      169,
    ],
  ])('%s, the week of %s runs %s to %s', (zone, day, firstDay, lastDay, start, end, hours) => {
    const week = weekOfDay(day, zone);
    expect({ ...week, start: iso(week.start), end: iso(week.end) }).toEqual({ firstDay, lastDay, start, end, hours });
  });

  it('puts an instant in the week of its day in the rep’s zone, not in UTC', () => {
    // 03:00 UTC on Monday 16 Nov is still Sunday 15 Nov, 22:00, in New York.
    expect(weekOfInstant('2026-11-16T03:00:00.000Z', 'America/New_York').firstDay).toBe('2026-11-09');
    expect(weekOfInstant('2026-11-16T03:00:00.000Z', 'UTC').firstDay).toBe('2026-11-16');
    // 23:30 UTC on Sunday 8 Nov is already Monday 9 Nov in Berlin.
    expect(weekOfInstant('2026-11-08T23:30:00.000Z', 'Europe/Berlin').firstDay).toBe('2026-11-09');
  });

  it('refuses a day that is not written yyyy-MM-dd', () => {
    expect(() => weekOfDay('16.11.2026', 'UTC')).toThrow('"16.11.2026" is not a day like 2026-11-16.');
  });

  it('stops this week’s counts at now, and names this month and the one before', () => {
    const periods = reportPeriods(undefined, new Date('2026-11-18T10:00:00.000Z'), 'Europe/Berlin');
    expect(periods.week.firstDay).toBe('2026-11-16');
    expect(iso(periods.cutoff)).toBe('2026-11-18T10:00:00.000Z');
    expect([periods.thisMonth.month, iso(periods.thisMonth.start), iso(periods.thisMonth.end)]).toEqual([
      '2026-11',
      '2026-10-31T23:00:00.000Z',
      '2026-11-30T23:00:00.000Z',
    ]);
    expect([periods.lastMonth.month, iso(periods.lastMonth.start)]).toEqual(['2026-10', '2026-09-30T22:00:00.000Z']);
  });

  it('takes a past week’s months from its last day, across a new year', () => {
    // Mon 28 Dec 2026 – Sun 3 Jan 2027: counts stop on Sunday night, in January.
    const periods = reportPeriods('2026-12-30', new Date('2027-02-01T00:00:00.000Z'), 'UTC');
    expect(iso(periods.cutoff)).toBe('2027-01-04T00:00:00.000Z');
    expect([periods.thisMonth.month, periods.lastMonth.month]).toEqual(['2027-01', '2026-12']);
  });

  test.each([
    ['2026-11-16', -1, '2026-11-09'],
    ['2026-11-16', 1, '2026-11-23'],
    ['2026-12-28', 1, '2027-01-04'],
    ['2026-03-02', -1, '2026-02-23'],
  ])('moves the week of %s by %i to %s', (firstDay, weeks, expected) => {
    expect(shiftWeek(firstDay, weeks)).toBe(expected);
  });
});
