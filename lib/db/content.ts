import { suggestFilledContent, type FilledSuggestion } from '../core/content/filled-suggestion';
import { ContentItem, Prospect, type ContentKind } from '../core/model';
import { emptyDigest, TouchDigest } from '../core/queue/touch-digest';
import type { FifthTouchDatabase } from './database';
import { parseStored } from './stored-record-error';

export interface SuggestionRequest {
  prospectId: string;
  intent?: ContentKind;
  stepNumber?: number;
  passedOver: string[];
}

export async function readContentLibrary(db: FifthTouchDatabase): Promise<ContentItem[]> {
  return (await db.contentItems.toArray()).map((item) => parseStored(ContentItem, 'contentItems', item));
}

/** "Another": the next unsent piece for one prospect, passing over what the rep skipped. */
export async function suggestForProspect(
  db: FifthTouchDatabase,
  request: SuggestionRequest,
): Promise<FilledSuggestion | null> {
  return db.transaction('r', [db.prospects, db.touchDigests, db.contentItems], async () => {
    const record = await db.prospects.get(request.prospectId);
    if (!record) throw new Error('That prospect no longer exists.');
    const prospect = parseStored(Prospect, 'prospects', record);
    const [digest, items] = await Promise.all([db.touchDigests.get(prospect.id), readContentLibrary(db)]);
    return suggestFilledContent({
      items,
      prospect,
      history: digest ? parseStored(TouchDigest, 'touchDigests', digest) : emptyDigest(prospect.id),
      passedOver: request.passedOver,
      ...(request.intent ? { intent: request.intent } : {}),
      ...(request.stepNumber ? { stepNumber: request.stepNumber } : {}),
    });
  });
}
