import * as z from 'zod/mini';
import { ProspectStatus } from '../core/model';
import { sumPipeline } from '../core/pipeline/pipeline';
import type { FifthTouchDatabase } from './database';
import { parseStored } from './stored-record-error';

// Only the two fields the sum needs are checked, so a read of every prospect stays cheap.
const DealFields = z.object({ status: ProspectStatus, dealValue: z.optional(z.number().check(z.nonnegative())) });

export async function readPipeline(db: FifthTouchDatabase) {
  const records = await db.prospects.toArray();
  return sumPipeline(records.map((record) => parseStored(DealFields, 'prospects', record)));
}
