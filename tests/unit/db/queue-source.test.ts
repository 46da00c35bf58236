import { buildQueue } from '@/lib/core/queue/build-queue';
import { restoreBackup } from '@/lib/db/backup';
import { readQueueInput, readQueuePage } from '@/lib/db/queue-source';
import { QUEUE_SECTIONS } from '@/lib/core/queue/queue-sections';
import { makeEnrollment, makeProspect, makeTask, makeTouch } from '../../factories';
import { busyDatabase as busyDatabaseAt } from './busy-database';
import { readSampleBackup } from './sample-backup';
import { openTestDatabase, storeTouches } from './test-database';

const NOW = new Date('2026-11-20T11:00:00.000Z');

describe('queue source', () => {
  it('reads only what is due up to the horizon, open tasks, and the touch digests of those prospects', async () => {
    const db = openTestDatabase();
    await restoreBackup(db, readSampleBackup(), 'replace', new Date());
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
    await restoreBackup(db, readSampleBackup(), 'replace', new Date());
    const queue = buildQueue(await readQueueInput(db, NOW, 'Europe/Berlin'));
    const maria = [...queue.dueNow, ...queue.overdue].filter((item) => item.prospect.id === 'p-maria-gonzalez');
    expect(maria.map((item) => item.kind).sort()).toEqual(['step', 'task']);
    expect(maria[0]?.yeses.map((yes) => yes.note)).toEqual([
      'Agreed that late deliveries cost them about 3% of revenue.',
    ]);
    expect(queue.counts.dueToday).toBeGreaterThanOrEqual(2);
  });
});

describe('a page of the queue', () => {
  // Twelve more prospects, nine hours apart: some overdue, some today, most in the coming days.
  const busyDatabase = () => busyDatabaseAt(NOW, 12, 9);

  it('is the whole queue cut to the first items of each section, with the counts of the whole', async () => {
    const db = await busyDatabase();
    const whole = buildQueue(await readQueueInput(db, NOW, 'Europe/Berlin'));
    const limits = { overdue: 1, dueNow: 2, laterToday: 1, next7Days: 3 };
    const { queue: page } = await readQueuePage(db, NOW, 'Europe/Berlin', limits);
    expect(page.counts).toEqual(whole.counts);
    for (const section of QUEUE_SECTIONS) {
      expect(page[section]).toEqual(whole[section].slice(0, limits[section]));
    }
    expect(whole.counts.next7Days).toBeGreaterThan(limits.next7Days);
  });

  it('reads only the prospects it shows (and new ones, to find speed-to-lead items)', async () => {
    const db = await busyDatabase();
    const bulkGet = vi.spyOn(db.prospects, 'bulkGet');
    const { queue } = await readQueuePage(db, NOW, 'Europe/Berlin', {
      overdue: 1,
      dueNow: 1,
      laterToday: 1,
      next7Days: 1,
    });
    const shown = new Set(QUEUE_SECTIONS.flatMap((section) => queue[section].map((item) => item.prospect.id)));
    const read = bulkGet.mock.calls.flatMap(([ids]) => ids as string[]);
    expect(read.filter((id) => id.startsWith('extra-')).sort()).toEqual(
      [...shown].filter((id) => id.startsWith('extra-')).sort(),
    );
  });

  it('does not count what it leaves out: a closed prospect whose item still has a due time', async () => {
    const db = await busyDatabase();
    const closed = (await db.prospects.get('extra-5'))!;
    await db.prospects.put({ ...closed, status: 'won' });
    const whole = buildQueue(await readQueueInput(db, NOW, 'Europe/Berlin'));
    const all = { overdue: 100, dueNow: 100, laterToday: 100, next7Days: 100 };
    const { queue: page } = await readQueuePage(db, NOW, 'Europe/Berlin', all);
    expect(page.counts).toEqual(whole.counts);
    for (const section of QUEUE_SECTIONS) expect(page.counts[section]).toBe(page[section].length);
  });

  it('breaks ties in the order of the index it pages through: "Zoe" before "amy" at the same time', async () => {
    const db = openTestDatabase();
    await restoreBackup(db, readSampleBackup(), 'replace', NOW);
    const dueAt = '2026-11-20T09:00:00.000Z';
    for (const id of ['amy', 'Zoe']) {
      await db.prospects.add(makeProspect({ id, name: id }));
      await db.enrollments.add(makeEnrollment({ id, prospectId: id, stepIndex: 2, nextDueAt: dueAt }));
    }
    const limits = { overdue: 1, dueNow: 1, laterToday: 1, next7Days: 1 };
    const { queue } = await readQueuePage(db, NOW, 'Europe/Berlin', limits);
    const whole = buildQueue(await readQueueInput(db, NOW, 'Europe/Berlin'));
    expect(whole.dueNow.map((item) => item.prospect.id).slice(0, 2)).toEqual(['Zoe', 'amy']);
    expect(queue.dueNow.map((item) => item.prospect.id)).toEqual(['Zoe']);
  });

  it('moves an inbound lead due later today up to due now, and later today still shows its first item', async () => {
    const db = openTestDatabase();
    await restoreBackup(db, readSampleBackup(), 'replace', NOW);
    await db.prospects.add(makeProspect({ id: 'lead', name: 'New lead', inbound: true }));
    await db.enrollments.add(
      makeEnrollment({ id: 'e-lead', prospectId: 'lead', nextDueAt: '2026-11-20T11:30:00.000Z' }),
    );
    await db.prospects.add(makeProspect({ id: 'later', name: 'Later today' }));
    await db.enrollments.add(
      makeEnrollment({ id: 'e-later', prospectId: 'later', stepIndex: 3, nextDueAt: '2026-11-20T14:00:00.000Z' }),
    );
    const limits = { overdue: 1, dueNow: 1, laterToday: 1, next7Days: 1 };
    const { queue } = await readQueuePage(db, NOW, 'Europe/Berlin', limits);
    const whole = buildQueue(await readQueueInput(db, NOW, 'Europe/Berlin'));
    expect(queue.dueNow.map((item) => [item.prospect.id, item.speedToLead])).toEqual([['lead', true]]);
    expect(queue.laterToday.map((item) => item.prospect.id)).toEqual(['later']);
    expect(queue.counts).toEqual(whole.counts);
    expect(queue.counts.laterToday).toBe(whole.laterToday.length);
  });
});
