import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIRST_QUEUE_LIMITS, QUEUE_MORE } from '@/lib/core/queue/queue-sections';
import { QueueSnapshot } from '@/lib/core/queue/queue-snapshot';
import { QUEUE_SNAPSHOT_KEY, readStoredQueueSnapshot } from '@/lib/platform/queue-snapshot-store';
import { makeEnrollment, makeProspect, makeSettings } from '../factories';
import { alarmAt, at, badge, BERLIN, fireAlarm, NOW, seed, send, useWorkerAtNow, WARNING } from './reminder-world';
import { createReminderClicks } from '@/lib/handlers/reminder-clicks';
import type { Task } from '@/lib/core/model';
import { ALARMS } from '@/lib/handlers/reminders';

const firstPage = async () =>
  ((await send('getTodayQueue', { limits: FIRST_QUEUE_LIMITS })) as { response: unknown }).response;
const kept = async () => QueueSnapshot.parse(await readStoredQueueSnapshot());
const names = (reply: QueueSnapshot['reply']) =>
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

  describe('when it cannot be read (a content record that does not read)', () => {
    async function seedWithBrokenContent() {
      const db = await seed();
      await db.contentItems.put({ id: 'broken', kind: 'not a kind' } as never);
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      // A page kept before the record broke, which every write must forget.
      await fakeBrowser.storage.session.set({
        [QUEUE_SNAPSHOT_KEY]: { validUntil: at('2026-11-25 14:00'), reply: {} },
      });
    }

    it('a write still answers, the badge and the reminder alarm are still set, and no stale page is left', async () => {
      await seedWithBrokenContent();
      expect(await send('saveProspect', { prospect: makeProspect({ id: 'new' }) })).toMatchObject({ ok: true });
      expect(await badge()).toEqual({ text: '4', color: WARNING });
      expect(await alarmAt(ALARMS.nextDue)).toBeDefined();
      expect(await readStoredQueueSnapshot()).toBeUndefined();
    });

    it('a reminder\u2019s Done button leaves no stale page either', async () => {
      await seedWithBrokenContent();
      await fakeBrowser.notifications.onButtonClicked.trigger(`fifth-touch|task:t-cy|${at('2026-11-25 09:45')}`, 0);
      expect(await badge()).toEqual({ text: '3', color: WARNING });
      expect(await readStoredQueueSnapshot()).toBeUndefined();
    });
  });

  it.each([
    ['Done', 0, (task: Task | undefined) => task?.doneAt !== undefined],
    ['Snooze 1 h', 1, (task: Task | undefined) => task?.dueAt !== at('2026-11-25 09:45')],
  ] as const)(
    'a reminder\u2019s %s button changes the task inside the guard that forgets the page',
    async (_button, index, changed) => {
      const db = await seed();
      const inside: boolean[] = [];
      let guarded = 0;
      const guardWrite = async <T>(write: () => Promise<T>) => {
        guarded += 1;
        inside.push(changed(await db.tasks.get('t-cy')));
        const answer = await write();
        inside.push(changed(await db.tasks.get('t-cy')));
        return answer;
      };
      const clicks = createReminderClicks({
        db,
        now: () => new Date(NOW),
        homeTimeZone: () => BERLIN,
        newId: () => 'click-touch',
        guardWrite,
        refresh: async () => undefined,
      });
      await clicks.onButtonClicked(`fifth-touch|task:t-cy|${at('2026-11-25 09:45')}`, index);
      expect(guarded).toBe(1);
      expect(inside).toEqual([false, true]);
    },
  );

  it('is left in place by a refresh that writes nothing, and forgotten first when a vacation ends', async () => {
    const db = await seed();
    await fireAlarm(ALARMS.nextDue);
    const forget = vi.spyOn(fakeBrowser.storage.session, 'remove');
    await fireAlarm(ALARMS.safety);
    expect(forget).not.toHaveBeenCalled();
    expect(await readStoredQueueSnapshot()).toBeDefined();
    await db.settings.put(
      makeSettings({ timeZone: BERLIN, pausedFrom: at('2026-11-18 09:00'), pausedUntil: at('2026-11-25 08:00') }),
    );
    await fireAlarm(ALARMS.safety);
    expect(forget).toHaveBeenCalledWith(QUEUE_SNAPSHOT_KEY);
    // The return moved Dee's step, due this afternoon, on by the days away: the kept page says so.
    const dee = Object.values((await kept()).reply.queue)
      .flatMap((section) => (Array.isArray(section) ? section : []))
      .find((item) => item.prospect.name === 'Dee Hock');
    expect(dee?.dueAt).toBeDefined();
    expect(dee?.dueAt).not.toBe(at('2026-11-25 14:00'));
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
