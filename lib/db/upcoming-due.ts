import Dexie from 'dexie';
import type { FifthTouchDatabase } from './database';

/**
 * The earliest due time strictly after `now` among enrollments and open tasks: the first key of
 * each index range, so the cost does not grow with what is stored. It may name a closed
 * prospect's step; a wake-up for it finds nothing to show and simply re-arms.
 */
export async function readEarliestUpcomingDue(db: FifthTouchDatabase, now: Date): Promise<string | null> {
  const after = now.toISOString();
  return db.transaction('r', [db.enrollments, db.tasks], async () => {
    const [enrollment, task] = await Promise.all([
      db.enrollments.where('nextDueAt').above(after).first(),
      db.tasks.where('[status+dueAt]').between(['open', after], ['open', Dexie.maxKey], false, true).first(),
    ]);
    const times = [enrollment?.nextDueAt, task?.dueAt].filter((time): time is string => time !== undefined);
    return times.sort()[0] ?? null;
  });
}
