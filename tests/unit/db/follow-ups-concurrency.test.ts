import { startAndRecordTouch, startFollowUps, type WriteContext } from '@/lib/db/follow-ups';
import { ensureDefaultCadence } from '@/lib/db/seed';
import { openTestDatabase } from './test-database';

let ids = 0;
const context = (): WriteContext => ({
  now: new Date('2026-11-24T10:00:00.000Z'),
  homeTimeZone: 'Europe/Berlin',
  newId: () => `id-${(ids += 1)}`,
});

const person = (index: number) => ({
  name: `Person ${index}`,
  linkedinUrl: `https://www.linkedin.com/in/person-${index}/`,
  email: `person-${index}@example.com`,
  source: 'linkedin' as const,
  inbound: false,
});

/** Tabs and the banner send their writes without waiting for each other; find-or-create must hold. */
describe('follow-up writes started at the same time', () => {
  it('ten touches for five new people at once: ten touches, five people, five enrollments', async () => {
    const db = openTestDatabase();
    await ensureDefaultCadence(db);
    await Promise.all(
      Array.from({ length: 10 }, (_, tab) =>
        startAndRecordTouch(db, person(tab % 5), { id: `touch-${tab}`, channel: 'linkedin' }, context()),
      ),
    );
    expect(await db.touches.count()).toBe(10);
    expect((await db.prospects.toArray()).map((prospect) => prospect.linkedinUrl).sort()).toEqual(
      [0, 1, 2, 3, 4].map((index) => person(index).linkedinUrl),
    );
    expect(await db.enrollments.count()).toBe(5);
  });

  it('the same person from Gmail and LinkedIn at once is one person', async () => {
    const db = openTestDatabase();
    await ensureDefaultCadence(db);
    const { linkedinUrl: _url, ...byEmail } = person(1);
    const results = await Promise.all([
      startFollowUps(db, { ...byEmail, source: 'gmail', inbound: true }, context()),
      startFollowUps(db, person(1), context()),
      startFollowUps(db, { ...byEmail, source: 'gmail', inbound: true }, context()),
    ]);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await db.prospects.count()).toBe(1);
  });
});
