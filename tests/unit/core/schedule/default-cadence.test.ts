import { DEFAULT_CADENCE } from '@/lib/core/model';
import { scheduleSteps, stepLabel } from '@/lib/core/schedule';
import { makeSettings, zonedIso, zonedLocal } from '../../../factories';

const BERLIN = 'Europe/Berlin';
const settings = makeSettings({ timeZone: BERLIN });

function planFrom(start: string, overrides = {}) {
  return scheduleSteps({
    cadence: DEFAULT_CADENCE,
    startedAt: zonedIso(start, BERLIN),
    prospect: {},
    settings: { ...settings, ...overrides },
  });
}

describe('the 28-day playbook, step by step (rep in Berlin, enrolled Monday 23 Nov 2026 10:00)', () => {
  const plan = planFrom('2026-11-23 10:00');

  test.each([
    [
      1,
      1,
      ['call', 'email'],
      '2026-11-23 16:00 Mon',
      'day 1 is the day of enrollment; the call goes in the 16:00 call window',
    ],
    [2, 2, ['email', 'x'], '2026-11-24 09:00 Tue', 'start of working hours'],
    [3, 3, ['x'], '2026-11-25 09:00 Wed', ''],
    [4, 5, ['email', 'linkedin'], '2026-11-27 09:00 Fri', ''],
    [5, 7, ['email'], '2026-11-30 09:00 Mon', 'day 7 is a Sunday: next working day'],
    [6, 10, ['call', 'email'], '2026-12-02 16:00 Wed', 'a Wednesday call stays'],
    [7, 17, ['email', 'x'], '2026-12-09 09:00 Wed', ''],
    [8, 21, ['linkedin'], '2026-12-14 09:00 Mon', 'day 21 is a Sunday'],
    [9, 28, ['call', 'email'], '2026-12-21 16:00 Mon', 'Monday calls cannot reach Wed/Thu in one day'],
  ])('step %i (day %i, %j) is due %s %s', (stepNumber, day, channels, due) => {
    const step = plan[stepNumber - 1]!;
    expect(step).toMatchObject({ stepNumber, stepCount: 9, day, channels });
    expect(zonedLocal(step.dueAt, BERLIN)).toBe(due);
    expect(stepLabel(step)).toBe(`Step ${stepNumber} of 9`);
  });

  it('carries each step intent for content suggestions', () => {
    expect(plan.map((step) => step.intent)).toEqual([
      'value',
      'insight',
      'news',
      'education',
      'insight',
      'value',
      'education',
      'personal',
      'value',
    ]);
  });
});

describe('best call days', () => {
  it('moves a Friday call to Thursday and a Tuesday call to Wednesday when the order holds (enrolled Wednesday)', () => {
    const due = planFrom('2026-11-25 10:00').map((step) => zonedLocal(step.dueAt, BERLIN));
    expect(due).toEqual([
      '2026-11-25 16:00 Wed',
      '2026-11-26 09:00 Thu',
      '2026-11-27 09:00 Fri',
      '2026-11-30 09:00 Mon',
      '2026-12-01 09:00 Tue',
      '2026-12-03 16:00 Thu', // day 10 is Friday 4 Dec: one day earlier
      '2026-12-11 09:00 Fri',
      '2026-12-15 09:00 Tue',
      '2026-12-23 16:00 Wed', // day 28 is Tuesday 22 Dec: one day later
    ]);
  });

  it('leaves calls on their day when the setting is off', () => {
    const due = planFrom('2026-11-25 10:00', { favourBestCallDays: false }).map((step) =>
      zonedLocal(step.dueAt, BERLIN),
    );
    expect(due[5]).toBe('2026-12-04 16:00 Fri');
    expect(due[8]).toBe('2026-12-22 16:00 Tue');
  });

  it("does not move a Tuesday call onto the next step's day (enrolled Tuesday)", () => {
    const plan = planFrom('2026-11-24 10:00');
    expect(zonedLocal(plan[0]!.dueAt, BERLIN)).toBe('2026-11-24 16:00 Tue');
    expect(zonedLocal(plan[1]!.dueAt, BERLIN)).toBe('2026-11-25 09:00 Wed');
  });

  it('does not move a Friday call before the enrollment (enrolled Friday)', () => {
    expect(zonedLocal(planFrom('2026-11-27 10:00')[0]!.dueAt, BERLIN)).toBe('2026-11-27 16:00 Fri');
  });

  it('does not move a call onto a holiday', () => {
    const plan = planFrom('2026-11-25 10:00', { holidays: ['2026-12-03'] });
    expect(zonedLocal(plan[5]!.dueAt, BERLIN)).toBe('2026-12-04 16:00 Fri');
  });
});

describe('first step on the day of enrollment', () => {
  test.each([
    ['2026-11-23 10:00', '2026-11-23 16:00 Mon', 'before the call window: today at 16:00'],
    ['2026-11-23 16:20', '2026-11-23 16:20 Mon', 'inside the call window: now'],
    ['2026-11-23 17:10', '2026-11-24 16:00 Tue', 'after the call window: tomorrow'],
    ['2026-11-28 11:00', '2026-11-30 16:00 Mon', 'on a Saturday: Monday'],
  ])('enrolled %s → %s (%s)', (start, due) => {
    expect(zonedLocal(planFrom(start)[0]!.dueAt, BERLIN)).toBe(due);
  });

  it('an email-only first step is due right away in working hours', () => {
    const plan = scheduleSteps({
      cadence: { ...DEFAULT_CADENCE, steps: [{ day: 1, channels: ['email'] }] },
      startedAt: zonedIso('2026-11-23 11:15', BERLIN),
      prospect: {},
      settings,
    });
    expect(zonedLocal(plan[0]!.dueAt, BERLIN)).toBe('2026-11-23 11:15 Mon');
  });
});
