import type { Cadence, Enrollment, Settings, Task } from '../model';
import { isSpeedToLead } from '../policies/speed-to-lead';
import { hasStepToDo } from '../schedule/enrollment-state';
import { type Instant, toIso } from '../schedule/instant';
import { endOfRepDay, queueHorizon, startOfRepDay } from './queue-window';
import { QUEUE_SECTIONS, type QueueSection } from './queue-sections';

/** Where one step or task goes in the queue, decided without reading its prospect. */
export interface QueueSlot {
  kind: 'step' | 'task';
  /** Stable and unique in a queue: "step:<enrollment id>" or "task:<task id>". */
  key: string;
  prospectId: string;
  dueAt: string;
  speedToLead: boolean;
  record: Enrollment | Task;
}

export interface QueueCounts {
  /** Overdue + due now + later today: the toolbar badge. */
  dueToday: number;
  overdue: number;
  dueNow: number;
  laterToday: number;
  next7Days: number;
}

export interface QueuePlanInput {
  now: Instant;
  settings: Settings;
  cadences: readonly Cadence[];
  enrollments: readonly Enrollment[];
  tasks: readonly Task[];
  /** Inbound leads waiting for their first touch go first; only new enrollments are asked about. */
  isInbound: (prospectId: string) => boolean;
  /** Prospects whose items are left out (closed, or no longer stored), when the caller knows them. */
  isLeftOut?: (prospectId: string) => boolean;
}

export type QueuePlan = Record<QueueSection, QueueSlot[]> & { counts: QueueCounts };

/** Code-unit order, as IndexedDB orders keys: the first items of a section read through an index are the section's first items. */
function compareText(first: string, second: string): number {
  if (first === second) return 0;
  return first < second ? -1 : 1;
}

function compareSlots(first: QueueSlot, second: QueueSlot): number {
  return (
    Number(second.speedToLead) - Number(first.speedToLead) ||
    compareText(first.dueAt, second.dueAt) ||
    compareText(first.key, second.key)
  );
}

/** Where the sections start and end, as canonical ISO strings: each section is a range of due times. */
export interface QueueBounds {
  startOfToday: string;
  now: string;
  endOfToday: string;
  horizon: string;
}

export function queueBounds(now: Instant, settings: Pick<Settings, 'timeZone'>): QueueBounds {
  return {
    startOfToday: startOfRepDay(now, settings),
    now: toIso(now),
    endOfToday: endOfRepDay(now, settings),
    horizon: queueHorizon(now, settings),
  };
}

export function isNewcomer(enrollment: Enrollment): boolean {
  return enrollment.stepIndex === 0 && enrollment.history.length === 0 && enrollment.channelsDone.length === 0;
}

/**
 * Sorts what is due up to the horizon into the queue's sections, in display order, from the
 * enrollments and tasks alone: the counts are exact and a page of the queue needs only the
 * prospects it shows.
 */
export function planQueue(input: QueuePlanInput): QueuePlan {
  const bounds = queueBounds(input.now, input.settings);
  const { horizon } = bounds;
  const cadences = new Map(input.cadences.map((cadence) => [cadence.id, cadence]));
  const leftOut = input.isLeftOut ?? (() => false);
  const slots: QueueSlot[] = [];

  for (const enrollment of input.enrollments) {
    const cadence = cadences.get(enrollment.cadenceId);
    const { nextDueAt } = enrollment;
    if (!nextDueAt || nextDueAt > horizon || leftOut(enrollment.prospectId)) continue;
    if (!hasStepToDo(enrollment, cadence)) continue;
    slots.push({
      kind: 'step',
      key: `step:${enrollment.id}`,
      prospectId: enrollment.prospectId,
      dueAt: nextDueAt,
      speedToLead:
        isNewcomer(enrollment) && isSpeedToLead({ inbound: input.isInbound(enrollment.prospectId) }, enrollment),
      record: enrollment,
    });
  }
  for (const task of input.tasks) {
    if (task.doneAt || task.dueAt > horizon || leftOut(task.prospectId)) continue;
    slots.push({
      kind: 'task',
      key: `task:${task.id}`,
      prospectId: task.prospectId,
      dueAt: task.dueAt,
      speedToLead: false,
      record: task,
    });
  }
  return sortIntoSections(slots, bounds);
}

/** ISO strings in one canonical form compare as instants, so sections need no date parsing. */
function sortIntoSections(slots: QueueSlot[], { startOfToday, now, endOfToday }: QueueBounds): QueuePlan {
  const plan: Record<QueueSection, QueueSlot[]> = { overdue: [], dueNow: [], laterToday: [], next7Days: [] };
  for (const slot of slots) {
    if (slot.dueAt < startOfToday) plan.overdue.push(slot);
    else if (slot.dueAt <= now || (slot.speedToLead && slot.dueAt <= endOfToday)) plan.dueNow.push(slot);
    else if (slot.dueAt <= endOfToday) plan.laterToday.push(slot);
    else plan.next7Days.push(slot);
  }
  for (const section of QUEUE_SECTIONS) plan[section].sort(compareSlots);
  const { overdue, dueNow, laterToday, next7Days } = plan;
  return {
    ...plan,
    counts: {
      dueToday: overdue.length + dueNow.length + laterToday.length,
      overdue: overdue.length,
      dueNow: dueNow.length,
      laterToday: laterToday.length,
      next7Days: next7Days.length,
    },
  };
}

/** The first `limits[section]` slots of each section; the counts stay those of the whole plan. */
export function firstOfEachSection(plan: QueuePlan, limits: Record<QueueSection, number>): QueuePlan {
  const page = { ...plan };
  for (const section of QUEUE_SECTIONS) page[section] = plan[section].slice(0, limits[section]);
  return page;
}

/** Every prospect a plan's slots name, once. */
export function prospectIdsOf(plan: QueuePlan): string[] {
  return [...new Set(QUEUE_SECTIONS.flatMap((section) => plan[section].map((slot) => slot.prospectId)))];
}
