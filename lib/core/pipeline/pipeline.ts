import * as z from 'zod/mini';
import type { Prospect } from '../model';

/** The statuses whose deals are still open, in the order the popup shows them. */
export const OPEN_PIPELINE_STATUSES = ['active', 'paused', 'nurture'] as const;

const Amount = z.number().check(z.nonnegative());
const StatusTotal = z.object({ total: Amount, prospects: z.int().check(z.nonnegative()) });
export type StatusTotal = z.infer<typeof StatusTotal>;

/**
 * Deal values summed by status. Open deals are what the follow-ups are for; won is kept apart
 * (a rep likes to see it, but it is not pipeline any more); lost counts nowhere.
 */
export const Pipeline = z.object({
  active: StatusTotal,
  paused: StatusTotal,
  nurture: StatusTotal,
  won: StatusTotal,
  /** The three open statuses together. */
  open: StatusTotal,
});
export type Pipeline = z.infer<typeof Pipeline>;

const empty = (): StatusTotal => ({ total: 0, prospects: 0 });

export function sumPipeline(prospects: Iterable<Pick<Prospect, 'status' | 'dealValue'>>): Pipeline {
  const pipeline: Pipeline = { active: empty(), paused: empty(), nurture: empty(), won: empty(), open: empty() };
  for (const { status, dealValue } of prospects) {
    if (dealValue === undefined || status === 'lost') continue;
    const buckets = status === 'won' ? [pipeline.won] : [pipeline[status], pipeline.open];
    for (const bucket of buckets) {
      bucket.total += dealValue;
      bucket.prospects += 1;
    }
  }
  return pipeline;
}

/** The popup shows the pipeline only once some prospect has a deal value. */
export function hasDealValues(pipeline: Pipeline): boolean {
  return pipeline.open.prospects > 0 || pipeline.won.prospects > 0;
}
