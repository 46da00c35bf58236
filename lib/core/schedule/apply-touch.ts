import type { Enrollment, Prospect, Touch } from '../model';
import { isFollowUp } from '../policies/five-nos';
import { tasksForTouch } from '../policies/touch-tasks';
import { completeCurrentStep, type EnrollmentChange } from './advance-step';
import { channelsLeft, isFinished, isPaused, type ScheduleContext, settlePause } from './enrollment-state';
import { type Instant, toIso } from './instant';
import { omit } from './omit';

export interface ApplyTouchInput extends ScheduleContext {
  enrollment: Enrollment;
  prospect: Pick<Prospect, 'id' | 'timeZone'>;
  touch: Touch;
  now: Instant;
  newId: () => string;
}

/** A touch moves the current step only if it is the rep's, on one of its channels, and not for another step. */
function countsForCurrentStep(input: ApplyTouchInput, enrollment: Enrollment): boolean {
  const { touch, cadence } = input;
  if (isFinished(enrollment, cadence) || isPaused(enrollment, input.now) || !isFollowUp(touch)) return false;
  if (touch.stepIndex !== undefined && touch.stepIndex !== enrollment.stepIndex) return false;
  return channelsLeft(enrollment, cadence).includes(touch.channel);
}

/** A reply stops the cadence until the rep resumes it (the respond task says what to do). */
function pauseForReply(enrollment: Enrollment, touch: Touch, now: Instant): Enrollment {
  return {
    ...omit(enrollment, 'nextDueAt', 'pausedUntil'),
    repliedAt: toIso(touch.at),
    pausedAt: enrollment.pausedAt ?? toIso(now),
  };
}

export function applyTouch(input: ApplyTouchInput): EnrollmentChange {
  const { touch, prospect, settings, newId, now } = input;
  if (touch.prospectId !== input.enrollment.prospectId) {
    throw new RangeError(`Touch ${touch.id} is for another prospect than enrollment ${input.enrollment.id}.`);
  }
  const enrollment = settlePause(input.enrollment, now, settings);
  const touchTasks = tasksForTouch({ touch, prospect, settings, newId });
  if (touch.outcome === 'replied') {
    const replied = isFinished(enrollment, input.cadence)
      ? { ...enrollment, repliedAt: toIso(touch.at) }
      : pauseForReply(enrollment, touch, now);
    return { enrollment: replied, tasks: touchTasks };
  }
  if (!countsForCurrentStep(input, enrollment)) return { enrollment, tasks: touchTasks };
  const touched: Enrollment = { ...enrollment, channelsDone: [...enrollment.channelsDone, touch.channel] };
  if (channelsLeft(touched, input.cadence).length > 0) return { enrollment: touched, tasks: touchTasks };
  const change = completeCurrentStep({ ...input, enrollment: touched, status: 'done', at: touch.at });
  return { enrollment: change.enrollment, tasks: [...touchTasks, ...change.tasks] };
}
