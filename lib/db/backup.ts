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
import type { FifthTouchDatabase } from './database';

export type RestoreMode = 'replace' | 'merge';

/**
 * Exports every table as stored. Records are not re-validated here on purpose: a backup must
 * never lose a record because it is damaged; restore is where validation happens.
 */
export async function exportBackup(db: FifthTouchDatabase, now: Date): Promise<BackupDocument> {
  return db.transaction('r', db.allTables(), async () => ({
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

/** Validates the whole document, then writes all of it or nothing in one transaction. */
export async function restoreBackup(db: FifthTouchDatabase, raw: unknown, mode: RestoreMode): Promise<BackupCounts> {
  const document = parseBackup(raw);
  // Undo records of merges are not backed up: after a replace their before-images describe data
  // that is gone, so they go too.
  await db.transaction('rw', [...db.allTables(), db.merges], async () => {
    if (mode === 'replace') {
      await Promise.all([...db.allTables(), db.merges].map((table) => table.clear()));
    }
    await assertReferencesResolve(db, document, mode);
    for (const table of BACKUP_TABLES) {
      await db.table(table).bulkPut(document[table]);
    }
  });
  return countBackup(document);
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
