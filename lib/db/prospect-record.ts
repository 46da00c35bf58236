import Dexie from 'dexie';
import { sentContentIdsOf } from '../core/content/suggest-content';
import { Cadence, ContentItem, Prospect, Touch } from '../core/model';
import { buildProspectRecord } from '../core/prospects/build-record';
import type { ProspectRecord } from '../core/prospects/prospect-record';
import { statusNow } from '../core/status/status-now';
import { summarizeProspect } from '../core/status/summarize-prospect';
import type { FifthTouchDatabase } from './database';
import { currentEnrollment } from './follow-ups';
import { findMatchingProspects } from './prospect-matches';
import { parseStored } from './stored-record-error';

export async function readProspect(db: FifthTouchDatabase, prospectId: string): Promise<Prospect> {
  const record = await db.prospects.get(prospectId);
  if (!record) throw new Error('That prospect no longer exists. It may have been linked to another record.');
  return parseStored(Prospect, 'prospects', record);
}

/** The full record of one prospect: details, cadence and steps, every touch, yeses and likely duplicates. */
export async function readProspectRecord(
  db: FifthTouchDatabase,
  prospectId: string,
  now: Date,
): Promise<ProspectRecord> {
  return db.transaction('r', [db.prospects, db.enrollments, db.cadences, db.touches, db.contentItems], async () => {
    const stored = await readProspect(db, prospectId);
    const [enrollment, touchRecords, cadenceRecords] = await Promise.all([
      currentEnrollment(db, prospectId),
      db.touches.where('[prospectId+at]').between([prospectId, Dexie.minKey], [prospectId, Dexie.maxKey]).toArray(),
      db.cadences.toArray(),
    ]);
    const prospect = { ...stored, status: statusNow(stored, enrollment, now) };
    const touches = touchRecords.map((touch) => parseStored(Touch, 'touches', touch));
    const cadences = cadenceRecords.map((cadence) => parseStored(Cadence, 'cadences', cadence));
    const cadence = cadences.find((candidate) => candidate.id === enrollment?.cadenceId);
    const content = (await db.contentItems.bulkGet([...new Set(sentContentIdsOf(touches))])).flatMap((item) =>
      item ? [parseStored(ContentItem, 'contentItems', item)] : [],
    );
    // The summary from what is already read, the way readProspectSummary builds it for the banner.
    const summary = summarizeProspect({
      prospect,
      ...(enrollment ? { enrollment } : {}),
      ...(cadence ? { cadence } : {}),
      touches,
      now,
    });
    return buildProspectRecord({
      prospect,
      summary,
      ...(enrollment ? { enrollment } : {}),
      cadence,
      touches,
      content: new Map(content.map((item) => [item.id, item])),
      cadences: cadences.sort((a, b) => a.name.localeCompare(b.name)),
      matches: await findMatchingProspects(db, prospect),
    });
  });
}
