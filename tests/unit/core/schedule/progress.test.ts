import { DEFAULT_CADENCE, type Enrollment } from '@/lib/core/model';
import { applyTouch, channelsLeft, markStepDone, skipStep, startEnrollment } from '@/lib/core/schedule';
import { makeTouch } from '../../../factories';
import { at, local, prospect, settings } from '../berlin-rep';

const cadence = DEFAULT_CADENCE;
let ids = 0;
const newId = () => `task-${(ids += 1)}`;

function enrolled(): Enrollment {
  return startEnrollment({ id: 'e1', prospect, cadence, settings, now: at('2026-11-23 10:00') });
}

function touch(channel: 'call' | 'email' | 'x' | 'linkedin', when: string, outcome: 'sent' | 'no-answer' = 'sent') {
  return makeTouch({ prospectId: 'p1', channel, at: at(when), outcome });
}

function logTouch(enrollment: Enrollment, channel: 'call' | 'email' | 'x' | 'linkedin', when: string) {
  return applyTouch({ enrollment, cadence, prospect, touch: touch(channel, when), settings, now: at(when), newId });
}

describe('startEnrollment', () => {
  it("starts at step 1, due in today's call window", () => {
    const enrollment = enrolled();
    expect(enrollment).toMatchObject({
      id: 'e1',
      prospectId: 'p1',
      cadenceId: cadence.id,
      stepIndex: 0,
      channelsDone: [],
      history: [],
    });
    expect(enrollment.startedAt).toBe(at('2026-11-23 10:00'));
    expect(local(enrollment.nextDueAt)).toBe('2026-11-23 16:00 Mon');
  });
});

describe('a step is done when its channels are touched', () => {
  it('a partly done step shows what is left and keeps its due time', () => {
    const { enrollment, tasks } = logTouch(enrolled(), 'email', '2026-11-23 11:00');
    expect(enrollment.stepIndex).toBe(0);
    expect(enrollment.channelsDone).toEqual(['email']);
    expect(channelsLeft(enrollment, cadence)).toEqual(['call']);
    expect(local(enrollment.nextDueAt)).toBe('2026-11-23 16:00 Mon');
    expect(tasks).toEqual([]);
  });

  it('the last channel completes the step and makes the next one current', () => {
    const first = logTouch(enrolled(), 'email', '2026-11-23 11:00').enrollment;
    const { enrollment } = logTouch(first, 'call', '2026-11-23 16:10');
    expect(enrollment.stepIndex).toBe(1);
    expect(enrollment.channelsDone).toEqual([]);
    expect(enrollment.history).toEqual([{ index: 0, status: 'done', at: at('2026-11-23 16:10') }]);
    expect(local(enrollment.nextDueAt)).toBe('2026-11-24 09:00 Tue');
  });

  test.each([
    [
      'a channel the step does not use',
      makeTouch({ prospectId: 'p1', channel: 'linkedin', at: at('2026-11-23 11:00') }),
    ],
    [
      'a touch logged for another step',
      makeTouch({ prospectId: 'p1', channel: 'email', stepIndex: 3, at: at('2026-11-23 11:00') }),
    ],
    [
      'a deal closed (not a follow-up)',
      makeTouch({ prospectId: 'p1', channel: 'email', outcome: 'won', at: at('2026-11-23 11:00') }),
    ],
  ])('%s does not move the step', (_name, other) => {
    const before = enrolled();
    const { enrollment } = applyTouch({
      enrollment: before,
      cadence,
      prospect,
      touch: other,
      settings,
      now: other.at,
      newId,
    });
    expect(enrollment).toEqual(before);
  });

  it('refuses a touch of another prospect', () => {
    const other = makeTouch({ prospectId: 'someone-else', at: at('2026-11-23 11:00') });
    expect(() =>
      applyTouch({ enrollment: enrolled(), cadence, prospect, touch: other, settings, now: other.at, newId }),
    ).toThrow(/another prospect/);
  });

  it('never changes the enrollment it was given', () => {
    const before = enrolled();
    const copy = structuredClone(before);
    logTouch(before, 'email', '2026-11-23 11:00');
    markStepDone({ enrollment: before, cadence, prospect, settings, now: at('2026-11-23 12:00'), newId });
    expect(before).toEqual(copy);
  });
});

describe('marking done and skipping', () => {
  it('markStepDone completes the step whatever was touched', () => {
    const { enrollment } = markStepDone({
      enrollment: enrolled(),
      cadence,
      prospect,
      settings,
      now: at('2026-11-23 12:00'),
      newId,
    });
    expect(enrollment.history).toEqual([{ index: 0, status: 'done', at: at('2026-11-23 12:00') }]);
    expect(local(enrollment.nextDueAt)).toBe('2026-11-24 09:00 Tue');
  });

  it('skipStep records a skip and does not hold the next step back a day', () => {
    const tuesday = markStepDone({
      enrollment: enrolled(),
      cadence,
      prospect,
      settings,
      now: at('2026-11-23 16:30'),
      newId,
    }).enrollment;
    // Late on Thursday the rep skips step 2 (planned Tuesday): step 3 (planned Wednesday) is due now.
    const { enrollment } = skipStep({
      enrollment: tuesday,
      cadence,
      prospect,
      settings,
      now: at('2026-11-26 10:00'),
      newId,
    });
    expect(enrollment.history.at(-1)).toEqual({ index: 1, status: 'skipped', at: at('2026-11-26 10:00') });
    expect(local(enrollment.nextDueAt)).toBe('2026-11-26 10:00 Thu');
  });
});

describe('a late rep does not get a pile of overdue steps', () => {
  it('the next step is due one working day after the late one was done', () => {
    // Step 1 was due Monday; the rep does it on Thursday of the next week.
    const { enrollment } = markStepDone({
      enrollment: enrolled(),
      cadence,
      prospect,
      settings,
      now: at('2026-12-03 15:00'),
      newId,
    });
    expect(local(enrollment.nextDueAt)).toBe('2026-12-04 09:00 Fri');
  });

  it('step after step, each late one pushes only the next', () => {
    let enrollment = enrolled();
    const doneAt = ['2026-12-03 15:00', '2026-12-04 11:00', '2026-12-07 10:00'];
    const due: string[] = [];
    for (const when of doneAt) {
      enrollment = markStepDone({ enrollment, cadence, prospect, settings, now: at(when), newId }).enrollment;
      due.push(local(enrollment.nextDueAt));
    }
    expect(due).toEqual(['2026-12-04 09:00 Fri', '2026-12-07 09:00 Mon', '2026-12-08 09:00 Tue']);
  });

  it('a rep ahead of schedule still gets the next step on its planned day', () => {
    const { enrollment } = markStepDone({
      enrollment: enrolled(),
      cadence,
      prospect,
      settings,
      now: at('2026-11-23 11:00'),
      newId,
    });
    const next = markStepDone({
      enrollment,
      cadence,
      prospect,
      settings,
      now: at('2026-11-23 11:30'),
      newId,
    }).enrollment;
    // Step 3 is planned for Wednesday and step 2 was done Monday: Wednesday it stays.
    expect(local(next.nextDueAt)).toBe('2026-11-25 09:00 Wed');
  });
});
