import { deleteContentItem, listContentItems, saveContentItem } from '@/lib/db/content-items';
import { openTestDatabase } from './test-database';

const DRAFT = { kind: 'insight' as const, title: 'Pilot scope', body: 'Hi {{firstName}}', tags: ['pilot'] };

describe('content library in the database', () => {
  it('creates, edits, lists by title and deletes a piece', async () => {
    const db = openTestDatabase();
    const created = await saveContentItem(db, DRAFT, () => 'c-1');
    await saveContentItem(db, { ...DRAFT, title: 'A benchmark' }, () => 'c-2');
    await saveContentItem(db, { ...created, tags: ['pilot', 'q4'] }, () => 'unused');
    expect((await listContentItems(db)).map((item) => [item.id, item.tags])).toEqual([
      ['c-2', ['pilot']],
      ['c-1', ['pilot', 'q4']],
    ]);
    await deleteContentItem(db, 'c-1');
    expect((await listContentItems(db)).map((item) => item.id)).toEqual(['c-2']);
  });

  it('refuses a piece without a title', async () => {
    const db = openTestDatabase();
    await expect(saveContentItem(db, { ...DRAFT, title: '  ' }, () => 'c-1')).rejects.toThrow();
    expect(await db.contentItems.count()).toBe(0);
  });
});
