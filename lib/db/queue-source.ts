import Dexie from 'dexie';
import { Cadence, Enrollment, Prospect, Task, type Settings } from '../core/model';
import { fillPlan, type QueueInput } from '../core/queue/build-queue';
import type { Queue } from '../core/queue/queue-item';
import { firstOfEachSection, planQueue, prospectIdsOf, queueBounds } from '../core/queue/queue-plan';
import type { QueueSection } from '../core/queue/queue-sections';
import { latestQueueHorizon, queueHorizon } from '../core/queue/queue-window';
import { TouchDigest } from '../core/queue/touch-digest';
import type { FifthTouchDatabase } from './database';
import { readSettings } from './seed';
import { countSections, readSectionHeads, readSpeedToLead } from './queue-page';
import { parseStored } from './stored-record-error';

function queueTables(db: FifthTouchDatabase) {
  return [db.settings, db.cadences, db.enrollments, db.tasks, db.prospects, db.touchDigests];
}

/** What is due up to the horizon, through two indexed range queries, and what places it. */
async function readDue(db: FifthTouchDatabase, now: Date, homeTimeZone: string) {
  const settings = await readSettings(db, homeTimeZone);
  const horizon = queueHorizon(now, settings);
  const [cadences, enrollments, tasks] = await Promise.all([
    readCadences(db),
    db.enrollments.where('nextDueAt').belowOrEqual(horizon).toArray(),
    db.tasks.where('[status+dueAt]').between(['open', Dexie.minKey], ['open', horizon], true, true).toArray(),
  ]);
  return {
    now,
    settings,
    cadences,
    enrollments: enrollments.map((record) => parseStored(Enrollment, 'enrollments', record)),
    tasks: tasks.map((record) => parseStored(Task, 'tasks', record)),
  };
}

async function readCadences(db: FifthTouchDatabase): Promise<Cadence[]> {
  return (await db.cadences.toArray()).map((record) => parseStored(Cadence, 'cadences', record));
}

async function readProspects(db: FifthTouchDatabase, ids: string[]): Promise<Prospect[]> {
  const records = await db.prospects.bulkGet(ids);
  return records.flatMap((record) => (record ? [parseStored(Prospect, 'prospects', record)] : []));
}

async function readDigests(db: FifthTouchDatabase, ids: string[]): Promise<TouchDigest[]> {
  const records = await db.touchDigests.bulkGet(ids);
  return records.flatMap((record) => (record ? [parseStored(TouchDigest, 'touchDigests', record)] : []));
}

/**
 * Reads exactly what buildQueue needs through indexes: what is due up to the horizon, the
 * prospects it names and their touch digests. The cost follows what is due, not what is stored.
 */
export async function readQueueInput(db: FifthTouchDatabase, now: Date, homeTimeZone: string): Promise<QueueInput> {
  return db.transaction('r', queueTables(db), async () => {
    const due = await readDue(db, now, homeTimeZone);
    const prospectIds = [...new Set([...due.enrollments, ...due.tasks].map((record) => record.prospectId))];
    const [prospects, touchDigests] = await Promise.all([readProspects(db, prospectIds), readDigests(db, prospectIds)]);
    return { ...due, prospects, touchDigests };
  });
}

/**
 * The queue as the popup shows it: every count exact through index counts, and only the first
 * items of each section read in full, so opening the popup reads what is on screen rather than
 * everyone due this week (counts and pages: queue-page.ts).
 */
export async function readQueuePage(
  db: FifthTouchDatabase,
  now: Date,
  homeTimeZone: string,
  limits: Record<QueueSection, number>,
): Promise<{ queue: Queue; touchDigests: TouchDigest[]; settings: Settings }> {
  return db.transaction('r', queueTables(db), async () => {
    // Three rounds of reads, each in parallel: what decides the bounds (and the leads, read up to
    // a bound past any zone's horizon), then counts and each section's first items, then their prospects.
    const [settings, cadences, leadsUpToLatest] = await Promise.all([
      readSettings(db, homeTimeZone),
      readCadences(db),
      readSpeedToLead(db, latestQueueHorizon(now)),
    ]);
    const bounds = queueBounds(now, settings);
    const speedToLead = leadsUpToLatest.filter(({ nextDueAt = '' }) => nextDueAt <= bounds.horizon);
    const [counts, heads] = await Promise.all([
      countSections(db, bounds, speedToLead),
      readSectionHeads(db, bounds, limits, speedToLead),
    ]);
    const leads = new Set(speedToLead.map((enrollment) => enrollment.prospectId));
    const plan = planQueue({ now, settings, cadences, ...heads, isInbound: (id) => leads.has(id) });
    const page = { ...firstOfEachSection(plan, limits), counts };
    const ids = prospectIdsOf(page);
    const [prospects, touchDigests] = await Promise.all([readProspects(db, ids), readDigests(db, ids)]);
    const queue = fillPlan(page, { cadences, prospects, touchDigests });
    return { queue, touchDigests, settings };
  });
}
