import { DEFAULT_CADENCE } from '@/lib/core/model';
import { findProspectByEmail, findProspectByLinkedInUrl, listProspects, saveProspect } from '@/lib/db/prospects';
import { ensureDefaultCadence, readSettings } from '@/lib/db/seed';
import { makeProspect } from '../../factories';
import { openTestDatabase } from './test-database';

describe('prospects repository', () => {
  it('saves a prospect and finds it by email and by LinkedIn URL', async () => {
    const db = openTestDatabase();
    await saveProspect(
      db,
      makeProspect({ id: 'a', email: 'Grace@Navy.example', linkedinUrl: 'https://www.linkedin.com/in/grace/' }),
    );
    expect((await findProspectByEmail(db, 'grace@navy.example'))?.id).toBe('a');
    expect((await findProspectByLinkedInUrl(db, 'https://www.linkedin.com/in/grace/'))?.id).toBe('a');
    expect(await findProspectByEmail(db, 'nobody@example.com')).toBeUndefined();
  });

  it('refuses an invalid prospect and stores nothing', async () => {
    const db = openTestDatabase();
    await expect(saveProspect(db, makeProspect({ name: '' }))).rejects.toThrow();
    expect(await db.prospects.count()).toBe(0);
  });

  it('lists the newest first, at most the limit', async () => {
    const db = openTestDatabase();
    for (const [id, day] of [
      ['a', 10],
      ['c', 12],
      ['b', 11],
    ] as const) {
      await saveProspect(db, makeProspect({ id, createdAt: `2026-11-${day}T09:00:00.000Z` }));
    }
    expect((await listProspects(db, 2)).map((prospect) => prospect.id)).toEqual(['c', 'b']);
  });

  it('names a damaged stored record instead of dropping it', async () => {
    const db = openTestDatabase();
    await db.prospects.put({ ...makeProspect({ id: 'broken' }), status: 'exploded' as never });
    await expect(listProspects(db, 10)).rejects.toThrow(/prospects \(id broken\) is damaged: status should be one of/);
    expect(await db.prospects.count()).toBe(1);
  });
});

describe('seed', () => {
  it('adds the default playbook once and never overwrites an edited one', async () => {
    const db = openTestDatabase();
    await ensureDefaultCadence(db);
    await db.cadences.put({ ...DEFAULT_CADENCE, name: 'Our edited playbook' });
    await ensureDefaultCadence(db);
    expect((await db.cadences.get(DEFAULT_CADENCE.id))?.name).toBe('Our edited playbook');
  });

  it('gives default settings in the rep\u2019s zone until settings are saved', async () => {
    const db = openTestDatabase();
    expect((await readSettings(db, 'Asia/Kolkata')).timeZone).toBe('Asia/Kolkata');
  });
});
