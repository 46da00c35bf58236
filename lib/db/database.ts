import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { BACKUP_TABLES } from '../core/backup/backup-document';
import {
  Touch,
  type Cadence,
  type ContentItem,
  type Enrollment,
  type Prospect,
  type Settings,
  type Task,
} from '../core/model';
import { digestAllTouches, type TouchDigest } from '../core/queue/touch-digest';
import type { MergeRecord } from '../core/prospects/merge-record';
import { settleFollowUps } from './settle-follow-ups';

export const DATABASE_NAME = 'fifth-touch';

/** The tables a backup holds, in its order: a table's name is its backup array's name. */
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

/**
 * Version 2 adds one derived table: each prospect's touch digest (lib/core/queue/touch-digest.ts),
 * so the queue reads one record per due prospect instead of its history. Backups leave it out; it
 * is rebuilt from the touches by the upgrade and by every restore. It also adds `merges`, the undo
 * records of linking two prospects (lib/db/prospect-merge.ts): not backed up, cleared by a replace.
 */
export const SCHEMA_V2 = { touchDigests: 'prospectId', merges: 'id, at' };

/**
 * Version 1 → 2: digest every stored touch. A damaged touch is left out of the digest rather than
 * failing the upgrade (which would lock the rep out of everything); reading it still raises.
 */
export async function digestStoredTouches(transaction: Transaction): Promise<void> {
  const stored: unknown[] = await transaction.table('touches').toArray();
  const touches = stored.flatMap((record) => {
    const parsed = Touch.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
  await transaction.table('touchDigests').bulkPut(digestAllTouches(touches));
}

/**
 * Version 3 lets the queue count and page through indexes instead of reading everything due this
 * week: `[stepIndex+nextDueAt]` finds the enrollments still on their first step (speed-to-lead
 * candidates) without reading the rest, and `dealValue` lets the pipeline read only prospects with
 * a deal. The upgrade settles due times that mean nothing to do
 * (settle-follow-ups.ts), because counts through an index trust them.
 */
export const SCHEMA_V3 = {
  prospects: 'id, email, linkedinUrl, status, createdAt, dealValue',
  enrollments: 'id, prospectId, cadenceId, nextDueAt, [stepIndex+nextDueAt]',
};

export class FifthTouchDatabase extends Dexie {
  prospects!: EntityTable<Prospect, 'id'>;
  cadences!: EntityTable<Cadence, 'id'>;
  enrollments!: EntityTable<Enrollment, 'id'>;
  touches!: EntityTable<Touch, 'id'>;
  tasks!: EntityTable<Task, 'id'>;
  contentItems!: EntityTable<ContentItem, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  touchDigests!: EntityTable<TouchDigest, 'prospectId'>;
  merges!: EntityTable<MergeRecord, 'id'>;

  /** `now` dates what the upgrade to version 3 settles (closed deals' open tasks are done as of it). */
  constructor(now: () => Date, name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(digestStoredTouches);
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((transaction) => settleFollowUps(transaction, now()));
  }

  /** The tables a backup holds, for exports. */
  backupTables(): Dexie.Table[] {
    return TABLE_NAMES.map((tableName) => this.table(tableName));
  }

  /** Every table, derived ones included, for transactions that must cover everything (restore, clear). */
  allTables(): Dexie.Table[] {
    return [...this.backupTables(), this.touchDigests, this.merges];
  }
}
