import * as z from 'zod/mini';
import { Channel } from '../core/model/channel';
import { FilledSuggestion } from '../core/content/filled-suggestion';
import { ContentKind } from '../core/model/content-kind';
import { Id } from '../core/model/primitives';
import { Prospect } from '../core/model/prospect';
import { TouchOutcome } from '../core/model/touch';
import { ProspectSummary } from '../core/status/prospect-summary';
import { RecordMatch } from '../core/prospects/prospect-record';
import { QueueLimits } from '../core/queue/queue-reply';
import { TodayQueueReply } from '../core/queue/queue-snapshot';
import { CSV_MESSAGES } from './csv-messages';
import { OPTIONS_MESSAGES } from './options-messages';
import { PROSPECT_MESSAGES } from './prospect-messages';
import { QUEUE_ACTION_MESSAGES } from './queue-action-messages';
import { VACATION_MESSAGES } from './vacation-messages';
import { REPORT_MESSAGES } from './report-messages';

const NoRequest = z.object({});
const RestoreMode = z.enum(['replace', 'merge']);
const PageText = z.string().check(z.maxLength(500));

/** A person as a profile page shows them; page text is untrusted and bounded. */
export const LinkedInProfileSeen = z.object({
  profileUrl: z.url({ protocol: /^https$/, hostname: /^www\.linkedin\.com$/ }).check(z.maxLength(500)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  headline: PageText,
  company: z.nullable(PageText),
  location: z.nullable(PageText),
});
export type LinkedInProfileSeen = z.infer<typeof LinkedInProfileSeen>;

/** A top-of-queue item the in-page banner lists: enough to name it and open it. */
export const DueItemBrief = z.object({
  key: z.string(),
  name: z.string(),
  label: z.string(),
  email: z.optional(z.string()),
  linkedinUrl: z.optional(z.string()),
});
export type DueItemBrief = z.infer<typeof DueItemBrief>;

const ProspectLookup = z.union([
  z.object({ prospectId: Id }),
  z.object({ linkedinUrl: z.string() }),
  z.object({ email: z.string() }),
]);

/**
 * The one list of messages between the extension's contexts. The receiver parses the request,
 * the sender parses the response; dates cross as ISO strings.
 */
export const PROTOCOL = {
  ...QUEUE_ACTION_MESSAGES,
  ...OPTIONS_MESSAGES,
  ...CSV_MESSAGES,
  ...VACATION_MESSAGES,
  ...REPORT_MESSAGES,
  ...PROSPECT_MESSAGES,
  listProspects: {
    request: z.object({ limit: z._default(z.int().check(z.minimum(1), z.maximum(1000)), 200) }),
    response: z.array(Prospect),
  },
  saveProspect: {
    request: z.object({ prospect: Prospect }),
    response: Prospect,
  },
  exportBackup: {
    request: NoRequest,
    // Exported as stored, so the sender checks only the envelope; restore validates records.
    response: z.looseObject({ format: z.literal('fifth-touch-backup'), version: z.number(), exportedAt: z.string() }),
  },
  restoreBackup: {
    // The document is validated as a whole by the restore itself, to give one message in words.
    request: z.object({ document: z.unknown(), mode: RestoreMode }),
    response: z.record(z.string(), z.number()),
  },
  getTodayQueue: {
    request: z.object({ limits: QueueLimits }),
    // Suggestions come with the queue, keyed by item, so opening the popup is one message.
    response: TodayQueueReply,
  },
  getGmailView: {
    request: z.object({
      email: z.optional(z.string().check(z.maxLength(320))),
      name: z.optional(z.string().check(z.maxLength(200))),
    }),
    response: z.object({
      summary: z.nullable(ProspectSummary),
      dueToday: z.int(),
      top: z.array(DueItemBrief),
      /** Settings' domains never to offer as prospects (colleagues, the rep's company). */
      ignoredDomains: z.array(z.string()),
      /** A record met on LinkedIn that is likely the sender: the banner offers to link them. */
      match: z.optional(RecordMatch),
    }),
  },
  startFollowUps: {
    // The sender of an email wrote first: an inbound lead, so speed to lead applies.
    request: z.object({
      name: z.string().check(z.minLength(1), z.maxLength(200)),
      email: z.string().check(z.maxLength(320)),
    }),
    response: ProspectSummary,
  },
  logTouch: {
    request: z.object({
      touchId: Id,
      prospectId: Id,
      channel: Channel,
      outcome: z.optional(TouchOutcome),
      note: z.optional(z.string().check(z.maxLength(5000))),
    }),
    response: ProspectSummary,
  },
  searchProspects: {
    request: z.object({ query: z.string().check(z.maxLength(200)) }),
    response: z.array(Prospect),
  },
  addProspect: {
    request: z.object({
      name: z.string().check(z.trim(), z.minLength(1, 'a name'), z.maxLength(200)),
      contact: z.string().check(z.trim(), z.maxLength(500)),
    }),
    response: ProspectSummary,
  },
  suggestContent: {
    request: z.object({
      prospectId: Id,
      intent: z.optional(ContentKind),
      stepNumber: z.optional(z.int()),
      passedOver: z._default(z.array(Id), []),
    }),
    response: z.nullable(FilledSuggestion),
  },
  giveUp: {
    // Before five follow-ups a reason is required; the worker decides and says why in words.
    request: z.object({ prospectId: Id, reason: z._default(z.string().check(z.maxLength(1000)), '') }),
    response: z.object({ message: z.string() }),
  },
  getProspectSummary: {
    request: ProspectLookup,
    response: z.nullable(ProspectSummary),
  },
  logProfileTouch: {
    // touchId comes from the page so a double click or a retry records one touch.
    request: z.object({ touchId: Id, profile: LinkedInProfileSeen }),
    response: z.object({ created: z.boolean(), summary: ProspectSummary }),
  },
  updateTouch: {
    request: z.object({
      touchId: Id,
      outcome: z.optional(TouchOutcome),
      note: z.optional(z.string().check(z.maxLength(5000))),
    }),
    response: ProspectSummary,
  },
  previewBackup: {
    request: z.object({ document: z.unknown() }),
    response: z.record(z.string(), z.number()),
  },
} as const;

export type MessageName = keyof typeof PROTOCOL;
export type RequestOf<N extends MessageName> = z.input<(typeof PROTOCOL)[N]['request']>;
export type ParsedRequestOf<N extends MessageName> = z.output<(typeof PROTOCOL)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<(typeof PROTOCOL)[N]['response']>;

export const Envelope = z.object({
  name: z.enum(Object.keys(PROTOCOL) as [MessageName, ...MessageName[]]),
  request: z.unknown(),
});

export const Reply = z.union([
  z.object({ ok: z.literal(true), response: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof Reply>;
