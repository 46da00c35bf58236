import * as z from 'zod/mini';
import { Prospect } from '../core/model/prospect';

const NoRequest = z.object({});
const RestoreMode = z.enum(['replace', 'merge']);

/**
 * The one list of messages between the extension's contexts. The receiver parses the request,
 * the sender parses the response; dates cross as ISO strings.
 */
export const PROTOCOL = {
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
