import * as z from 'zod/mini';
import { ProspectStatus } from '../core/model';
import { sumPipeline } from '../core/pipeline/pipeline';
import { statusNow } from '../core/status/status-now';
import type { FifthTouchDatabase } from './database';
import { currentEnrollments } from './follow-ups';
import { parseStored } from './stored-record-error';

// Only the fields the sum needs are checked.
const DealFields = z.object({
  id: z.string(),
  status: ProspectStatus,
  dealValue: z.optional(z.number().check(z.nonnegative())),
});

/**
 * Reads only the prospects with a deal value, through the `dealValue` index (version 3): the sum
 * ignores the others, and reading all 10,000 kept the worker busy for half a second per popup.
 * Every number is in the range, so a damaged negative value is still read and reported. Only the
 * paused ones have their enrollment read: a pause whose date has passed counts as active again.
 */
export async function readPipeline(db: FifthTouchDatabase, now: Date) {
  return db.transaction('r', [db.prospects, db.enrollments], async () => {
    const records = await db.prospects.where('dealValue').between(-Infinity, Infinity, true, true).toArray();
    const deals = records.map((record) => parseStored(DealFields, 'prospects', record));
    const paused = await currentEnrollments(
      db,
      deals.filter((deal) => deal.status === 'paused').map((deal) => deal.id),
    );
    const current = deals.map((deal) =>
      deal.status === 'paused' ? { ...deal, status: statusNow(deal, paused.get(deal.id), now) } : deal,
    );
    return sumPipeline(current);
  });
}
