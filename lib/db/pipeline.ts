import * as z from 'zod/mini';
import { ProspectStatus } from '../core/model';
import { sumPipeline } from '../core/pipeline/pipeline';
import type { FifthTouchDatabase } from './database';
import { parseStored } from './stored-record-error';

// Only the two fields the sum needs are checked.
const DealFields = z.object({ status: ProspectStatus, dealValue: z.optional(z.number().check(z.nonnegative())) });

/**
 * Reads only the prospects with a deal value, through the `dealValue` index (version 3): the sum
 * ignores the others, and reading all 10,000 kept the worker busy for half a second per popup.
 * Every number is in the range, so a damaged negative value is still read and reported.
 */
export async function readPipeline(db: FifthTouchDatabase) {
  const records = await db.prospects.where('dealValue').between(-Infinity, Infinity, true, true).toArray();
  return sumPipeline(records.map((record) => parseStored(DealFields, 'prospects', record)));
}
