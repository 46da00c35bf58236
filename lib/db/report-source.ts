import Dexie from 'dexie';
import type { ReportPeriods, WeeklyReportInput } from '../core/metrics';
import { Cadence, Enrollment, Prospect, Touch } from '../core/model';
import type { FifthTouchDatabase } from './database';
import { parseStored } from './stored-record-error';

type ReportRecords = Pick<WeeklyReportInput, 'prospects' | 'touches' | 'enrollments' | 'cadences'>;

/**
 * Reads what the weekly report needs through indexes: leads added from the start of last month to
 * the week's end (createdAt), touches in that span (at), won and lost prospects (status), then the
 * whole history of each prospect named, and the enrollments of the leads. Prospects neither new nor
 * closed are never read.
 */
export async function readReportRecords(db: FifthTouchDatabase, periods: ReportPeriods): Promise<ReportRecords> {
  const from = new Date(Math.min(periods.lastMonth.start.getTime(), periods.week.start.getTime())).toISOString();
  const to = periods.cutoff.toISOString();
  return db.transaction('r', [db.prospects, db.touches, db.enrollments, db.cadences], async () => {
    const [leads, closed, recentTouches, cadences] = await Promise.all([
      db.prospects.where('createdAt').between(from, to, true, true).toArray(),
      db.prospects.where('status').anyOf('won', 'lost').toArray(),
      db.touches.where('at').between(from, to, true, true).toArray(),
      db.cadences.toArray(),
    ]);
    const namedIds = new Set([...leads, ...closed].map((prospect) => prospect.id));
    for (const touch of recentTouches) namedIds.add(touch.prospectId);
    const [histories, enrollments] = await Promise.all([
      Promise.all(
        [...namedIds].map((id) =>
          db.touches.where('[prospectId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
        ),
      ),
      db.enrollments
        .where('prospectId')
        .anyOf(leads.map((lead) => lead.id))
        .toArray(),
    ]);
    const prospects = new Map([...leads, ...closed].map((record) => [record.id, record]));
    const touches = new Map([...recentTouches, ...histories.flat()].map((record) => [record.id, record]));
    return {
      prospects: [...prospects.values()].map((record) => parseStored(Prospect, 'prospects', record)),
      touches: [...touches.values()].map((record) => parseStored(Touch, 'touches', record)),
      enrollments: enrollments.map((record) => parseStored(Enrollment, 'enrollments', record)),
      cadences: cadences.map((record) => parseStored(Cadence, 'cadences', record)),
    };
  });
}
