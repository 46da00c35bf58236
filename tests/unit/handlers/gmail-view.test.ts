import { buildQueue } from '@/lib/core/queue/build-queue';
import { dueTodayItems } from '@/lib/core/queue/due-today';
import { readQueueInput } from '@/lib/db/queue-source';
import { createInPageHandlers } from '@/lib/handlers/in-page-handlers';
import { busyDatabase } from '../db/busy-database';

const NOW = new Date('2026-11-20T11:00:00.000Z');
const BERLIN = 'Europe/Berlin';

describe("the Gmail banner's view of the queue", () => {
  it('counts everything due today and lists its first three, as the whole queue would', async () => {
    const db = await busyDatabase(NOW, 8, 2);
    const handlers = createInPageHandlers({
      db,
      now: () => NOW,
      homeTimeZone: () => BERLIN,
      writeContext: () => ({ now: NOW, homeTimeZone: BERLIN, newId: () => crypto.randomUUID() }),
    });
    const view = await handlers.getGmailView({});
    const due = dueTodayItems(buildQueue(await readQueueInput(db, NOW, BERLIN)));
    expect(due.length).toBeGreaterThan(3);
    expect(view.dueToday).toBe(due.length);
    expect(view.top.map((item) => item.key)).toEqual(due.slice(0, 3).map((item) => item.key));
  });
});
