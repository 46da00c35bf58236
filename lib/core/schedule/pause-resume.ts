import type { Enrollment } from '../model';
import {
  currentDueAt,
  EnrollmentStateError,
  isFinished,
  isPaused,
  pauseLengthInDays,
  type ScheduleContext,
  settlePause,
} from './enrollment-state';
import { type Instant, toDate, toIso } from './instant';
import { omit } from './omit';

export interface PauseInput extends ScheduleContext {
  enrollment: Enrollment;
  now: Instant;
  /** When the pause ends by itself; without it the cadence waits for resumeEnrollment. */
  until?: Instant;
}

/**
 * Stops the cadence. With an end date the remaining schedule moves back by the pause's length in
 * days and nextDueAt already points past the pause, so the queue's range query finds it again with
 * no one having to resume it. Without one, nextDueAt is cleared until the rep resumes.
 */
export function pauseEnrollment(input: PauseInput): Enrollment {
  const enrollment = settlePause(input.enrollment, input.now, input.settings);
  if (isFinished(enrollment, input.cadence))
    throw new EnrollmentStateError('This cadence is finished; there is nothing to pause.');
  if (isPaused(enrollment, input.now)) throw new EnrollmentStateError('This cadence is already paused.');
  const pausedAt = toIso(input.now);
  if (input.until === undefined) return { ...omit(enrollment, 'nextDueAt'), pausedAt };
  if (toDate(input.until) <= toDate(input.now)) throw new RangeError('A pause needs an end in the future.');
  const shift = pauseLengthInDays(input.now, input.until, input.settings);
  const nextDueAt = currentDueAt(enrollment, input, input.until, shift);
  return { ...enrollment, pausedAt, pausedUntil: toIso(input.until), nextDueAt };
}

/** Ends a pause now: the remaining schedule moves back by the days actually paused. */
export function resumeEnrollment(input: Omit<PauseInput, 'until'>): Enrollment {
  const enrollment = settlePause(input.enrollment, input.now, input.settings);
  const { pausedAt } = enrollment;
  if (pausedAt === undefined) return enrollment;
  const resumed: Enrollment = {
    ...omit(enrollment, 'pausedAt', 'pausedUntil', 'nextDueAt'),
    shiftDays: (enrollment.shiftDays ?? 0) + pauseLengthInDays(pausedAt, input.now, input.settings),
  };
  if (isFinished(resumed, input.cadence)) return resumed;
  return { ...resumed, nextDueAt: currentDueAt(resumed, input, input.now) };
}
