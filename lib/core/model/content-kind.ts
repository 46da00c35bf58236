import * as z from 'zod/mini';

/** What makes a touch worth the prospect's time; also a cadence step's intent. */
export const CONTENT_KINDS = ['value', 'insight', 'education', 'news', 'personal'] as const;
export const ContentKind = z.enum(CONTENT_KINDS);
export type ContentKind = z.infer<typeof ContentKind>;
