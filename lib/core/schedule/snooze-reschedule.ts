import type { Enrollment } from '../model';
import { toDate, toIso, type Instant } from './instant';
import { activeEnrollment, type MarkStepInput } from './mark-step';
import { firstWorkingInstant } from './working-time';

type MoveInput = Omit<MarkStepInput, 'newId'>;

/** Hides the current step until `until` (moved into working time); later steps follow from when it is done. */
export function snoozeEnrollment(input: MoveInput & { until: Instant }): Enrollment {
  const enrollment = activeEnrollment(input, 'snooze');
  if (toDate(input.until) <= toDate(input.now)) {
    throw new RangeError('A snooze needs a time in the future.');
  }
  return { ...enrollment, nextDueAt: toIso(firstWorkingInstant(input.until, input.settings)) };
}

/** Moves the current step to `at`, earlier or later, but never before the step that came before it. */
export function rescheduleStep(input: MoveInput & { at: Instant }): Enrollment {
  const enrollment = activeEnrollment(input, 'reschedule');
  const previous = enrollment.history
    .map((record) => record.at)
    .sort()
    .at(-1);
  if (previous && toDate(input.at) <= toDate(previous)) {
    throw new RangeError('A step cannot be moved before the step that came before it. Pick a later time.');
  }
  return { ...enrollment, nextDueAt: toIso(firstWorkingInstant(input.at, input.settings)) };
}
