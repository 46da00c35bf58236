import type { Enrollment, Task } from '../model';
import { makeDecideTask } from '../policies/decide-task';
import { currentDueAt, isFinished, type ScheduleContext } from './enrollment-state';
import { type Instant, toIso } from './instant';
import { omit } from './omit';

/** What a change to an enrollment produces: the new enrollment and any tasks the policies create. */
export interface EnrollmentChange {
  enrollment: Enrollment;
  tasks: Task[];
}

export interface AdvanceInput extends ScheduleContext {
  enrollment: Enrollment;
  status: 'done' | 'skipped';
  /** When the step was done or skipped (a touch may be logged after the fact). */
  at: Instant;
  now: Instant;
  newId: () => string;
}

/** Records the current step and makes the next one current; the end of the cadence may need a decision. */
export function completeCurrentStep(input: AdvanceInput): EnrollmentChange {
  const rest = omit(input.enrollment, 'nextDueAt');
  const advanced: Enrollment = {
    ...rest,
    stepIndex: rest.stepIndex + 1,
    channelsDone: [],
    history: [...rest.history, { index: rest.stepIndex, status: input.status, at: toIso(input.at) }],
  };
  if (!isFinished(advanced, input.cadence)) {
    return { enrollment: { ...advanced, nextDueAt: currentDueAt(advanced, input, input.now) }, tasks: [] };
  }
  const tasks = advanced.repliedAt
    ? []
    : [
        makeDecideTask({
          prospectId: advanced.prospectId,
          finishedAt: input.now,
          settings: input.settings,
          newId: input.newId,
        }),
      ];
  return { enrollment: advanced, tasks };
}
