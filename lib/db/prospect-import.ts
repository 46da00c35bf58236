import { planImport, type ImportedProspect } from '../core/csv';
import { DEFAULT_CADENCE_ID, Enrollment, Prospect } from '../core/model';
import { startEnrollment } from '../core/schedule';
import type { FifthTouchDatabase } from './database';
import { followUpTables, readCadence, type WriteContext } from './follow-ups';
import { readSettings } from './seed';
import { parseStored } from './stored-record-error';

export interface ImportCounts {
  created: number;
  merged: number;
}

/** The stored prospects that share an email or a LinkedIn URL with any imported row. */
async function findKnown(db: FifthTouchDatabase, rows: readonly ImportedProspect[]): Promise<Prospect[]> {
  const emails = rows.flatMap((row) => (row.email ? [row.email] : []));
  const urls = rows.flatMap((row) => (row.linkedinUrl ? [row.linkedinUrl] : []));
  const byEmail = emails.length ? await db.prospects.where('email').anyOf(emails).toArray() : [];
  const byUrl = urls.length ? await db.prospects.where('linkedinUrl').anyOf(urls).toArray() : [];
  const unique = new Map([...byEmail, ...byUrl].map((record) => [record.id, record]));
  return [...unique.values()].map((record) => parseStored(Prospect, 'prospects', record));
}

/**
 * Creates the new people enrolled in the default playbook and fills in the known ones, in one
 * transaction: a failure part-way leaves the database as it was, so a retry cannot duplicate.
 */
export async function importProspects(
  db: FifthTouchDatabase,
  rows: readonly ImportedProspect[],
  context: WriteContext,
): Promise<ImportCounts> {
  return db.transaction('rw', followUpTables(db), async () => {
    const plan = planImport(rows, await findKnown(db, rows));
    const cadence = await readCadence(db, DEFAULT_CADENCE_ID);
    const settings = await readSettings(db, context.homeTimeZone);
    const createdAt = context.now.toISOString();
    const prospects = plan.create.map((row) =>
      Prospect.parse({ ...row, id: context.newId(), source: 'import', status: 'active', notes: '', createdAt }),
    );
    const enrollments = prospects.map((prospect) =>
      Enrollment.parse(startEnrollment({ id: context.newId(), prospect, cadence, settings, now: context.now })),
    );
    await db.prospects.bulkAdd(prospects);
    await db.enrollments.bulkAdd(enrollments);
    await db.prospects.bulkPut(plan.update.map((prospect) => Prospect.parse(prospect)));
    return { created: prospects.length, merged: plan.merged };
  });
}
