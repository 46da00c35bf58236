import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { FifthTouchDatabase } from '@/lib/db/database';
import { ALARMS, WAKE_REFRESH_DELAY_MS } from '@/lib/handlers/reminders';
import { alarmAt, badge, NOW, seed, WARNING } from './reminder-world';

/** fake-indexeddb answers on setImmediate, which the fake clock leaves real: many turns of it. */
async function letTheDatabaseWork(): Promise<void> {
  for (let turn = 0; turn < 200; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Chrome stops the worker whenever it likes, perhaps after a write and before its refresh; the
 * next event starts a fresh one with no install or startup event. That start sets things right.
 */
describe('a worker woken after Chrome stopped it', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date(NOW));
    fakeBrowser.reset();
    await new FifthTouchDatabase(() => new Date()).delete();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('redraws a stale badge and re-arms the alarms from the database, with no event', async () => {
    await seed();
    await fakeBrowser.action.setBadgeText({ text: '42' });
    background.main();
    // The event that woke the worker is answered first: nothing is read or re-armed before the delay.
    await vi.advanceTimersByTimeAsync(WAKE_REFRESH_DELAY_MS - 1);
    await letTheDatabaseWork();
    expect(await badge()).toMatchObject({ text: '42' });
    expect(await fakeBrowser.alarms.get(ALARMS.safety)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(async () => expect(await badge()).toEqual({ text: '4', color: WARNING }));
    await vi.waitFor(async () => expect(await alarmAt(ALARMS.nextDue)).toBe('2026-11-25 10:00 Wed'));
    expect(await fakeBrowser.alarms.get(ALARMS.safety)).toMatchObject({ periodInMinutes: 15 });
  });
});
