import { type Cadence, DEFAULT_CADENCE, type Enrollment } from '@/lib/core/model';
import { markStepDone, refitEnrollment, snoozeEnrollment, startEnrollment } from '@/lib/core/schedule';
import { at, local, prospect, settings } from '../berlin-rep';

const newId = () => 'task';
const oldCadence = DEFAULT_CADENCE;

function afterSteps(count: number): Enrollment {
  let enrollment = startEnrollment({ id: 'e1', prospect, cadence: oldCadence, settings, now: at('2026-11-23 10:00') });
  const doneAt = ['2026-11-23 16:30', '2026-11-24 10:00', '2026-11-25 10:00', '2026-11-27 10:00'];
  for (const when of doneAt.slice(0, count)) {
    enrollment = markStepDone({ enrollment, cadence: oldCadence, prospect, settings, now: at(when), newId }).enrollment;
  }
  return enrollment;
}

const refit = (enrollment: Enrollment, newCadence: Cadence, now = '2026-11-27 11:00') =>
  refitEnrollment({ enrollment, oldCadence, newCadence, prospect, settings, now: at(now) });

describe('refitEnrollment: editing a cadence while prospects are enrolled', () => {
  it('keeps start, history and a due time that did not change (a snooze survives)', () => {
    const snoozed = snoozeEnrollment({
      enrollment: afterSteps(4),
      cadence: oldCadence,
      prospect,
      settings,
      now: at('2026-11-27 11:00'),
      until: at('2026-12-02 15:00'),
    });
    const renamed = refit(snoozed, { ...oldCadence, name: 'Renamed' });
    expect(renamed).toEqual(snoozed);
  });

  it('a step added before the current one is not owed: the enrollment stays on the same day', () => {
    const enrollment = afterSteps(4); // current: step 5, day 7
    const edited: Cadence = {
      ...oldCadence,
      steps: [{ day: 1, channels: ['email'] }, { day: 4, channels: ['call'] }, ...oldCadence.steps.slice(4)],
    };
    const refitted = refit(enrollment, edited);
    expect(refitted.stepIndex).toBe(2);
    expect(edited.steps[2]!.day).toBe(7);
    expect(refitted.nextDueAt).toBe(enrollment.nextDueAt);
    expect(refitted.history).toEqual(enrollment.history);
    expect(refitted.startedAt).toBe(enrollment.startedAt);
  });

  it('removing the current step moves to the next day that remains and re-plans it', () => {
    const withoutDay7: Cadence = { ...oldCadence, steps: oldCadence.steps.filter((step) => step.day !== 7) };
    const refitted = refit(afterSteps(4), withoutDay7);
    expect(refitted.stepIndex).toBe(4);
    expect(withoutDay7.steps[4]!.day).toBe(10);
    expect(local(refitted.nextDueAt)).toBe('2026-12-02 16:00 Wed');
  });

  it('channels already touched still count; if they now complete the step it is recorded done', () => {
    const partly: Enrollment = { ...afterSteps(0), channelsDone: ['email'] };
    const keepsEmail = refit(
      partly,
      { ...oldCadence, steps: [{ day: 1, channels: ['email', 'linkedin'] }, ...oldCadence.steps.slice(1)] },
      '2026-11-23 12:00',
    );
    expect(keepsEmail.channelsDone).toEqual(['email']);
    expect(keepsEmail.stepIndex).toBe(0);
    const emailOnly = refit(
      partly,
      { ...oldCadence, steps: [{ day: 1, channels: ['email'] }, ...oldCadence.steps.slice(1)] },
      '2026-11-23 12:00',
    );
    expect(emailOnly.stepIndex).toBe(1);
    expect(emailOnly.history).toEqual([{ index: 0, status: 'done', at: at('2026-11-23 12:00') }]);
    expect(local(emailOnly.nextDueAt)).toBe('2026-11-24 09:00 Tue');
  });

  it('a finished enrollment picks up steps appended after its last day', () => {
    const finished: Enrollment = { ...afterSteps(0), stepIndex: 9, nextDueAt: undefined };
    const longer: Cadence = { ...oldCadence, steps: [...oldCadence.steps, { day: 35, channels: ['email'] }] };
    const refitted = refit(finished, longer, '2026-12-22 10:00');
    expect(refitted.stepIndex).toBe(9);
    expect(local(refitted.nextDueAt)).toBe('2026-12-28 09:00 Mon');
  });

  it('a shortened cadence finishes an enrollment past its end without losing history', () => {
    const shorter: Cadence = { ...oldCadence, steps: oldCadence.steps.slice(0, 3) };
    const enrollment = afterSteps(4);
    const refitted = refit(enrollment, shorter);
    expect(refitted.stepIndex).toBe(3);
    expect(refitted.nextDueAt).toBeUndefined();
    expect(refitted.history).toEqual(enrollment.history);
  });

  it('an enrollment paused until the rep resumes stays without a due time', () => {
    const paused: Enrollment = { ...afterSteps(2), pausedAt: at('2026-11-24 12:00'), nextDueAt: undefined };
    const refitted = refit(paused, { ...oldCadence, steps: oldCadence.steps.filter((step) => step.day !== 3) });
    expect(refitted.nextDueAt).toBeUndefined();
    expect(refitted.pausedAt).toBe(paused.pausedAt);
  });
});
