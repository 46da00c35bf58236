import * as z from 'zod/mini';
import { Id, IsoDateTime } from '../core/model/primitives';
import { ProspectStatus } from '../core/model/prospect';
import { ProspectRecord } from '../core/prospects/prospect-record';
import { ProspectSummary } from '../core/status/prospect-summary';

const Text = z.string().check(z.maxLength(500));
const Clearable = z.optional(z.nullable(Text));
const Done = z.object({ message: z.string() });

/** The rep's edits; the worker validates the edited record as a whole and says what is wrong. */
export const ProspectChanges = z.object({
  name: z.optional(z.string().check(z.maxLength(200))),
  email: Clearable,
  linkedinUrl: Clearable,
  xHandle: Clearable,
  company: Clearable,
  title: Clearable,
  timeZone: Clearable,
  tags: z.optional(z.array(z.string().check(z.maxLength(60))).check(z.maxLength(50))),
  dealValue: z.optional(z.nullable(z.number())),
  notes: z.optional(z.string().check(z.maxLength(20_000))),
});

/** The prospect record view: read, edit, notes, status, cadence, and one person across sites. */
export const PROSPECT_MESSAGES = {
  getProspectRecord: {
    request: z.object({ prospectId: Id }),
    response: ProspectRecord,
  },
  updateProspect: {
    request: z.object({ prospectId: Id, changes: ProspectChanges }),
    response: Done,
  },
  saveProspectNote: {
    request: z.object({
      prospectId: Id,
      noteId: z.optional(Id),
      text: z.string().check(z.maxLength(20_000)),
      yes: z._default(z.boolean(), false),
    }),
    response: Done,
  },
  deleteProspectNote: {
    request: z.object({ prospectId: Id, noteId: Id }),
    response: Done,
  },
  changeProspectStatus: {
    request: z.object({
      prospectId: Id,
      status: ProspectStatus,
      reason: z.optional(z.string().check(z.maxLength(1000))),
      until: z.optional(IsoDateTime),
    }),
    response: Done,
  },
  changeCadence: {
    request: z.object({ prospectId: Id, cadenceId: Id }),
    response: Done,
  },
  restartCadence: {
    request: z.object({ prospectId: Id }),
    response: Done,
  },
  mergeProspects: {
    request: z.object({ survivorId: Id, absorbedId: Id }),
    response: z.object({ survivorId: Id, absorbedId: Id, mergeId: Id, message: z.string() }),
  },
  undoMerge: {
    request: z.object({ mergeId: Id }),
    response: z.object({ prospectIds: z.array(Id), message: z.string() }),
  },
  /** From the Gmail banner: the sender is the LinkedIn prospect; merges if the sender has a record too. */
  linkGmailSender: {
    request: z.object({
      prospectId: Id,
      name: z.string().check(z.minLength(1), z.maxLength(200)),
      email: z.string().check(z.maxLength(320)),
    }),
    response: z.object({ summary: ProspectSummary, message: z.string(), mergeId: z.optional(Id) }),
  },
  /** In-page views cannot open extension pages; the worker opens the record in a tab. */
  openProspect: {
    request: z.object({ prospectId: Id }),
    response: z.object({}),
  },
} as const;
