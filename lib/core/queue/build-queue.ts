import type { Cadence, Enrollment, Prospect, Settings, Task } from '../model';
import { isSpeedToLead } from '../policies/speed-to-lead';
import { channelsLeft, isFinished, isPaused } from '../schedule/enrollment-state';
import { type Instant, toIso } from '../schedule/instant';
import { stepLabel } from '../schedule/schedule-steps';
import { type Queue, type QueueItem, TASK_LABELS } from './queue-item';
import { endOfRepDay, queueHorizon, startOfRepDay } from './queue-window';
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

// Closed prospects keep their enrollments for history, but nothing of theirs is to do.
const CLOSED: ReadonlySet<Prospect['status']> = new Set(['won', 'lost']);
const NO_TOUCHES: ProspectTouches = { lastTouch: null, yeses: [], followUps: 0 };

function touchesOf({ lastTouch, yeses, followUps }: TouchDigest): ProspectTouches {
  return { lastTouch, yeses, followUps };
}

function compareItems(first: QueueItem, second: QueueItem): number {
  return (
    Number(second.speedToLead) - Number(first.speedToLead) ||
    first.dueAt.localeCompare(second.dueAt) ||
    first.prospect.name.localeCompare(second.prospect.name) ||
    first.key.localeCompare(second.key)
  );
}

export function buildQueue(input: QueueInput): Queue {
  const now = toIso(input.now);
  const horizon = queueHorizon(now, input.settings);
  const prospects = new Map(input.prospects.map((prospect) => [prospect.id, prospect]));
  const cadences = new Map(input.cadences.map((cadence) => [cadence.id, cadence]));
  const touches = new Map(input.touchDigests.map((digest) => [digest.prospectId, touchesOf(digest)]));
  const items: QueueItem[] = [];

  for (const enrollment of input.enrollments) {
    const prospect = prospects.get(enrollment.prospectId);
    const cadence = cadences.get(enrollment.cadenceId);
    const { nextDueAt } = enrollment;
    if (!prospect || !cadence || !nextDueAt || nextDueAt > horizon || CLOSED.has(prospect.status)) continue;
    const step = cadence.steps[enrollment.stepIndex];
    if (!step || isFinished(enrollment, cadence) || (isPaused(enrollment, now) && !enrollment.pausedUntil)) continue;
    const position = { stepNumber: enrollment.stepIndex + 1, stepCount: cadence.steps.length };
    items.push({
      kind: 'step',
      key: `step:${enrollment.id}`,
      prospect,
      dueAt: nextDueAt,
      speedToLead: isSpeedToLead(prospect, enrollment),
      label: stepLabel(position),
      ...(touches.get(prospect.id) ?? NO_TOUCHES),
      enrollmentId: enrollment.id,
      cadenceId: cadence.id,
      stepIndex: enrollment.stepIndex,
      ...position,
      channels: [...step.channels],
      channelsLeft: channelsLeft(enrollment, cadence),
      ...(step.intent ? { intent: step.intent } : {}),
    });
  }

  for (const task of input.tasks) {
    const prospect = prospects.get(task.prospectId);
    if (!prospect || task.doneAt || task.dueAt > horizon) continue;
    items.push({
      kind: 'task',
      key: `task:${task.id}`,
      prospect,
      dueAt: task.dueAt,
      speedToLead: false,
      label: TASK_LABELS[task.kind],
      ...(touches.get(prospect.id) ?? NO_TOUCHES),
      taskId: task.id,
      taskKind: task.kind,
      note: task.note,
    });
  }

  return sortIntoBuckets(items, now, startOfRepDay(now, input.settings), endOfRepDay(now, input.settings));
}

/** ISO strings in one canonical form compare as instants, so buckets need no date parsing. */
function sortIntoBuckets(items: QueueItem[], now: string, startOfToday: string, endOfToday: string): Queue {
  const queue: Queue = { overdue: [], dueNow: [], laterToday: [], next7Days: [], counts: { dueToday: 0, overdue: 0 } };
  for (const item of items) {
    if (item.dueAt < startOfToday) queue.overdue.push(item);
    else if (item.dueAt <= now || (item.speedToLead && item.dueAt <= endOfToday)) queue.dueNow.push(item);
    else if (item.dueAt <= endOfToday) queue.laterToday.push(item);
    else queue.next7Days.push(item);
  }
  for (const bucket of [queue.overdue, queue.dueNow, queue.laterToday, queue.next7Days]) bucket.sort(compareItems);
  queue.counts = {
    dueToday: queue.overdue.length + queue.dueNow.length + queue.laterToday.length,
    overdue: queue.overdue.length,
  };
  return queue;
}
