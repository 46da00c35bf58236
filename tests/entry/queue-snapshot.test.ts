import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIRST_QUEUE_LIMITS, QUEUE_MORE } from '@/lib/core/queue/queue-sections';
import { QueueSnapshot } from '@/lib/messaging/queue-snapshot';
import { readStoredQueueSnapshot } from '@/lib/platform/queue-snapshot-store';
import { makeEnrollment, makeProspect } from '../factories';
import { at, fireAlarm, seed, send, useWorkerAtNow } from './reminder-world';
import { ALARMS } from '@/lib/handlers/reminders';

const firstPage = async () =>
  ((await send('getTodayQueue', { limits: FIRST_QUEUE_LIMITS })) as { response: unknown }).response;
const kept = async () => QueueSnapshot.parse(await readStoredQueueSnapshot());
const names = (reply: ReturnType<typeof QueueSnapshot.parse>['reply']) =>
  Object.values(reply.queue)
    .flatMap((section) => (Array.isArray(section) ? section : []))
    .map((item) => item.prospect.name);

describe('the popup\u2019s first page, kept by the worker in session storage', () => {
  useWorkerAtNow();

  it('is kept at browser start: what the worker answers, until the next due time', async () => {
    await seed();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await readStoredQueueSnapshot()).toBeDefined());
    const snapshot = await kept();
    // Dee's step at 14:00 is the next due time: then she moves from "Later today" to "Due now".
    expect(snapshot.validUntil).toBe(at('2026-11-25 14:00'));
    expect(names(snapshot.reply).sort()).toEqual(['Ada Lovelace', 'Bob Noyce', 'Cy Young', 'Dee Hock']);
    expect(snapshot.reply).toEqual(await firstPage());
  });

  it('reads as the worker would answer until it expires, and no longer', async () => {
    await seed();
    await fireAlarm(ALARMS.nextDue);
    const snapshot = await kept();
    vi.setSystemTime(new Date(new Date(snapshot.validUntil).getTime() - 1));
    expect(await firstPage()).toEqual(snapshot.reply);
    vi.setSystemTime(new Date(snapshot.validUntil));
    expect(await firstPage()).not.toEqual(snapshot.reply);
  });

  it('is read again after every write, so it holds what the write changed', async () => {
    await seed();
    await fireAlarm(ALARMS.nextDue);
    const renamed = { ...makeProspect({ id: 'ada', name: 'Ada King', email: 'ada@analytical.example' }) };
    expect(await send('saveProspect', { prospect: renamed })).toMatchObject({ ok: true });
    expect(names((await kept()).reply)).toContain('Ada King');
    expect(names((await kept()).reply)).not.toContain('Ada Lovelace');
  });

  it('is read again after a reminder\u2019s Done button, without the item done', async () => {
    await seed();
    await fireAlarm(ALARMS.nextDue);
    await fakeBrowser.notifications.onButtonClicked.trigger(`fifth-touch|task:t-cy|${at('2026-11-25 09:45')}`, 0);
    expect(names((await kept()).reply)).not.toContain('Cy Young');
  });

  it('is only the first page: a longer one the rep asked for is not kept', async () => {
    const db = await seed();
    // Four more later today, one more than the first page shows of a section.
    const later = ['11:00', '12:00', '13:00', '15:00'].map((time, index) => ({
      prospect: makeProspect({ id: `later-${index}`, name: `Later ${time}` }),
      enrollment: makeEnrollment({
        id: `e-later-${index}`,
        prospectId: `later-${index}`,
        nextDueAt: at(`2026-11-25 ${time}`),
      }),
    }));
    await db.prospects.bulkPut(later.map(({ prospect }) => prospect));
    await db.enrollments.bulkPut(later.map(({ enrollment }) => enrollment));
    await fireAlarm(ALARMS.nextDue);
    expect((await kept()).reply.queue.laterToday).toHaveLength(FIRST_QUEUE_LIMITS.laterToday);
    const before = await readStoredQueueSnapshot();
    await send('getTodayQueue', {
      limits: { ...FIRST_QUEUE_LIMITS, laterToday: FIRST_QUEUE_LIMITS.laterToday + QUEUE_MORE },
    });
    expect(await readStoredQueueSnapshot()).toEqual(before);
  });
});
