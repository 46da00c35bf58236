import type { Channel, ContentKind } from '../model';
import { stepAt } from './cadence-steps';
import { type DueAtForStepInput, dueAtForStep } from './due-at-for-step';

/** One step with its place in the cadence ("Step 3 of 9") and its due time. */
export interface ScheduledStep {
  stepIndex: number;
  stepNumber: number;
  stepCount: number;
  day: number;
  channels: Channel[];
  intent?: ContentKind;
  dueAt: string;
}

export function stepLabel(position: { stepNumber: number; stepCount: number }): string {
  return `Step ${position.stepNumber} of ${position.stepCount}`;
}

export function scheduleStep(input: DueAtForStepInput): ScheduledStep {
  const dueAt = dueAtForStep(input);
  const step = stepAt(input.cadence, input.stepIndex);
  return {
    stepIndex: input.stepIndex,
    stepNumber: input.stepIndex + 1,
    stepCount: input.cadence.steps.length,
    day: step.day,
    channels: [...step.channels],
    ...(step.intent ? { intent: step.intent } : {}),
    dueAt,
  };
}

/**
 * The whole plan from the start, assuming each step is done when due: what the rep sees before
 * enrolling, and what the invariants (working time, order) are checked against.
 */
export function scheduleSteps(
  input: Omit<DueAtForStepInput, 'stepIndex' | 'previousAt' | 'notBefore'>,
): ScheduledStep[] {
  const plan: ScheduledStep[] = [];
  input.cadence.steps.forEach((_step, stepIndex) => {
    const previous = plan[stepIndex - 1];
    plan.push(
      scheduleStep({
        ...input,
        stepIndex,
        notBefore: input.startedAt,
        ...(previous ? { previousAt: previous.dueAt } : {}),
      }),
    );
  });
  return plan;
}
