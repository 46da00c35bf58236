import Dexie from 'dexie';
import { Enrollment, Prospect, Task } from '../core/model';
import { isNewcomer, type QueueBounds, type QueueCounts } from '../core/queue/queue-plan';
import { QUEUE_SECTIONS, type QueueSection } from '../core/queue/queue-sections';
import { isSpeedToLead } from '../core/policies/speed-to-lead';
import type { FifthTouchDatabase } from './database';
import { parseStored } from './stored-record-error';

/** One section's due times as an index range. */
interface DueRange {
  lower: string | typeof Dexie.minKey;
  upper: string;
  includeLower: boolean;
  includeUpper: boolean;
}

/** The same boundaries planQueue sorts by (queue-plan.ts sortIntoSections), as index ranges. */
function sectionRanges({ startOfToday, now, endOfToday, horizon }: QueueBounds): Record<QueueSection, DueRange> {
  return {
    overdue: { lower: Dexie.minKey, upper: startOfToday, includeLower: true, includeUpper: false },
    dueNow: { lower: startOfToday, upper: now, includeLower: true, includeUpper: true },
    laterToday: { lower: now, upper: endOfToday, includeLower: false, includeUpper: true },
    next7Days: { lower: endOfToday, upper: horizon, includeLower: false, includeUpper: true },
  };
}

function dueSteps(db: FifthTouchDatabase, range: DueRange) {
  return db.enrollments.where('nextDueAt').between(range.lower, range.upper, range.includeLower, range.includeUpper);
}

function openTasks(db: FifthTouchDatabase, range: DueRange) {
  return db.tasks
    .where('[status+dueAt]')
    .between(['open', range.lower], ['open', range.upper], range.includeLower, range.includeUpper);
}

/** The first `limit` records of a range in index order; a limit of Infinity reads them all. */
function firstOf<T>(collection: Dexie.Collection<T>, limit: number): Promise<T[]> {
  if (limit <= 0) return Promise.resolve([]);
  return Number.isFinite(limit) ? collection.limit(limit).toArray() : collection.toArray();
}

/**
 * Inbound leads still waiting for their first touch, due up to `upTo`: the only items that jump
 * ahead of due-time order, found through `[stepIndex+nextDueAt]` so nothing else is read.
 */
export async function readSpeedToLead(db: FifthTouchDatabase, upTo: string): Promise<Enrollment[]> {
  const firstSteps = await db.enrollments
    .where('[stepIndex+nextDueAt]')
    .between([0, Dexie.minKey], [0, upTo], true, true)
    .toArray();
  const newcomers = firstSteps
    .map((record) => parseStored(Enrollment, 'enrollments', record))
    .filter((enrollment) => isNewcomer(enrollment));
  if (newcomers.length === 0) return [];
  const prospects = await db.prospects.bulkGet([...new Set(newcomers.map((enrollment) => enrollment.prospectId))]);
  const inbound = new Set(
    prospects.flatMap((record) => {
      const prospect = record ? parseStored(Prospect, 'prospects', record) : undefined;
      return prospect?.inbound ? [prospect.id] : [];
    }),
  );
  return newcomers.filter((enrollment) => isSpeedToLead({ inbound: inbound.has(enrollment.prospectId) }, enrollment));
}

/**
 * Every section's count through index counts, reading no record. Settled due times
 * (settle-follow-ups.ts) make them exact; speed-to-lead items due later today count as due now,
 * where planQueue shows them.
 */
export async function countSections(
  db: FifthTouchDatabase,
  bounds: QueueBounds,
  speedToLead: readonly Enrollment[],
): Promise<QueueCounts> {
  const ranges = sectionRanges(bounds);
  const totals = await Promise.all(
    QUEUE_SECTIONS.map(async (section) => {
      const [steps, tasks] = await Promise.all([
        dueSteps(db, ranges[section]).count(),
        openTasks(db, ranges[section]).count(),
      ]);
      return steps + tasks;
    }),
  );
  const [overdue = 0, dueNow = 0, laterToday = 0, next7Days = 0] = totals;
  const leadsLaterToday = speedToLead.filter(
    ({ nextDueAt = '' }) => nextDueAt > bounds.now && nextDueAt <= bounds.endOfToday,
  ).length;
  const counts = { overdue, dueNow: dueNow + leadsLaterToday, laterToday: laterToday - leadsLaterToday, next7Days };
  return { ...counts, dueToday: counts.overdue + counts.dueNow + counts.laterToday };
}

/**
 * The first `limits[section]` enrollments and open tasks of each section in due-time order (the
 * order planQueue sorts by), plus as many enrollments again as there are speed-to-lead items, which
 * planQueue moves to the top: the first items of every section are among what this returns.
 */
export async function readSectionHeads(
  db: FifthTouchDatabase,
  bounds: QueueBounds,
  limits: Record<QueueSection, number>,
  speedToLead: readonly Enrollment[],
): Promise<{ enrollments: Enrollment[]; tasks: Task[] }> {
  const ranges = sectionRanges(bounds);
  const heads = await Promise.all(
    QUEUE_SECTIONS.map((section) =>
      Promise.all([
        firstOf(dueSteps(db, ranges[section]), limits[section] + speedToLead.length),
        firstOf(openTasks(db, ranges[section]), limits[section]),
      ]),
    ),
  );
  const leads = new Set(speedToLead.map((enrollment) => enrollment.id));
  return {
    enrollments: [
      ...speedToLead,
      ...heads
        .flatMap(([enrollments]) => enrollments)
        .map((record) => parseStored(Enrollment, 'enrollments', record))
        .filter((enrollment) => !leads.has(enrollment.id)),
    ],
    tasks: heads.flatMap(([, tasks]) => tasks).map((record) => parseStored(Task, 'tasks', record)),
  };
}
