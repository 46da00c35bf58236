import * as z from 'zod/mini';
import { EmailAddress, Id, IsoDateTime, LongText, ShortText, Tags, TimeZone } from './primitives';

export const PROSPECT_SOURCES = ['gmail', 'linkedin', 'manual', 'import'] as const;
export const ProspectSource = z.enum(PROSPECT_SOURCES);

export const PROSPECT_STATUSES = ['active', 'paused', 'nurture', 'won', 'lost'] as const;
export const ProspectStatus = z.enum(PROSPECT_STATUSES);
export type ProspectStatus = z.infer<typeof ProspectStatus>;

/** A rep gave up before the five no's: the reason they gave, kept with the prospect. */
export const GiveUpOverride = z.object({
  reason: ShortText.check(z.trim(), z.minLength(1)),
  at: IsoDateTime,
  followUps: z.int().check(z.nonnegative()),
});
export type GiveUpOverride = z.infer<typeof GiveUpOverride>;

/** A note on the prospect; a "yes" is a point they agreed to, shown again at the next touch. */
export const NoteEntry = z.object({
  id: Id,
  at: IsoDateTime,
  text: LongText.check(z.trim(), z.minLength(1)),
  yes: z._default(z.boolean(), false),
});
export type NoteEntry = z.infer<typeof NoteEntry>;

export const Prospect = z.object({
  id: Id,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  email: z.optional(EmailAddress),
  linkedinUrl: z.optional(z.url({ protocol: /^https$/ }).check(z.maxLength(500))),
  xHandle: z.optional(ShortText),
  company: z.optional(ShortText),
  title: z.optional(ShortText),
  location: z.optional(ShortText),
  source: ProspectSource,
  /** Inbound leads (they wrote first) get the speed-to-lead first touch. */
  inbound: z._default(z.boolean(), false),
  timeZone: z.optional(TimeZone),
  tags: Tags,
  dealValue: z.optional(z.number().check(z.nonnegative())),
  status: ProspectStatus,
  notes: z._default(LongText, ''),
  /** Added with the prospect record view; records stored before it have none. */
  noteEntries: z._default(z.array(NoteEntry).check(z.maxLength(500)), []),
  createdAt: IsoDateTime,
  firstTouchDueAt: z.optional(IsoDateTime),
  giveUpOverride: z.optional(GiveUpOverride),
});
export type Prospect = z.infer<typeof Prospect>;
/** What a caller may hand in before defaults are filled. */
export type ProspectInput = z.input<typeof Prospect>;
