import { Enrollment, Task } from '../core/model';
import { omit } from '../core/schedule/omit';
import type { FifthTouchDatabase } from './database';
import { parseStored } from './stored-record-error';

/** Old enrollments stay for their history, but nothing of theirs is due any more. */
export async function stopEnrollments(db: FifthTouchDatabase, prospectId: string): Promise<void> {
  const enrollments = await db.enrollments.where('prospectId').equals(prospectId).toArray();
  await db.enrollments.bulkPut(
    enrollments.map((enrollment) =>
      Enrollment.parse(omit(parseStored(Enrollment, 'enrollments', enrollment), 'nextDueAt')),
    ),
  );
}

/**
 * A closed deal (won or lost) leaves no to-do behind: its open tasks are done as of `now`, so
 * the queue's counts, which read the open-task index, never count them. Callers hold a
 * transaction over enrollments and tasks.
 */
export async function closeFollowUps(db: FifthTouchDatabase, prospectId: string, now: Date): Promise<void> {
  await stopEnrollments(db, prospectId);
  const tasks = await db.tasks.where('prospectId').equals(prospectId).toArray();
  const open = tasks.map((task) => parseStored(Task, 'tasks', task)).filter((task) => task.status === 'open');
  await db.tasks.bulkPut(open.map((task) => ({ ...task, status: 'done', doneAt: now.toISOString() })));
}
