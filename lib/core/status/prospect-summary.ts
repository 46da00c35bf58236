import * as z from 'zod/mini';
import { Channel } from '../model/channel';
import { Id, IsoDateTime } from '../model/primitives';
import { TouchOutcome } from '../model/touch';

export const TouchSummary = z.object({
  channel: Channel,
  at: IsoDateTime,
  outcome: TouchOutcome,
  note: z.string(),
});
export type TouchSummary = z.infer<typeof TouchSummary>;

/** Where one prospect stands: what the Gmail banner and the LinkedIn panel show. */
export const ProspectSummary = z.object({
  prospectId: Id,
  name: z.string(),
  company: z.optional(z.string()),
  stage: z.enum(['active', 'paused', 'finished', 'not-enrolled']),
  /** The enrollment the actions (snooze, pause) apply to. */
  enrollmentId: z.optional(Id),
  stepNumber: z.optional(z.int()),
  stepCount: z.optional(z.int()),
  channels: z._default(z.array(Channel), []),
  channelsLeft: z._default(z.array(Channel), []),
  dueAt: z.optional(IsoDateTime),
  lastTouch: z.optional(TouchSummary),
  touchCount: z.int(),
  /** Points the prospect agreed to, to build on at the next touch. */
  yeses: z._default(z.array(z.string()), []),
});
export type ProspectSummary = z.infer<typeof ProspectSummary>;
