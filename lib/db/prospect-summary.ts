import Dexie from 'dexie';
import { Cadence, Enrollment, Prospect, Touch } from '../core/model';
import type { ProspectSummary } from '../core/status/prospect-summary';
import { summarizeProspect } from '../core/status/summarize-prospect';
import type { FifthTouchDatabase } from './database';
import { parseStored } from './stored-record-error';

export type ProspectLookup = { prospectId: string } | { linkedinUrl: string } | { email: string };

async function findProspect(db: FifthTouchDatabase, lookup: ProspectLookup) {
  if ('prospectId' in lookup) return db.prospects.get(lookup.prospectId);
  if ('linkedinUrl' in lookup) return db.prospects.where('linkedinUrl').equals(lookup.linkedinUrl).first();
  return db.prospects.where('email').equals(lookup.email.trim().toLowerCase()).first();
}

/** Where one prospect stands, read through indexes only: the prospect, its enrollments and its touches. */
export async function readProspectSummary(
  db: FifthTouchDatabase,
  lookup: ProspectLookup,
  now: Date,
): Promise<ProspectSummary | null> {
  return db.transaction('r', [db.prospects, db.enrollments, db.cadences, db.touches], async () => {
    const record = await findProspect(db, lookup);
    if (!record) return null;
    const prospect = parseStored(Prospect, 'prospects', record);
    const [enrollments, touches] = await Promise.all([
      db.enrollments.where('prospectId').equals(prospect.id).toArray(),
      db.touches.where('[prospectId+at]').between([prospect.id, Dexie.minKey], [prospect.id, Dexie.maxKey]).toArray(),
    ]);
    const newest = enrollments.sort((a, b) => a.startedAt.localeCompare(b.startedAt)).at(-1);
    const enrollment = newest && parseStored(Enrollment, 'enrollments', newest);
    const cadenceRecord = enrollment && (await db.cadences.get(enrollment.cadenceId));
    return summarizeProspect({
      prospect,
      ...(enrollment ? { enrollment } : {}),
      ...(cadenceRecord ? { cadence: parseStored(Cadence, 'cadences', cadenceRecord) } : {}),
      touches: touches.map((touch) => parseStored(Touch, 'touches', touch)),
      now,
    });
  });
}
