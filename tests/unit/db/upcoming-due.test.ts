import { readEarliestUpcomingDue } from '@/lib/db/upcoming-due';
import { makeEnrollment, makeTask } from '../../factories';
import { openTestDatabase } from './test-database';

const NOW = new Date('2026-11-24T10:00:00.000Z');

describe('earliest upcoming due time', () => {
  it('is null when nothing is due after now', async () => {
    const db = openTestDatabase();
    await db.enrollments.add(makeEnrollment({ nextDueAt: '2026-11-24T09:00:00.000Z' }));
    expect(await readEarliestUpcomingDue(db, NOW)).toBeNull();
  });

  it('is the earliest of enrollments and open tasks strictly after now; done tasks and paused cadences do not count', async () => {
    const db = openTestDatabase();
    const { nextDueAt: _none, ...paused } = makeEnrollment();
    await db.enrollments.bulkAdd([
      makeEnrollment({ nextDueAt: '2026-11-24T10:00:00.000Z' }),
      makeEnrollment({ nextDueAt: '2026-11-24T15:00:00.000Z' }),
      paused,
    ]);
    await db.tasks.bulkAdd([
      makeTask({ dueAt: '2026-11-24T12:00:00.000Z' }),
      makeTask({ dueAt: '2026-11-24T11:00:00.000Z', status: 'done', doneAt: '2026-11-24T09:00:00.000Z' }),
    ]);
    expect(await readEarliestUpcomingDue(db, NOW)).toBe('2026-11-24T12:00:00.000Z');
    await db.tasks.clear();
    expect(await readEarliestUpcomingDue(db, NOW)).toBe('2026-11-24T15:00:00.000Z');
  });
});
