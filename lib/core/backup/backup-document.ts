import * as z from 'zod/mini';
import { Cadence, ContentItem, Enrollment, IsoDateTime, Prospect, Settings, Task, Touch } from '../model';

export const BACKUP_FORMAT = 'fifth-touch-backup';
/** The backup format's own version; it changes only when the document's shape does. */
export const BACKUP_VERSION = 1;

export const BackupDocument = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: IsoDateTime,
  prospects: z.array(Prospect),
  cadences: z.array(Cadence),
  enrollments: z.array(Enrollment),
  touches: z.array(Touch),
  tasks: z.array(Task),
  contentItems: z.array(ContentItem),
  settings: z.array(Settings).check(z.maxLength(1, 'at most one settings record')),
});
export type BackupDocument = z.infer<typeof BackupDocument>;

export const BACKUP_TABLES = [
  'prospects',
  'cadences',
  'enrollments',
  'touches',
  'tasks',
  'contentItems',
  'settings',
] as const satisfies readonly (keyof BackupDocument)[];

export type BackupCounts = Record<(typeof BACKUP_TABLES)[number], number>;

export function countBackup(document: Pick<BackupDocument, (typeof BACKUP_TABLES)[number]>): BackupCounts {
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, document[table].length])) as BackupCounts;
}
