import Dexie from 'dexie';
import { Cadence, Prospect, Touch } from '../core/model';
import type { ProspectSummary } from '../core/status/prospect-summary';
import { summarizeProspect } from '../core/status/summarize-prospect';
import type { FifthTouchDatabase } from './database';
import { currentEnrollment } from './follow-ups';
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
    const [enrollment, touches] = await Promise.all([
      currentEnrollment(db, prospect.id),
      db.touches.where('[prospectId+at]').between([prospect.id, Dexie.minKey], [prospect.id, Dexie.maxKey]).toArray(),
    ]);
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
