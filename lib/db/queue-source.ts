import Dexie from 'dexie';
import { Cadence, Enrollment, Prospect, Task } from '../core/model';
import type { QueueInput } from '../core/queue/build-queue';
import { queueHorizon } from '../core/queue/queue-window';
import { TouchDigest } from '../core/queue/touch-digest';
import type { FifthTouchDatabase } from './database';
import { readSettings } from './seed';
import { parseStored } from './stored-record-error';

/**
 * Reads exactly what buildQueue needs through indexes: what is due up to the horizon, the
 * prospects it names and their touch digests. The cost follows what is due, not what is stored.
 */
export async function readQueueInput(db: FifthTouchDatabase, now: Date, homeTimeZone: string): Promise<QueueInput> {
  return db.transaction(
    'r',
    [db.settings, db.cadences, db.enrollments, db.tasks, db.prospects, db.touchDigests],
    async () => {
      const settings = await readSettings(db, homeTimeZone);
      const horizon = queueHorizon(now, settings);
      const [cadences, enrollments, tasks] = await Promise.all([
        db.cadences.toArray(),
        db.enrollments.where('nextDueAt').belowOrEqual(horizon).toArray(),
        db.tasks.where('[status+dueAt]').between(['open', Dexie.minKey], ['open', horizon], true, true).toArray(),
      ]);
      const prospectIds = [...new Set([...enrollments, ...tasks].map((record) => record.prospectId))];
      const [prospects, digests] = await Promise.all([
        db.prospects.bulkGet(prospectIds),
        db.touchDigests.bulkGet(prospectIds),
      ]);
      return {
        now,
        settings,
        cadences: cadences.map((record) => parseStored(Cadence, 'cadences', record)),
        enrollments: enrollments.map((record) => parseStored(Enrollment, 'enrollments', record)),
        tasks: tasks.map((record) => parseStored(Task, 'tasks', record)),
        prospects: prospects.flatMap((record) => (record ? [parseStored(Prospect, 'prospects', record)] : [])),
        touchDigests: digests.flatMap((record) => (record ? [parseStored(TouchDigest, 'touchDigests', record)] : [])),
      };
    },
  );
}
