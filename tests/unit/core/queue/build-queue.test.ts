import { DEFAULT_CADENCE } from '@/lib/core/model';
import { buildQueue, digestAllTouches, endOfRepDay, queueHorizon, type QueueItem } from '@/lib/core/queue';
import { makeEnrollment, makeProspect, makeSettings, makeTask, makeTouch, zonedIso } from '../../../factories';

const BERLIN = 'Europe/Berlin';
const settings = makeSettings({ timeZone: BERLIN });
const at = (local: string) => zonedIso(local, BERLIN);
const now = at('2026-11-25 11:00'); // Wednesday
const keys = (items: QueueItem[]) => items.map((item) => item.key);

const ada = makeProspect({ id: 'ada', name: 'Ada' });
const bob = makeProspect({ id: 'bob', name: 'Bob' });
const cy = makeProspect({ id: 'cy', name: 'Cy', inbound: true, source: 'gmail' });
const dee = makeProspect({ id: 'dee', name: 'Dee', status: 'lost' });

function queue() {
  return buildQueue({
    now,
    settings,
    cadences: [DEFAULT_CADENCE],
    prospects: [ada, bob, cy, dee],
    enrollments: [
      makeEnrollment({ id: 'ada-late', prospectId: 'ada', stepIndex: 3, nextDueAt: at('2026-11-24 09:00') }),
      makeEnrollment({
        id: 'bob-now',
        prospectId: 'bob',
        stepIndex: 0,
        channelsDone: ['email'],
        nextDueAt: at('2026-11-25 10:00'),
      }),
      makeEnrollment({ id: 'cy-new', prospectId: 'cy', stepIndex: 0, nextDueAt: at('2026-11-25 11:40') }),
      makeEnrollment({ id: 'dee-lost', prospectId: 'dee', stepIndex: 2, nextDueAt: at('2026-11-25 09:00') }),
    ],
    tasks: [
      makeTask({ id: 'ada-callback', prospectId: 'ada', kind: 'callback', dueAt: at('2026-11-25 16:00') }),
      makeTask({ id: 'bob-respond', prospectId: 'bob', kind: 'respond', dueAt: at('2026-11-25 10:30') }),
      makeTask({ id: 'bob-decide', prospectId: 'bob', kind: 'decide', dueAt: at('2026-11-30 09:00') }),
      makeTask({
        id: 'done',
        prospectId: 'bob',
        kind: 'callback',
        dueAt: at('2026-11-25 09:00'),
        doneAt: at('2026-11-25 09:30'),
      }),
    ],
    touchDigests: digestAllTouches([
      makeTouch({
        prospectId: 'bob',
        channel: 'email',
        at: at('2026-11-20 10:00'),
        outcome: 'yes',
        note: 'Yes, budget is approved',
      }),
      makeTouch({
        prospectId: 'bob',
        channel: 'call',
        at: at('2026-11-24 16:00'),
        outcome: 'yes',
        note: 'Yes to a demo',
      }),
      makeTouch({
        prospectId: 'bob',
        channel: 'email',
        at: at('2026-11-25 09:50'),
        outcome: 'replied',
        note: 'Can we talk Friday?',
      }),
    ]),
  });
}

describe('buildQueue', () => {
  it('sorts items into overdue, due now, later today and the next 7 days', () => {
    const result = queue();
    expect(keys(result.overdue)).toEqual(['step:ada-late']);
    // The speed-to-lead item comes first even though it is due later this morning.
    expect(keys(result.dueNow)).toEqual(['step:cy-new', 'step:bob-now', 'task:bob-respond']);
    expect(keys(result.laterToday)).toEqual(['task:ada-callback']);
    expect(keys(result.next7Days)).toEqual(['task:bob-decide']);
    expect(result.counts).toEqual({ dueToday: 5, overdue: 1, dueNow: 3, laterToday: 1, next7Days: 1 });
  });

  it('describes a step: prospect, "Step n of m", channels and what is left, intent', () => {
    const bobNow = queue().dueNow.find((item) => item.key === 'step:bob-now')!;
    expect(bobNow).toMatchObject({
      kind: 'step',
      prospect: bob,
      label: 'Step 1 of 9',
      stepNumber: 1,
      stepCount: 9,
      channels: ['call', 'email'],
      channelsLeft: ['call'],
      intent: 'value',
      dueAt: at('2026-11-25 10:00'),
      speedToLead: false,
    });
  });

  it('shows the last touch with its note and the yeses collected', () => {
    const bobNow = queue().dueNow.find((item) => item.key === 'step:bob-now')!;
    expect(bobNow.lastTouch).toMatchObject({ outcome: 'replied', note: 'Can we talk Friday?' });
    expect(bobNow.yeses.map((yes) => yes.note)).toEqual(['Yes, budget is approved', 'Yes to a demo']);
    expect(queue().overdue[0]!.lastTouch).toBeNull();
  });

  it('describes tasks in words', () => {
    const result = queue();
    expect(result.laterToday[0]).toMatchObject({
      kind: 'task',
      taskKind: 'callback',
      label: 'Call back',
      prospect: ada,
    });
    expect(result.next7Days[0]!.label).toBe('Decide what comes next');
  });

  it('leaves out closed prospects, done tasks and anything past the horizon', () => {
    const all = Object.values(queue()).flatMap((bucket) => (Array.isArray(bucket) ? keys(bucket) : []));
    expect(all).not.toContain('step:dee-lost');
    expect(all).not.toContain('task:done');
    const far = buildQueue({
      now,
      settings,
      cadences: [DEFAULT_CADENCE],
      prospects: [ada],
      enrollments: [makeEnrollment({ prospectId: 'ada', nextDueAt: at('2026-12-03 09:00') })],
      tasks: [],
      touchDigests: [],
    });
    expect(far.next7Days).toEqual([]);
  });

  it('an empty database gives an empty queue', () => {
    const empty = buildQueue({
      now,
      settings,
      cadences: [],
      prospects: [],
      enrollments: [],
      tasks: [],
      touchDigests: [],
    });
    expect(empty).toEqual({
      overdue: [],
      dueNow: [],
      laterToday: [],
      next7Days: [],
      counts: { dueToday: 0, overdue: 0, dueNow: 0, laterToday: 0, next7Days: 0 },
    });
  });
});

describe("queue windows are the rep's days", () => {
  test.each([
    ['Europe/Berlin', '2026-11-25T22:30:00.000Z', '2026-11-25T22:59:59.999Z', '2026-12-02T22:59:59.999Z'],
    ['Pacific/Auckland', '2026-11-25T22:30:00.000Z', '2026-11-26T10:59:59.999Z', '2026-12-03T10:59:59.999Z'],
    ['America/New_York', '2026-03-05T12:00:00.000Z', '2026-03-06T04:59:59.999Z', '2026-03-13T03:59:59.999Z'],
  ])('in %s at %s: end of day %s, horizon %s', (timeZone, instant, endOfDay, horizon) => {
    expect(endOfRepDay(instant, { timeZone })).toBe(endOfDay);
    expect(queueHorizon(instant, { timeZone })).toBe(horizon);
  });
});
