import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  BackupRejectedError,
  countBackup,
  describeMissingReferences,
  findMissingReferences,
  parseBackup,
  type BackupCounts,
  type BackupDocument,
} from '../core/backup';
import { digestAllTouches } from '../core/queue/touch-digest';
import type { FifthTouchDatabase } from './database';
import { settleFollowUps } from './settle-follow-ups';
import { refreshTouchDigests } from './touch-writes';

export type RestoreMode = 'replace' | 'merge';

/**
 * Exports every table as stored. Records are not re-validated here on purpose: a backup must
 * never lose a record because it is damaged; restore is where validation happens.
 */
export async function exportBackup(db: FifthTouchDatabase, now: Date): Promise<BackupDocument> {
  return db.transaction('r', db.backupTables(), async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    prospects: await db.prospects.toArray(),
    cadences: await db.cadences.toArray(),
    enrollments: await db.enrollments.toArray(),
    touches: await db.touches.toArray(),
    tasks: await db.tasks.toArray(),
    contentItems: await db.contentItems.toArray(),
    settings: await db.settings.toArray(),
  }));
}

/**
 * Validates the whole document, then writes all of it or nothing in one transaction. A document
 * from an older version may hold due times that mean nothing to do (a closed deal's open task):
 * they are settled as of `now`, as the upgrade to version 3 settles stored ones.
 */
export async function restoreBackup(
  db: FifthTouchDatabase,
  raw: unknown,
  mode: RestoreMode,
  now: Date,
): Promise<BackupCounts> {
  const document = parseBackup(raw);
  await db.transaction('rw', db.allTables(), async () => {
    if (mode === 'replace') {
      await Promise.all(db.allTables().map((table) => table.clear()));
    }
    await assertReferencesResolve(db, document, mode);
    for (const table of BACKUP_TABLES) {
      await db.table(table).bulkPut(document[table]);
    }
    await rebuildDigests(db, document, mode);
    await settleFollowUps(db, now);
  });
  return countBackup(document);
}

/** Replace digests the document in memory; a merge re-reads, as its prospects may have stored touches too. */
async function rebuildDigests(db: FifthTouchDatabase, document: BackupDocument, mode: RestoreMode): Promise<void> {
  if (mode === 'replace') {
    await db.touchDigests.bulkPut(digestAllTouches(document.touches));
    return;
  }
  await refreshTouchDigests(
    db,
    document.touches.map((touch) => touch.prospectId),
  );
}

async function assertReferencesResolve(
  db: FifthTouchDatabase,
  document: BackupDocument,
  mode: RestoreMode,
): Promise<void> {
  const missing = findMissingReferences(document);
  if (mode === 'merge') {
    // In a merge, a reference may point at a record that is already in the database.
    const prospectIds = [...missing.prospectIds];
    const cadenceIds = [...missing.cadenceIds];
    const prospects = await db.prospects.bulkGet(prospectIds);
    const cadences = await db.cadences.bulkGet(cadenceIds);
    prospectIds.forEach((id, index) => prospects[index] && missing.prospectIds.delete(id));
    cadenceIds.forEach((id, index) => cadences[index] && missing.cadenceIds.delete(id));
  }
  const problem = describeMissingReferences(missing);
  if (problem) throw new BackupRejectedError(problem);
}
