import * as z from 'zod/mini';
import { Channel } from './channel';
import { Id, IsoDateTime, LongText } from './primitives';

export const TOUCH_OUTCOMES = [
  'sent',
  'connection-request',
  'no-answer',
  'voicemail',
  'gatekeeper',
  'replied',
  'yes',
  'no',
  'meeting',
  'won',
  'lost',
] as const;
export const TouchOutcome = z.enum(TOUCH_OUTCOMES);
export type TouchOutcome = z.infer<typeof TouchOutcome>;

export const Touch = z.object({
  id: Id,
  prospectId: Id,
  channel: Channel,
  at: IsoDateTime,
  outcome: z._default(TouchOutcome, 'sent'),
  note: z._default(LongText, ''),
  contentId: z.optional(Id),
  stepIndex: z.optional(z.int().check(z.nonnegative())),
});
export type Touch = z.infer<typeof Touch>;
