import { STARTER_CONTENT } from '@/lib/core/content';
import { suggestForProspect } from '@/lib/db/content';
import { giveUpOnProspect } from '@/lib/db/give-up';
import { saveProspect, searchProspects } from '@/lib/db/prospects';
import { ensureStarterContent, seedDefaults } from '@/lib/db/seed';
import { makeContentItem, makeEnrollment, makeProspect, makeTask, makeTouch } from '../../factories';
import { openTestDatabase, storeTouches } from './test-database';

const NOW = new Date('2026-11-24T10:00:00.000Z');

describe('content suggestions from the database', () => {
  it('fills the best unsent piece and never suggests one already sent', async () => {
    const db = openTestDatabase();
    await saveProspect(db, makeProspect({ id: 'p', name: 'Lena Vogel', company: 'Kestrel' }));
    await db.contentItems.bulkAdd([
      makeContentItem({ id: 'sent-one', kind: 'insight', title: 'A', body: 'Hi {{firstName}}' }),
      makeContentItem({
        id: 'fresh-one',
        kind: 'insight',
        title: 'B',
        body: 'Hi {{firstName}} at {{company}}: {{lastNote}}',
      }),
    ]);
    await storeTouches(db, [makeTouch({ prospectId: 'p', contentId: 'sent-one', note: 'Loved the benchmark' })]);
    const suggestion = await suggestForProspect(db, { prospectId: 'p', intent: 'insight', passedOver: [] });
    expect(suggestion).toMatchObject({ id: 'fresh-one', text: 'Hi Lena at Kestrel: Loved the benchmark' });
    expect(await suggestForProspect(db, { prospectId: 'p', intent: 'insight', passedOver: ['fresh-one'] })).toBeNull();
  });

  it('seeds the starter library once and never refills a library the rep emptied on purpose', async () => {
    const db = openTestDatabase();
    await seedDefaults(db);
    expect(await db.contentItems.count()).toBe(STARTER_CONTENT.length);
    await db.contentItems.clear();
    await db.contentItems.add(makeContentItem({ id: 'mine' }));
    await ensureStarterContent(db);
    expect((await db.contentItems.toArray()).map((item) => item.id)).toEqual(['mine']);
  });
});

describe('giving up', () => {
  it('refuses before five follow-ups in words, allows with a reason and records it', async () => {
    const db = openTestDatabase();
    await saveProspect(db, makeProspect({ id: 'p' }));
    await db.enrollments.add(makeEnrollment({ id: 'e', prospectId: 'p' }));
    await db.touches.bulkAdd([1, 2].map((day) => makeTouch({ prospectId: 'p', at: `2026-11-0${day}T10:00:00.000Z` })));
    await expect(giveUpOnProspect(db, 'p', '', NOW)).rejects.toThrow(
      'Only 2 follow-ups so far — the playbook asks for at least 5 before giving up.',
    );
    expect((await db.prospects.get('p'))?.status).toBe('active');
    await db.tasks.add(makeTask({ id: 'respond', prospectId: 'p', kind: 'respond' }));
    await giveUpOnProspect(db, 'p', 'They were acquired; the buyer has a contract.', NOW);
    expect(await db.tasks.get('respond')).toMatchObject({ status: 'done', doneAt: NOW.toISOString() });
    const prospect = await db.prospects.get('p');
    expect(prospect?.status).toBe('lost');
    expect(prospect?.giveUpOverride).toMatchObject({
      reason: 'They were acquired; the buyer has a contract.',
      followUps: 2,
    });
    expect((await db.enrollments.get('e'))?.nextDueAt).toBeUndefined();
  });

  it('allows after five follow-ups without a reason', async () => {
    const db = openTestDatabase();
    await saveProspect(db, makeProspect({ id: 'p' }));
    await db.touches.bulkAdd(
      [1, 2, 3, 4, 5].map((day) => makeTouch({ prospectId: 'p', at: `2026-11-0${day}T10:00:00.000Z` })),
    );
    expect(await giveUpOnProspect(db, 'p', '', NOW)).toMatch(/5 follow-ups so far/);
  });
});

describe('prospect search', () => {
  it('finds by every word across name, email, company and title', async () => {
    const db = openTestDatabase();
    await saveProspect(
      db,
      makeProspect({ id: 'a', name: 'Grace Hopper', company: 'US Navy', email: 'grace@navy.example' }),
    );
    await saveProspect(
      db,
      makeProspect({ id: 'b', name: 'Alan Turing', company: 'Bletchley', email: 'alan@bletchley.example' }),
    );
    expect((await searchProspects(db, 'grace navy', 20)).map((prospect) => prospect.id)).toEqual(['a']);
    expect((await searchProspects(db, 'BLETCHLEY', 20)).map((prospect) => prospect.id)).toEqual(['b']);
    expect(await searchProspects(db, '   ', 20)).toEqual([]);
  });
});
