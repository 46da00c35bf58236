import type { Enrollment } from '../model';
import { completeCurrentStep, type EnrollmentChange } from './advance-step';
import { EnrollmentStateError, isFinished, isPaused, type ScheduleContext, settlePause } from './enrollment-state';
import type { Instant } from './instant';

export interface MarkStepInput extends ScheduleContext {
  enrollment: Enrollment;
  now: Instant;
  newId: () => string;
}

/** The current step, settled and checked: only an active, unfinished cadence has one to mark. */
export function activeEnrollment(input: Omit<MarkStepInput, 'newId'>, action: string): Enrollment {
  const enrollment = settlePause(input.enrollment, input.now, input.settings);
  if (isFinished(enrollment, input.cadence)) {
    throw new EnrollmentStateError(`This cadence is finished, so there is no step to ${action}.`);
  }
  if (isPaused(enrollment, input.now)) {
    throw new EnrollmentStateError(`This cadence is paused. Resume it first, then ${action} the step.`);
  }
  return enrollment;
}

/** The rep says the step is done without logging each channel. */
export function markStepDone(input: MarkStepInput): EnrollmentChange {
  const enrollment = activeEnrollment(input, 'mark done');
  return completeCurrentStep({ ...input, enrollment, status: 'done', at: input.now });
}

/** The step is passed over; unlike a done step it does not hold the next one back a working day. */
export function skipStep(input: MarkStepInput): EnrollmentChange {
  const enrollment = activeEnrollment(input, 'skip');
  return completeCurrentStep({ ...input, enrollment, status: 'skipped', at: input.now });
}
