import * as z from 'zod/mini';
import { ContentKind, type ContentItem, type Prospect } from '../model';
import { Id } from '../model/primitives';
import { fillTemplate, templateValuesOf } from './fill-template';
import { suggestContent, type ContentRequest } from './suggest-content';

/** A suggestion ready to show and copy: the piece with the prospect's details filled in, as text. */
export const FilledSuggestion = z.object({
  id: Id,
  title: z.string(),
  kind: ContentKind,
  text: z.string(),
  reason: z.string(),
});
export type FilledSuggestion = z.infer<typeof FilledSuggestion>;

export interface ProspectSuggestionRequest {
  items: readonly ContentItem[];
  prospect: Prospect;
  /** From the prospect's touches: what was sent is never suggested, and the last note fills {{lastNote}}. */
  history: { sentContentIds: readonly string[]; lastNote: string };
  intent?: ContentKind;
  stepNumber?: number;
  passedOver?: ContentRequest['skip'];
}

export function suggestFilledContent(request: ProspectSuggestionRequest): FilledSuggestion | null {
  const { items, prospect, history } = request;
  const suggestion = suggestContent({
    items,
    prospect,
    ...(request.intent ? { intent: request.intent } : {}),
    ...(request.stepNumber ? { stepNumber: request.stepNumber } : {}),
    sentContentIds: history.sentContentIds,
    ...(request.passedOver ? { skip: request.passedOver } : {}),
  });
  if (!suggestion) return null;
  const { item, reason } = suggestion;
  const body = fillTemplate(item.body, templateValuesOf(prospect, history.lastNote));
  return { id: item.id, title: item.title, kind: item.kind, text: item.url ? `${body}\n\n${item.url}` : body, reason };
}
