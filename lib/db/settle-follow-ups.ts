import Dexie from 'dexie';
import { Cadence, Enrollment, Prospect, Task } from '../core/model';
import { settleEnrollment, settleTask } from '../core/schedule/stale-follow-ups';

/** A database or an upgrade's transaction: both reach tables by name. */
interface Tables {
  table(name: string): Dexie.Table;
}

type Schema<T> = { safeParse(record: unknown): { success: true; data: T } | { success: false } };

/** Records by id; a damaged one is named in `damaged` so nothing is settled on its account. */
function byId<T extends { id: string }>(schema: Schema<T>, records: unknown[]) {
  const valid = new Map<string, T>();
  const damaged = new Set<string>();
  for (const record of records) {
    if (record === undefined) continue;
    const parsed = schema.safeParse(record);
    if (parsed.success) valid.set(parsed.data.id, parsed.data);
    else damaged.add(String((record as { id?: unknown }).id));
  }
  return { valid, damaged };
}

/**
 * Puts right every due time that means nothing to do: an enrollment of a closed prospect, a
 * finished one, one paused with no end; and the open tasks of closed prospects. The queue counts
 * through indexes and trusts that invariant, so the upgrade to version 3 and every restore (whose
 * document may come from an older version) run this in their transaction. Nothing is settled on
 * account of a damaged record: the code that reads it reports it.
 */
export async function settleFollowUps(tables: Tables, now: Date): Promise<void> {
  const [enrollmentRecords, taskRecords, cadenceRecords] = await Promise.all([
    tables.table('enrollments').where('nextDueAt').aboveOrEqual(Dexie.minKey).toArray(),
    tables.table('tasks').where('[status+dueAt]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).toArray(),
    tables.table('cadences').toArray(),
  ]);
  const enrollments = [...byId(Enrollment, enrollmentRecords).valid.values()];
  const tasks = [...byId(Task, taskRecords).valid.values()];
  const prospectIds = [...new Set([...enrollments, ...tasks].map((record) => record.prospectId))];
  const prospects = byId(Prospect, await tables.table('prospects').bulkGet(prospectIds));
  const cadences = byId(Cadence, cadenceRecords);
  const owners = { prospects: prospects.valid, cadences: cadences.valid };
  const settledEnrollments = enrollments
    .filter(
      (enrollment) => !prospects.damaged.has(enrollment.prospectId) && !cadences.damaged.has(enrollment.cadenceId),
    )
    .flatMap((enrollment) => settleEnrollment(enrollment, owners) ?? []);
  const settledTasks = tasks
    .filter((task) => !prospects.damaged.has(task.prospectId))
    .flatMap((task) => settleTask(task, owners, now.toISOString()) ?? []);
  await Promise.all([
    tables.table('enrollments').bulkPut(settledEnrollments),
    tables.table('tasks').bulkPut(settledTasks),
  ]);
}
