import Dexie, { type EntityTable } from 'dexie';
import { BACKUP_TABLES } from '../core/backup/backup-document';
import type { Cadence, ContentItem, Enrollment, Prospect, Settings, Task, Touch } from '../core/model';
import type { MergeRecord } from '../core/prospects/merge-record';

export const DATABASE_NAME = 'fifth-touch';

/** Every table, in the order backups list them: a table's name is its backup array's name. */
export const TABLE_NAMES = BACKUP_TABLES;
export type TableName = (typeof TABLE_NAMES)[number];

/**
 * Version 1 indexes only what queries use: the queue reads enrollments and open tasks by due time,
 * a prospect's history by [prospectId+at], and detection looks prospects up by email or profile URL.
 * Shipped versions are append-only: a change adds `version(2)` with an upgrade and a test.
 */
export const SCHEMA_V1 = {
  prospects: 'id, email, linkedinUrl, status, createdAt',
  cadences: 'id',
  enrollments: 'id, prospectId, cadenceId, nextDueAt',
  touches: 'id, [prospectId+at], at',
  tasks: 'id, prospectId, [status+dueAt]',
  contentItems: 'id, kind',
  settings: 'id',
} satisfies Record<TableName, string>;

export class FifthTouchDatabase extends Dexie {
  prospects!: EntityTable<Prospect, 'id'>;
  cadences!: EntityTable<Cadence, 'id'>;
  enrollments!: EntityTable<Enrollment, 'id'>;
  touches!: EntityTable<Touch, 'id'>;
  tasks!: EntityTable<Task, 'id'>;
  contentItems!: EntityTable<ContentItem, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  merges!: EntityTable<MergeRecord, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores({ merges: 'id, at' });
  }

  /** All tables, for transactions that must cover everything (restore, clear). */
  allTables(): Dexie.Table[] {
    return TABLE_NAMES.map((tableName) => this.table(tableName));
  }
}
