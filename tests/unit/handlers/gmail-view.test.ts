import { buildQueue } from '@/lib/core/queue/build-queue';
import { dueTodayItems } from '@/lib/core/queue/due-today';
import { restoreBackup } from '@/lib/db/backup';
import { readQueueInput } from '@/lib/db/queue-source';
import { createInPageHandlers } from '@/lib/handlers/in-page-handlers';
import { makeEnrollment, makeProspect } from '../../factories';
import { readSampleBackup } from '../db/sample-backup';
import { openTestDatabase } from '../db/test-database';

const NOW = new Date('2026-11-20T11:00:00.000Z');
const BERLIN = 'Europe/Berlin';

describe("the Gmail banner's view of the queue", () => {
  it('counts everything due today and lists its first three, as the whole queue would', async () => {
    const db = openTestDatabase();
    await restoreBackup(db, readSampleBackup(), 'replace');
    const [cadence] = await db.cadences.toArray();
    for (let index = 0; index < 8; index += 1) {
      await db.prospects.add(makeProspect({ id: `extra-${index}`, name: `Extra ${index}` }));
      await db.enrollments.add(
        makeEnrollment({
          id: `e-extra-${index}`,
          prospectId: `extra-${index}`,
          cadenceId: cadence!.id,
          stepIndex: 2,
          nextDueAt: new Date(NOW.getTime() + (index - 3) * 2 * 3_600_000).toISOString(),
        }),
      );
    }
    const handlers = createInPageHandlers({
      db,
      now: () => NOW,
      homeTimeZone: () => BERLIN,
      writeContext: () => ({ now: NOW, homeTimeZone: BERLIN, newId: () => crypto.randomUUID() }),
    });
    const view = await handlers.getGmailView({ email: null });
    const due = dueTodayItems(buildQueue(await readQueueInput(db, NOW, BERLIN)));
    expect(due.length).toBeGreaterThan(3);
    expect(view.dueToday).toBe(due.length);
    expect(view.top.map((item) => item.key)).toEqual(due.slice(0, 3).map((item) => item.key));
  });
});
