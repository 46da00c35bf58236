import { buildWeeklyReport, reportPeriods, type WeeklyReportInput } from '@/lib/core/metrics';
import { DEFAULT_GOALS, type Enrollment, type Prospect, type Touch } from '@/lib/core/model';
import { makeEnrollment, makeProspect, makeTouch } from '../../../factories';

function reportOf(
  weekOf: string,
  timeZone: string,
  records: { prospects?: Prospect[]; touches?: Touch[]; enrollments?: Enrollment[] },
  now = new Date('2027-01-01T00:00:00.000Z'),
) {
  const input: WeeklyReportInput = {
    now,
    timeZone,
    goals: DEFAULT_GOALS,
    periods: reportPeriods(weekOf, now, timeZone),
    prospects: records.prospects ?? [],
    touches: records.touches ?? [],
    enrollments: records.enrollments ?? [],
    cadences: [],
  };
  return buildWeeklyReport(input);
}

const lead = (id: string, createdAt: string, overrides: Partial<Prospect> = {}) =>
  makeProspect({ id, name: id, createdAt, ...overrides });
const touch = (prospectId: string, at: string, outcome: Touch['outcome'] = 'sent') =>
  makeTouch({ id: `${prospectId}-${at}`, prospectId, at, outcome });

describe('the weekly report on small fixed histories', () => {
  it('says an empty week has nothing to measure rather than zeros that look like results', () => {
    const report = reportOf('2026-11-18', 'Europe/Berlin', {});
    expect(report.leads).toEqual([]);
    expect(report.stats).toEqual({
      leads: 0,
      followedUp: 0,
      followedUpPercent: null,
      touchesPerLead: null,
      medianFirstTouchMinutes: null,
      p90FirstTouchMinutes: null,
    });
    expect(report.byTouchNumber.map((row) => row.touchNumber)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10+',
    ]);
    expect(report.byTouchNumber.every((row) => row.meetings === 0 && row.wins === 0)).toBe(true);
    expect(report.givenUp).toEqual([]);
    expect(report.giveUpCurve.buckets.map((bucket) => bucket.percent)).toEqual([null, null, null, null, null]);
    expect(report.thisMonth).toMatchObject({ month: '2026-11', leads: 0, meetings: 0, touchesPerLead: null });
  });

  it('lists a lead whose dated pause has ended as active, and one paused without an end as paused', () => {
    const pausedAt = '2026-11-20T09:00:00.000Z';
    const report = reportOf('2026-11-18', 'Europe/Berlin', {
      prospects: [
        lead('pause-ended', '2026-11-17T09:00:00.000Z', { status: 'paused' }),
        lead('pause-open', '2026-11-18T09:00:00.000Z', { status: 'paused' }),
      ],
      enrollments: [
        makeEnrollment({ prospectId: 'pause-ended', pausedAt, pausedUntil: '2026-12-07T08:00:00.000Z' }),
        makeEnrollment({ prospectId: 'pause-open', pausedAt }),
      ],
    });
    expect(report.leads.map((row) => [row.prospectId, row.status])).toEqual([
      ['pause-ended', 'active'],
      ['pause-open', 'paused'],
    ]);
  });

  it('draws the week’s edges at the rep’s midnight, not UTC’s', () => {
    // New York, week of Mon 16 Nov 2026 = 2026-11-16T05:00Z … 2026-11-23T05:00Z.
    const report = reportOf('2026-11-16', 'America/New_York', {
      prospects: [
        lead('sunday-evening-in-new-york', '2026-11-16T03:00:00.000Z'),
        lead('monday-small-hours', '2026-11-16T05:30:00.000Z'),
        lead('sunday-night', '2026-11-23T04:59:00.000Z'),
        lead('monday-after', '2026-11-23T05:00:00.000Z'),
      ],
    });
    expect(report.leads.map((row) => row.name)).toEqual(['monday-small-hours', 'sunday-night']);
  });

  it('counts the extra hour of a week when the clocks go back, and real minutes to the first touch', () => {
    // Berlin, Mon 19 – Sun 25 Oct 2026: 2026-10-18T22:00Z … 2026-10-25T23:00Z, 169 hours.
    const report = reportOf('2026-10-19', 'Europe/Berlin', {
      prospects: [
        lead('sunday-before', '2026-10-18T21:30:00.000Z'),
        // 02:00 CEST; touched at 03:00 CET, which is two hours later, not one.
        lead('in-the-night-of-the-change', '2026-10-25T00:00:00.000Z'),
        // Sunday 23:30 CET: inside only because this week is 169 hours long.
        lead('last-hour', '2026-10-25T22:30:00.000Z'),
      ],
      touches: [touch('in-the-night-of-the-change', '2026-10-25T02:00:00.000Z')],
    });
    expect(report.week).toMatchObject({ hours: 169, end: '2026-10-25T23:00:00.000Z' });
    expect(report.leads.map((row) => row.name)).toEqual(['in-the-night-of-the-change', 'last-hour']);
    expect(report.stats).toMatchObject({ followedUp: 1, followedUpPercent: 50, medianFirstTouchMinutes: 120 });
  });

  it('counts a lead’s touches up to the week’s end, leaves replies out, and takes an earlier touch as immediate', () => {
    const report = reportOf('2026-11-18', 'UTC', {
      prospects: [lead('imported', '2026-11-17T10:00:00.000Z')],
      touches: [
        touch('imported', '2026-11-10T09:00:00.000Z'),
        touch('imported', '2026-11-18T09:00:00.000Z', 'replied'),
        touch('imported', '2026-11-19T09:00:00.000Z', 'no-answer'),
        touch('imported', '2026-11-23T09:00:00.000Z'),
      ],
    });
    expect(report.leads[0]?.touches).toBe(2);
    expect(report.stats).toMatchObject({ touchesPerLead: 2, medianFirstTouchMinutes: 0 });
  });

  it('numbers meetings and wins by the touch they came on, with "10+" for the long ones', () => {
    const eleven = Array.from({ length: 11 }, (_, index) =>
      touch('long', `2026-11-${String(index + 8).padStart(2, '0')}T09:00:00.000Z`, index === 10 ? 'meeting' : 'sent'),
    );
    const report = reportOf('2026-11-18', 'UTC', {
      prospects: [
        lead('long', '2026-11-01T09:00:00.000Z'),
        lead('won-with-a-won-touch', '2026-11-01T09:00:00.000Z', { status: 'won' }),
        lead('won-at-once', '2026-11-01T09:00:00.000Z', { status: 'won' }),
        // No touch at all: there is no moment to put the win in a week.
        lead('won-untouched', '2026-11-01T09:00:00.000Z', { status: 'won' }),
      ],
      touches: [
        ...eleven,
        touch('won-with-a-won-touch', '2026-11-16T09:00:00.000Z'),
        touch('won-with-a-won-touch', '2026-11-17T09:00:00.000Z', 'won'),
        // Logged after the win: not part of the touch number it was won on.
        touch('won-with-a-won-touch', '2026-11-19T09:00:00.000Z'),
        touch('won-at-once', '2026-11-18T09:00:00.000Z', 'won'),
      ],
    });
    expect(report.byTouchNumber.filter((row) => row.meetings || row.wins)).toEqual([
      { touchNumber: '1', meetings: 0, wins: 2 },
      { touchNumber: '10+', meetings: 1, wins: 0 },
    ]);
  });

  it('puts a lost prospect in the week it was given up, by override, "lost" touch or last touch', () => {
    const report = reportOf('2026-11-18', 'UTC', {
      prospects: [
        lead('override', '2026-10-01T09:00:00.000Z', {
          status: 'lost',
          giveUpOverride: { reason: 'Moved on', at: '2026-11-17T09:00:00.000Z', followUps: 0 },
        }),
        lead('last-touch', '2026-10-01T09:00:00.000Z', { status: 'lost' }),
        lead('earlier', '2026-10-01T09:00:00.000Z', { status: 'lost' }),
      ],
      touches: [
        touch('last-touch', '2026-11-20T09:00:00.000Z', 'no'),
        touch('last-touch', '2026-11-16T09:00:00.000Z', 'no'),
        touch('earlier', '2026-11-02T09:00:00.000Z', 'no'),
      ],
    });
    expect(report.givenUp).toEqual([
      { prospectId: 'override', name: 'override', touches: 0, early: true },
      { prospectId: 'last-touch', name: 'last-touch', touches: 2, early: false },
    ]);
    expect(report.giveUpCurve).toMatchObject({ closed: 3, neverTouched: 1 });
    expect(report.giveUpCurve.buckets.map((bucket) => bucket.count)).toEqual([1, 1, 0, 0, 0]);
  });
});
