import { DEFAULT_CADENCE } from '@/lib/core/model';
import { dueAtForStep, scheduleSteps } from '@/lib/core/schedule';
import { makeSettings, zonedIso, zonedLocal } from '../../../factories';

describe('daylight saving changes keep local times', () => {
  test.each([
    // zone, enrolled (Friday before the change), step 1 (call) UTC, step 2 (Monday after) UTC
    ['America/New_York', '2026-03-06 10:00', '2026-03-06T21:00:00.000Z', '2026-03-09T13:00:00.000Z'],
    ['America/New_York', '2026-10-30 10:00', '2026-10-30T20:00:00.000Z', '2026-11-02T14:00:00.000Z'],
    ['Europe/Berlin', '2026-03-27 10:00', '2026-03-27T15:00:00.000Z', '2026-03-30T07:00:00.000Z'],
    ['Europe/Berlin', '2026-10-23 10:00', '2026-10-23T14:00:00.000Z', '2026-10-26T08:00:00.000Z'],
    ['Pacific/Auckland', '2026-04-03 10:00', '2026-04-03T03:00:00.000Z', '2026-04-05T21:00:00.000Z'],
    ['Pacific/Auckland', '2026-09-25 10:00', '2026-09-25T04:00:00.000Z', '2026-09-27T20:00:00.000Z'],
  ])('%s, enrolled %s', (timeZone, start, callUtc, mondayUtc) => {
    const plan = scheduleSteps({
      cadence: DEFAULT_CADENCE,
      startedAt: zonedIso(start, timeZone),
      prospect: {},
      settings: makeSettings({ timeZone }),
    });
    expect(plan[0]!.dueAt).toBe(callUtc);
    expect(zonedLocal(plan[0]!.dueAt, timeZone)).toMatch(/ 16:00 Fri$/);
    expect(plan[1]!.dueAt).toBe(mondayUtc);
    expect(zonedLocal(plan[1]!.dueAt, timeZone)).toMatch(/ 09:00 Mon$/);
  });
});

describe("calls go in the prospect's call window", () => {
  const BERLIN = 'Europe/Berlin';
  const settings = makeSettings({ timeZone: BERLIN });
  const callFirst = (start: string, prospectZone: string | undefined) =>
    dueAtForStep({
      cadence: DEFAULT_CADENCE,
      stepIndex: 0,
      startedAt: zonedIso(start, BERLIN),
      notBefore: zonedIso(start, BERLIN),
      prospect: prospectZone ? { timeZone: prospectZone } : {},
      settings,
    });

  test.each<[string | undefined, string, string, string]>([
    ['Asia/Kolkata', '2026-11-23 09:30', '2026-11-23 11:30 Mon', '16:00 in Kolkata is 11:30 in Berlin in winter'],
    ['Asia/Kolkata', '2026-06-15 09:30', '2026-06-15 12:30 Mon', 'and 12:30 in summer'],
    ['Asia/Kolkata', '2026-11-23 13:00', '2026-11-24 11:30 Tue', "today's Kolkata window has passed: tomorrow"],
    ['Europe/London', '2026-11-23 09:30', '2026-11-23 17:00 Mon', 'the part of the window inside working hours'],
    [
      'America/Los_Angeles',
      '2026-11-23 09:30',
      '2026-11-23 16:00 Mon',
      "no overlap with working hours: the rep's window",
    ],
    [undefined, '2026-11-23 09:30', '2026-11-23 16:00 Mon', "zone unknown: the rep's window"],
  ])('prospect in %s, enrolled %s → %s (%s)', (zone, start, due) => {
    const dueAt = callFirst(start, zone);
    expect(zonedLocal(dueAt, BERLIN)).toBe(due);
  });

  it("the Kolkata call is at 16:00 on the prospect's clock", () => {
    expect(zonedLocal(callFirst('2026-11-23 09:30', 'Asia/Kolkata'), 'Asia/Kolkata')).toBe('2026-11-23 16:00 Mon');
  });
});
