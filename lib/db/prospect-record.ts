import Dexie from 'dexie';
import { Cadence, ContentItem, Enrollment, Prospect, Touch } from '../core/model';
import { buildProspectRecord } from '../core/prospects/build-record';
import type { ProspectRecord } from '../core/prospects/prospect-record';
import type { FifthTouchDatabase } from './database';
import { currentEnrollment } from './follow-ups';
import { findMatchingProspects } from './prospect-matches';
import { readProspectSummary } from './prospect-summary';
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
    const prospect = await readProspect(db, prospectId);
    const [summary, enrollment, touchRecords, cadenceRecords] = await Promise.all([
      readProspectSummary(db, { prospectId }, now),
      currentEnrollment(db, prospectId),
      db.touches.where('[prospectId+at]').between([prospectId, Dexie.minKey], [prospectId, Dexie.maxKey]).toArray(),
      db.cadences.toArray(),
    ]);
    if (!summary) throw new Error('That prospect no longer exists.');
    const touches = touchRecords.map((touch) => parseStored(Touch, 'touches', touch));
    const cadences = cadenceRecords.map((cadence) => parseStored(Cadence, 'cadences', cadence));
    const contentIds = [...new Set(touches.flatMap((touch) => (touch.contentId ? [touch.contentId] : [])))];
    const content = (await db.contentItems.bulkGet(contentIds)).flatMap((item) =>
      item ? [parseStored(ContentItem, 'contentItems', item)] : [],
    );
    return buildProspectRecord({
      prospect,
      summary,
      enrollment: enrollment && parseStored(Enrollment, 'enrollments', enrollment),
      cadence: cadences.find((cadence) => cadence.id === enrollment?.cadenceId),
      touches,
      content: new Map(content.map((item) => [item.id, item])),
      cadences: cadences.sort((a, b) => a.name.localeCompare(b.name)),
      matches: await findMatchingProspects(db, prospect),
    });
  });
}
