import * as z from 'zod/mini';
import { Channel } from './channel';
import { Id, IsoDateTime } from './primitives';

export const StepRecord = z.object({
  index: z.int().check(z.nonnegative()),
  status: z.enum(['done', 'skipped']),
  at: IsoDateTime,
});
export type StepRecord = z.infer<typeof StepRecord>;

export const Enrollment = z.object({
  id: Id,
  prospectId: Id,
  cadenceId: Id,
  startedAt: IsoDateTime,
  /** The next step to do; equals the number of steps once the cadence is finished. */
  stepIndex: z.int().check(z.nonnegative()),
  /** Channels of the current step already touched (a partly done step). */
  channelsDone: z._default(z.array(Channel), []),
  /** Indexed; absent when finished or paused with no end date, so range queries skip it. */
  nextDueAt: z.optional(IsoDateTime),
  pausedUntil: z.optional(IsoDateTime),
  pausedAt: z.optional(IsoDateTime),
  /** Calendar days the remaining schedule has moved back because of finished pauses. */
  shiftDays: z.optional(z.int().check(z.nonnegative())),
  /** When the prospect last replied: a cadence that ends after a reply needs no "decide" task. */
  repliedAt: z.optional(IsoDateTime),
  history: z._default(z.array(StepRecord), []),
});
export type Enrollment = z.infer<typeof Enrollment>;
