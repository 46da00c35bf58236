import Dexie from 'dexie';
import { Cadence, Enrollment, Prospect, Task, Touch } from '../core/model';
import { MergeRecord } from '../core/prospects/merge-record';
import { enrollmentToKeep, mergeProspectFields } from '../core/prospects/merge-prospects';
import type { FifthTouchDatabase } from './database';
import type { WriteContext } from './follow-ups';
import { parseStored } from './stored-record-error';
import { putTouches, touchTables } from './touch-writes';

export interface MergeResult {
  survivorId: string;
  absorbedId: string;
  /** Hand this to undoMerge to put both records back. */
  mergeId: string;
  message: string;
}

function mergeTables(db: FifthTouchDatabase) {
  return [db.prospects, ...touchTables(db), db.tasks, db.enrollments, db.cadences, db.merges];
}

async function readProspect(db: FifthTouchDatabase, id: string): Promise<Prospect> {
  const record = await db.prospects.get(id);
  if (!record) throw new Error('One of the two prospects no longer exists. Reload and try again.');
  return parseStored(Prospect, 'prospects', record);
}

async function readOwned(db: FifthTouchDatabase, prospectId: string) {
  const [touches, tasks, enrollments] = await Promise.all([
    db.touches.where('[prospectId+at]').between([prospectId, Dexie.minKey], [prospectId, Dexie.maxKey]).toArray(),
    db.tasks.where('prospectId').equals(prospectId).toArray(),
    db.enrollments.where('prospectId').equals(prospectId).toArray(),
  ]);
  return {
    touches: touches.map((touch) => parseStored(Touch, 'touches', touch)),
    tasks: tasks.map((task) => parseStored(Task, 'tasks', task)),
    enrollments: enrollments
      .map((enrollment) => parseStored(Enrollment, 'enrollments', enrollment))
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt)),
  };
}

async function readCadences(db: FifthTouchDatabase, enrollments: Enrollment[]): Promise<Map<string, Cadence>> {
  const records = await db.cadences.bulkGet([...new Set(enrollments.map((enrollment) => enrollment.cadenceId))]);
  const cadences = records.flatMap((record) => (record ? [parseStored(Cadence, 'cadences', record)] : []));
  return new Map(cadences.map((cadence) => [cadence.id, cadence]));
}

/**
 * Makes two records of one person into one, in one transaction: the survivor (the record the rep
 * links from: the LinkedIn record from Gmail, the open record in its view) keeps its id and gains
 * what only the other knew; every touch, task and note of the other moves to
 * it; the enrollment further along is kept; the other record is deleted. The before-images go
 * into `merges`, so undoMerge restores both exactly.
 */
export async function mergeProspects(
  db: FifthTouchDatabase,
  survivorId: string,
  absorbedId: string,
  context: WriteContext,
): Promise<MergeResult> {
  if (survivorId === absorbedId) throw new Error('That is the same prospect; pick another record to link.');
  return db.transaction('rw', mergeTables(db), async () => {
    const survivor = await readProspect(db, survivorId);
    const absorbed = await readProspect(db, absorbedId);
    const [kept, gone] = await Promise.all([readOwned(db, survivor.id), readOwned(db, absorbed.id)]);
    const cadences = await readCadences(db, [...kept.enrollments, ...gone.enrollments]);
    const keep = enrollmentToKeep(kept.enrollments.at(-1), gone.enrollments.at(-1), cadences);
    const survivorEnrollmentDropped = keep !== undefined && keep.prospectId === absorbed.id;
    const droppedSurvivorEnrollments = survivorEnrollmentDropped ? kept.enrollments.slice(-1) : [];
    const record = MergeRecord.parse({
      id: context.newId(),
      at: context.now.toISOString(),
      survivorId: survivor.id,
      absorbedId: absorbed.id,
      survivorBefore: survivor,
      absorbedBefore: absorbed,
      touchesBefore: gone.touches,
      tasksBefore: gone.tasks,
      enrollmentsBefore: [...gone.enrollments, ...droppedSurvivorEnrollments],
    });
    await db.merges.add(record);
    await db.prospects.put(Prospect.parse(mergeProspectFields(survivor, absorbed)));
    await db.prospects.delete(absorbed.id);
    await putTouches(
      db,
      gone.touches.map((touch) => ({ ...touch, prospectId: survivor.id })),
    );
    await db.tasks.bulkPut(gone.tasks.map((task) => ({ ...task, prospectId: survivor.id })));
    await db.enrollments.bulkDelete(
      [...gone.enrollments, ...droppedSurvivorEnrollments].map((enrollment) => enrollment.id),
    );
    if (survivorEnrollmentDropped && keep) await db.enrollments.put({ ...keep, prospectId: survivor.id });
    return {
      survivorId: survivor.id,
      absorbedId: absorbed.id,
      mergeId: record.id,
      message: `${absorbed.name} is now part of ${survivor.name}: ${gone.touches.length} touch${gone.touches.length === 1 ? '' : 'es'} moved.`,
    };
  });
}

/**
 * Puts both records back as they were before the merge. Touches, tasks and notes added to the
 * survivor since stay with it; the merge record is used up.
 */
export async function undoMerge(db: FifthTouchDatabase, mergeId: string): Promise<{ prospectIds: string[] }> {
  return db.transaction('rw', mergeTables(db), async () => {
    const stored = await db.merges.get(mergeId);
    if (!stored) throw new Error('That merge was already undone or is no longer stored.');
    const merge = parseStored(MergeRecord, 'merges', stored);
    if (await db.prospects.get(merge.absorbedId)) {
      throw new Error(`${merge.absorbedBefore.name} exists again, so this merge cannot be undone.`);
    }
    if (!(await db.prospects.get(merge.survivorId))) {
      throw new Error(`${merge.survivorBefore.name} was deleted since the merge, so it cannot be undone.`);
    }
    await db.prospects.bulkPut([merge.survivorBefore, merge.absorbedBefore]);
    await db.tasks.bulkPut(merge.tasksBefore);
    // Same ids as before the merge: a moved enrollment is overwritten, a deleted one comes back.
    await db.enrollments.bulkPut(merge.enrollmentsBefore);
    await putTouches(db, merge.touchesBefore);
    await db.merges.delete(merge.id);
    return { prospectIds: [merge.survivorId, merge.absorbedId] };
  });
}
