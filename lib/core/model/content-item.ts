import * as z from 'zod/mini';
import { ContentKind } from './content-kind';
import { Id, LongText, Tags } from './primitives';

export const ContentItem = z.object({
  id: Id,
  kind: ContentKind,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  url: z.optional(z.url({ protocol: /^https?$/ })),
  body: LongText,
  tags: Tags,
});
export type ContentItem = z.infer<typeof ContentItem>;
