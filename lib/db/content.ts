import Dexie from 'dexie';
import { fillTemplate, suggestContent, templateValuesOf, type ContentSuggestion } from '../core/content';
import { ContentItem, Prospect, Touch, type ContentKind } from '../core/model';
import type { FifthTouchDatabase } from './database';
import { parseStored } from './stored-record-error';

export interface SuggestionRequest {
  prospectId: string;
  intent?: ContentKind;
  stepNumber?: number;
  passedOver: string[];
}

export interface FilledSuggestion {
  id: string;
  title: string;
  kind: ContentKind;
  text: string;
  reason: string;
}

function fill(suggestion: ContentSuggestion, prospect: Prospect, lastNote: string): FilledSuggestion {
  const { item, reason } = suggestion;
  const body = fillTemplate(item.body, templateValuesOf(prospect, lastNote));
  return { id: item.id, title: item.title, kind: item.kind, text: item.url ? `${body}\n\n${item.url}` : body, reason };
}

/** The best unsent piece for this prospect's next touch, filled in; the library is small, the touches indexed. */
export async function suggestForProspect(
  db: FifthTouchDatabase,
  request: SuggestionRequest,
): Promise<FilledSuggestion | null> {
  return db.transaction('r', [db.prospects, db.touches, db.contentItems], async () => {
    const record = await db.prospects.get(request.prospectId);
    if (!record) throw new Error('That prospect no longer exists.');
    const prospect = parseStored(Prospect, 'prospects', record);
    const [touches, items] = await Promise.all([
      db.touches.where('[prospectId+at]').between([prospect.id, Dexie.minKey], [prospect.id, Dexie.maxKey]).toArray(),
      db.contentItems.toArray(),
    ]);
    const parsedTouches = touches.map((touch) => parseStored(Touch, 'touches', touch));
    const suggestion = suggestContent({
      items: items.map((item) => parseStored(ContentItem, 'contentItems', item)),
      prospect,
      ...(request.intent ? { intent: request.intent } : {}),
      ...(request.stepNumber ? { stepNumber: request.stepNumber } : {}),
      sentContentIds: parsedTouches.flatMap((touch) => (touch.contentId ? [touch.contentId] : [])),
      skip: request.passedOver,
    });
    const lastNote = parsedTouches.filter((touch) => touch.note).at(-1)?.note ?? '';
    return suggestion && fill(suggestion, prospect, lastNote);
  });
}
