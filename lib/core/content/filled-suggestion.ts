import * as z from 'zod/mini';
import { ContentKind, type ContentItem, type Prospect, type Touch } from '../model';
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
  /** The prospect's touches: what was sent is never suggested, and the last note fills {{lastNote}}. */
  touches: readonly Touch[];
  intent?: ContentKind;
  stepNumber?: number;
  passedOver?: ContentRequest['skip'];
}

export function suggestFilledContent(request: ProspectSuggestionRequest): FilledSuggestion | null {
  const { items, prospect, touches } = request;
  const suggestion = suggestContent({
    items,
    prospect,
    ...(request.intent ? { intent: request.intent } : {}),
    ...(request.stepNumber ? { stepNumber: request.stepNumber } : {}),
    sentContentIds: touches.flatMap((touch) => (touch.contentId ? [touch.contentId] : [])),
    ...(request.passedOver ? { skip: request.passedOver } : {}),
  });
  if (!suggestion) return null;
  const lastNote =
    [...touches]
      .sort((a, b) => a.at.localeCompare(b.at))
      .filter((touch) => touch.note)
      .at(-1)?.note ?? '';
  const { item, reason } = suggestion;
  const body = fillTemplate(item.body, templateValuesOf(prospect, lastNote));
  return { id: item.id, title: item.title, kind: item.kind, text: item.url ? `${body}\n\n${item.url}` : body, reason };
}
