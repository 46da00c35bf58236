import { DEFAULT_CADENCE, type Enrollment } from '@/lib/core/model';
import {
  EnrollmentStateError,
  markStepDone,
  pauseEnrollment,
  rescheduleStep,
  resumeEnrollment,
  snoozeEnrollment,
  startEnrollment,
} from '@/lib/core/schedule';
import { at, local, prospect, settings } from '../berlin-rep';

const cadence = DEFAULT_CADENCE;
const context = { cadence, prospect, settings };
const newId = () => 'task';
// Step 1 done Monday: step 2 due Tuesday 09:00, step 3 planned Wednesday.
const atStep2 = (): Enrollment =>
  markStepDone({
    ...context,
    enrollment: startEnrollment({ id: 'e1', prospect, cadence, settings, now: at('2026-11-23 10:00') }),
    now: at('2026-11-23 16:30'),
    newId,
  }).enrollment;

describe('pause and resume', () => {
  it('a pause with no end clears the due time until resumed, then shifts by the days paused', () => {
    const paused = pauseEnrollment({ ...context, enrollment: atStep2(), now: at('2026-11-23 17:00') });
    expect(paused.nextDueAt).toBeUndefined();
    expect(paused.pausedAt).toBe(at('2026-11-23 17:00'));
    const resumed = resumeEnrollment({ ...context, enrollment: paused, now: at('2026-11-30 10:00') });
    expect(resumed.pausedAt).toBeUndefined();
    expect(resumed.shiftDays).toBe(7);
    expect(local(resumed.nextDueAt)).toBe('2026-12-01 09:00 Tue');
    const next = markStepDone({ ...context, enrollment: resumed, now: at('2026-12-01 10:00'), newId }).enrollment;
    expect(local(next.nextDueAt)).toBe('2026-12-02 09:00 Wed');
  });

  it('a pause with an end date already points past it, and later steps stay shifted once it is over', () => {
    const paused = pauseEnrollment({
      ...context,
      enrollment: atStep2(),
      now: at('2026-11-23 17:00'),
      until: at('2026-11-30 00:00'),
    });
    expect(local(paused.nextDueAt)).toBe('2026-12-01 09:00 Tue');
    expect(paused.pausedUntil).toBe(at('2026-11-30 00:00'));
    const next = markStepDone({ ...context, enrollment: paused, now: at('2026-12-01 09:30'), newId }).enrollment;
    expect(next.pausedAt).toBeUndefined();
    expect(next.shiftDays).toBe(7);
    expect(local(next.nextDueAt)).toBe('2026-12-02 09:00 Wed');
  });

  it('resuming early shifts only by the days actually paused', () => {
    const paused = pauseEnrollment({
      ...context,
      enrollment: atStep2(),
      now: at('2026-11-23 17:00'),
      until: at('2026-12-07 00:00'),
    });
    const resumed = resumeEnrollment({ ...context, enrollment: paused, now: at('2026-11-25 08:00') });
    expect(resumed.shiftDays).toBe(2);
    expect(local(resumed.nextDueAt)).toBe('2026-11-26 09:00 Thu');
  });

  test.each([
    [
      'the cadence is paused',
      (enrollment: Enrollment) => ({ ...enrollment, pausedAt: at('2026-11-23 17:00') }),
      /paused/,
    ],
    ['the cadence is finished', (enrollment: Enrollment) => ({ ...enrollment, stepIndex: 9 }), /finished/],
  ])('cannot pause, snooze, skip or mark done when %s', (_state, change, message) => {
    const enrollment = change(atStep2());
    const now = at('2026-11-24 10:00');
    expect(() => snoozeEnrollment({ ...context, enrollment, now, until: at('2026-11-25 10:00') })).toThrow(message);
    expect(() => markStepDone({ ...context, enrollment, now, newId })).toThrow(EnrollmentStateError);
    expect(() => pauseEnrollment({ ...context, enrollment, now })).toThrow(message);
  });
});

describe('snooze and reschedule', () => {
  it('a snooze hides the step until a time, moved into working hours', () => {
    const snoozed = snoozeEnrollment({
      ...context,
      enrollment: atStep2(),
      now: at('2026-11-24 10:00'),
      until: at('2026-11-24 20:00'),
    });
    expect(local(snoozed.nextDueAt)).toBe('2026-11-25 09:00 Wed');
    expect(snoozed.stepIndex).toBe(1);
  });

  it('a snooze must end in the future', () => {
    expect(() =>
      snoozeEnrollment({
        ...context,
        enrollment: atStep2(),
        now: at('2026-11-24 10:00'),
        until: at('2026-11-24 09:00'),
      }),
    ).toThrow('A snooze needs a time in the future.');
  });

  it('a step can be rescheduled earlier, but not before the step before it', () => {
    const earlier = rescheduleStep({
      ...context,
      enrollment: atStep2(),
      now: at('2026-11-23 16:40'),
      at: at('2026-11-23 16:45'),
    });
    expect(local(earlier.nextDueAt)).toBe('2026-11-23 16:45 Mon');
    expect(() =>
      rescheduleStep({ ...context, enrollment: atStep2(), now: at('2026-11-23 16:40'), at: at('2026-11-23 16:00') }),
    ).toThrow(/before the step that came before it/);
  });

  it('the step after a snoozed one still waits a working day after it is done', () => {
    const snoozed = snoozeEnrollment({
      ...context,
      enrollment: atStep2(),
      now: at('2026-11-24 10:00'),
      until: at('2026-11-26 10:00'),
    });
    const next = markStepDone({ ...context, enrollment: snoozed, now: at('2026-11-26 10:30'), newId }).enrollment;
    expect(local(next.nextDueAt)).toBe('2026-11-27 09:00 Fri');
  });
});
