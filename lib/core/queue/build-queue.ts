import type { Cadence, Enrollment, Prospect, Settings, Task } from '../model';
import { channelsLeft } from '../schedule/enrollment-state';
import type { Instant } from '../schedule/instant';
import { isClosed } from '../schedule/stale-follow-ups';
import { stepLabel } from '../schedule/schedule-steps';
import { type Queue, type QueueItem, TASK_LABELS } from './queue-item';
import { planQueue, type QueuePlan, type QueueSlot } from './queue-plan';
import { QUEUE_SECTIONS, type QueueSection } from './queue-sections';
import type { TouchDigest } from './touch-digest';
import type { ProspectTouches } from './touch-summaries';

/**
 * Exactly what the indexed range queries yield: enrollments with nextDueAt <= queueHorizon, open
 * tasks with dueAt <= queueHorizon, the prospects they reference, and those prospects' touch digests.
 */
export interface QueueInput {
  now: Instant;
  settings: Settings;
  cadences: readonly Cadence[];
  enrollments: readonly Enrollment[];
  tasks: readonly Task[];
  prospects: readonly Prospect[];
  touchDigests: readonly TouchDigest[];
}

/** What filling a plan's slots needs: their prospects, digests and the cadences. */
export type QueueDetails = Pick<QueueInput, 'cadences' | 'prospects' | 'touchDigests'>;

const NO_TOUCHES: ProspectTouches = { lastTouch: null, yeses: [], followUps: 0 };

function isOpen(prospect: Prospect | undefined): prospect is Prospect {
  return prospect !== undefined && !isClosed(prospect);
}

/** The whole queue, from everything due up to the horizon. */
export function buildQueue(input: QueueInput): Queue {
  const prospects = new Map(input.prospects.map((prospect) => [prospect.id, prospect]));
  const plan = planQueue({
    ...input,
    isInbound: (prospectId) => prospects.get(prospectId)?.inbound ?? false,
    isLeftOut: (prospectId) => !isOpen(prospects.get(prospectId)),
  });
  return fillPlan(plan, input);
}

/**
 * Turns a plan's slots into queue items with their prospect, step and touches. A slot whose
 * prospect is missing or closed is left out; the counts stay the plan's.
 */
export function fillPlan(plan: QueuePlan, details: QueueDetails): Queue {
  const prospects = new Map(details.prospects.map((prospect) => [prospect.id, prospect]));
  const cadences = new Map(details.cadences.map((cadence) => [cadence.id, cadence]));
  const touches = new Map(
    details.touchDigests.map(({ prospectId, lastTouch, yeses, followUps }) => [
      prospectId,
      { lastTouch, yeses, followUps },
    ]),
  );
  const fill = (slot: QueueSlot): QueueItem[] => {
    const prospect = prospects.get(slot.prospectId);
    if (!isOpen(prospect)) return [];
    const base = {
      key: slot.key,
      prospect,
      dueAt: slot.dueAt,
      speedToLead: slot.speedToLead,
      ...(touches.get(prospect.id) ?? NO_TOUCHES),
    };
    if (slot.kind === 'task') {
      const task = slot.record as Task;
      return [
        { ...base, kind: 'task', label: TASK_LABELS[task.kind], taskId: task.id, taskKind: task.kind, note: task.note },
      ];
    }
    const enrollment = slot.record as Enrollment;
    const cadence = cadences.get(enrollment.cadenceId);
    const step = cadence?.steps[enrollment.stepIndex];
    if (!cadence || !step) return [];
    const position = { stepNumber: enrollment.stepIndex + 1, stepCount: cadence.steps.length };
    return [
      {
        ...base,
        kind: 'step',
        label: stepLabel(position),
        enrollmentId: enrollment.id,
        cadenceId: cadence.id,
        stepIndex: enrollment.stepIndex,
        ...position,
        channels: [...step.channels],
        channelsLeft: channelsLeft(enrollment, cadence),
        ...(step.intent ? { intent: step.intent } : {}),
      },
    ];
  };
  const [overdue = [], dueNow = [], laterToday = [], next7Days = []] = QUEUE_SECTIONS.map((section) =>
    plan[section].flatMap(fill),
  );
  // A slot left out here (its prospect closed or gone while it still had a due time) is not
  // counted either, so a section never promises items that "Show more" cannot bring.
  const counted = (section: QueueSection, items: QueueItem[]) =>
    plan.counts[section] - (plan[section].length - items.length);
  const counts = {
    overdue: counted('overdue', overdue),
    dueNow: counted('dueNow', dueNow),
    laterToday: counted('laterToday', laterToday),
    next7Days: counted('next7Days', next7Days),
  };
  return {
    overdue,
    dueNow,
    laterToday,
    next7Days,
    counts: { ...counts, dueToday: counts.overdue + counts.dueNow + counts.laterToday },
  };
}
