import { ContentItem } from '../core/model';
import type { FifthTouchDatabase } from './database';
import { parseStored } from './stored-record-error';

/** A piece without an id is new: the worker picks the id. */
export type ContentItemDraft = Omit<ContentItem, 'id'> & { id?: string | undefined };

/** The whole library, by title: a rep's library is tens of pieces, not thousands. */
export async function listContentItems(db: FifthTouchDatabase): Promise<ContentItem[]> {
  const items = (await db.contentItems.toArray()).map((item) => parseStored(ContentItem, 'contentItems', item));
  return items.sort((first, second) => first.title.localeCompare(second.title));
}

export async function saveContentItem(
  db: FifthTouchDatabase,
  draft: ContentItemDraft,
  newId: () => string,
): Promise<ContentItem> {
  const item = ContentItem.parse({ ...draft, id: draft.id ?? newId() });
  await db.contentItems.put(item);
  return item;
}

/** Touches keep the id of the piece they sent, so history still says a piece was sent after it is gone. */
export async function deleteContentItem(db: FifthTouchDatabase, id: string): Promise<void> {
  await db.contentItems.delete(id);
}
