import { buildQueue } from '@/lib/core/queue/build-queue';
import { restoreBackup } from '@/lib/db/backup';
import { readQueueInput } from '@/lib/db/queue-source';
import { makeEnrollment, makeProspect, makeTask, makeTouch } from '../../factories';
import { readSampleBackup } from './sample-backup';
import { openTestDatabase, storeTouches } from './test-database';

const NOW = new Date('2026-11-20T11:00:00.000Z');

describe('queue source', () => {
  it('reads only what is due up to the horizon, open tasks, and the touch digests of those prospects', async () => {
    const db = openTestDatabase();
    await restoreBackup(db, readSampleBackup(), 'replace');
    await db.prospects.add(makeProspect({ id: 'far-away', name: 'Due next month' }));
    await db.enrollments.add(
      makeEnrollment({ id: 'e-far', prospectId: 'far-away', nextDueAt: '2026-12-20T10:00:00.000Z' }),
    );
    await storeTouches(db, [makeTouch({ id: 't-far', prospectId: 'far-away' })]);
    await db.tasks.add(
      makeTask({
        id: 'done-task',
        prospectId: 'p-kenji-watanabe',
        status: 'done',
        dueAt: '2026-11-19T10:00:00.000Z',
        doneAt: '2026-11-19T11:00:00.000Z',
      }),
    );

    const input = await readQueueInput(db, NOW, 'Europe/Berlin');
    expect(input.enrollments.map((enrollment) => enrollment.id).sort()).toEqual(['e-kenji', 'e-maria']);
    expect(input.tasks.map((task) => task.id)).toEqual(['task-callback-maria']);
    expect(input.prospects.map((prospect) => prospect.id).sort()).toEqual(['p-kenji-watanabe', 'p-maria-gonzalez']);
    expect(input.touchDigests.map((digest) => digest.prospectId).sort()).toEqual([
      'p-kenji-watanabe',
      'p-maria-gonzalez',
    ]);
    expect(input.settings.timeZone).toBe('Europe/Berlin');
  });

  it('feeds buildQueue: the sample has Maria due now with her yes, and her callback overdue', async () => {
    const db = openTestDatabase();
    await restoreBackup(db, readSampleBackup(), 'replace');
    const queue = buildQueue(await readQueueInput(db, NOW, 'Europe/Berlin'));
    const maria = [...queue.dueNow, ...queue.overdue].filter((item) => item.prospect.id === 'p-maria-gonzalez');
    expect(maria.map((item) => item.kind).sort()).toEqual(['step', 'task']);
    expect(maria[0]?.yeses.map((yes) => yes.note)).toEqual([
      'Agreed that late deliveries cost them about 3% of revenue.',
    ]);
    expect(queue.counts.dueToday).toBeGreaterThanOrEqual(2);
  });
});
