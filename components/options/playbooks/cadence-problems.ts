import type * as z from 'zod/mini';
import { Cadence, type CadenceStep } from '@/lib/core/model/cadence';
import { describeField } from '../settings/describe-field';

export interface CadenceProblems {
  name?: string;
  /** About the steps as a whole: none at all, or too many. */
  steps?: string;
  /** Per step, by index: the sentences to show beside it. */
  perStep: string[][];
}

const STEP_FIELD_LABELS: Record<string, string> = { day: 'Day', channels: 'Channels', intent: 'Intent' };

/** The schema says the days must go up; the rep needs to know which step breaks the order. */
function orderProblem(steps: CadenceStep[], index: number): string | undefined {
  const previous = steps[index - 1];
  const step = steps[index];
  if (!previous || !step || !Number.isInteger(step.day) || step.day > previous.day) return undefined;
  return `Day ${step.day} must come after step ${index}\u2019s day ${previous.day}: each step follows the one before it.`;
}

function stepIssueMessage(issue: z.core.$ZodIssue): string {
  if (issue.path[2] === 'channels' && issue.code === 'too_small') return 'Choose at least one channel.';
  if (issue.path[2] === 'day') return 'Day must be a whole number from 1 to 366.';
  return describeField(STEP_FIELD_LABELS[String(issue.path[2])] ?? 'This step', [issue]);
}

/** What is wrong with a playbook being edited, in sentences placed beside the fields they concern. */
export function findCadenceProblems(draft: { id: string; name: string; steps: CadenceStep[] }): CadenceProblems {
  const perStep = draft.steps.map((_, index) => {
    const order = orderProblem(draft.steps, index);
    return order ? [order] : [];
  });
  const result = Cadence.safeParse(draft);
  if (result.success) return { perStep };
  const problems: CadenceProblems = { perStep };
  for (const issue of result.error.issues) {
    const [field, index] = issue.path;
    if (field === 'name') {
      problems.name = issue.code === 'too_small' ? 'Give the playbook a name.' : describeField('The name', [issue]);
    } else if (field === 'steps' && typeof index === 'number') {
      const message = stepIssueMessage(issue);
      if (!perStep[index]?.includes(message)) perStep[index]?.push(message);
    } else if (field === 'steps' && issue.code !== 'custom') {
      problems.steps =
        issue.code === 'too_small' ? 'A playbook needs at least one step.' : describeField('Steps', [issue]);
    }
  }
  return problems;
}

export function hasProblems(problems: CadenceProblems): boolean {
  return (
    problems.name !== undefined || problems.steps !== undefined || problems.perStep.some((list) => list.length > 0)
  );
}
