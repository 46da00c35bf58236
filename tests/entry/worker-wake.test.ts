import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { FifthTouchDatabase } from '@/lib/db/database';
import { ALARMS } from '@/lib/handlers/reminders';
import { alarmAt, badge, NOW, seed, WARNING } from './reminder-world';

/**
 * Chrome stops the worker whenever it likes, perhaps after a write and before its refresh; the
 * next event starts a fresh one with no install or startup event. That start sets things right.
 */
describe('a worker woken after Chrome stopped it', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
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
    await vi.waitFor(async () => expect(await badge()).toEqual({ text: '4', color: WARNING }));
    await vi.waitFor(async () => expect(await alarmAt(ALARMS.nextDue)).toBe('2026-11-25 10:00 Wed'));
    expect(await fakeBrowser.alarms.get(ALARMS.safety)).toMatchObject({ periodInMinutes: 15 });
  });
});
