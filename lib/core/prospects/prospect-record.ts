import * as z from 'zod/mini';
import { Channel } from '../model/channel';
import { Id, IsoDateTime } from '../model/primitives';
import { Prospect } from '../model/prospect';
import { TouchOutcome } from '../model/touch';
import { ProspectSummary } from '../status/prospect-summary';

export const StepStatus = z.enum(['done', 'skipped', 'due', 'upcoming']);
export type StepStatus = z.infer<typeof StepStatus>;

/** One step of the prospect's cadence and where they stand on it. */
export const RecordStep = z.object({
  number: z.int(),
  day: z.int(),
  channels: z.array(Channel),
  status: StepStatus,
  /** When it was done or skipped, or when it is due. */
  at: z.optional(IsoDateTime),
});
export type RecordStep = z.infer<typeof RecordStep>;

export const RecordTouch = z.object({
  id: Id,
  channel: Channel,
  at: IsoDateTime,
  outcome: TouchOutcome,
  note: z.string(),
  stepNumber: z.optional(z.int()),
  content: z.optional(z.object({ id: Id, title: z.string() })),
});
export type RecordTouch = z.infer<typeof RecordTouch>;

/** A point the prospect agreed to: a touch whose outcome was "yes", or a note marked yes. */
export const RecordYes = z.object({
  source: z.enum(['touch', 'note']),
  id: Id,
  at: IsoDateTime,
  text: z.string(),
});
export type RecordYes = z.infer<typeof RecordYes>;

export const RecordMatch = z.object({
  prospectId: Id,
  name: z.string(),
  company: z.optional(z.string()),
  reason: z.enum(['same-name', 'company-domain']),
});
export type RecordMatch = z.infer<typeof RecordMatch>;

/** Everything the prospect view shows, read in one message. */
export const ProspectRecord = z.object({
  prospect: Prospect,
  summary: ProspectSummary,
  cadence: z.nullable(z.object({ id: Id, name: z.string() })),
  pausedUntil: z.optional(IsoDateTime),
  steps: z.array(RecordStep),
  /** Newest first. */
  touches: z.array(RecordTouch),
  /** Oldest first, as they were won. */
  yeses: z.array(RecordYes),
  followUps: z.int(),
  cadences: z.array(z.object({ id: Id, name: z.string() })),
  /** Other records that look like the same person: link them in one click. */
  matches: z.array(RecordMatch),
});
export type ProspectRecord = z.infer<typeof ProspectRecord>;
