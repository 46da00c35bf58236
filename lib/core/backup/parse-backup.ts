import { describeIssues } from '../validation/describe-issues';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupDocument } from './backup-document';

/** Why a backup cannot be restored, in words a rep can act on. Nothing was written. */
export class BackupRejectedError extends Error {
  constructor(reason: string) {
    super(`This backup cannot be restored, and nothing was changed: ${reason}`);
    this.name = 'BackupRejectedError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates the whole document before anything is written; the first two checks give plainer words. */
export function parseBackup(raw: unknown): BackupDocument {
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT) {
    throw new BackupRejectedError('it is not a Fifth Touch backup (its "format" is not "fifth-touch-backup").');
  }
  if (typeof raw.version === 'number' && raw.version > BACKUP_VERSION) {
    throw new BackupRejectedError(
      `it was made by a newer Fifth Touch (backup version ${raw.version}, this one reads ${BACKUP_VERSION}). Update the extension first.`,
    );
  }
  const result = BackupDocument.safeParse(raw);
  if (!result.success) throw new BackupRejectedError(describeIssues(result.error));
  const problems = findDuplicateIds(result.data);
  if (problems.length > 0) throw new BackupRejectedError(problems.join(' '));
  return result.data;
}

function findDuplicateIds(document: BackupDocument): string[] {
  const tables = {
    prospects: document.prospects,
    cadences: document.cadences,
    enrollments: document.enrollments,
    touches: document.touches,
    tasks: document.tasks,
    contentItems: document.contentItems,
  };
  return Object.entries(tables).flatMap(([table, records]) => {
    const seen = new Set<string>();
    const duplicate = records.find((record) => (seen.has(record.id) ? true : (seen.add(record.id), false)));
    return duplicate ? [`${table} lists the id "${duplicate.id}" twice.`] : [];
  });
}
