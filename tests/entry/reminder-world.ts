/** A worker with a pinned clock and a small day of follow-ups, shared by the reminder entry tests. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { DEFAULT_CADENCE } from '@/lib/core/model';
import { FifthTouchDatabase } from '@/lib/db/database';
import { makeEnrollment, makeProspect, makeSettings, makeTask, zonedIso, zonedLocal } from '../factories';

export const BERLIN = 'Europe/Berlin';
export const at = (local: string) => zonedIso(local, BERLIN);
export const NOW = at('2026-11-25 10:00'); // a Wednesday, in working hours
export const WARNING = [180, 35, 24, 255];
export const CALM = [15, 118, 110, 255];

/** fakeBrowser's sendMessage passes an empty sender, so deliver as Chrome does for our own pages. */
export async function send(name: string, request: unknown = {}): Promise<unknown> {
  const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  const replies = await fakeBrowser.runtime.onMessage.trigger({ name, request }, popup);
  return replies.find(Boolean);
}

const ada = makeProspect({ id: 'ada', name: 'Ada Lovelace', email: 'ada@analytical.example' });
/** The factory gives everyone an email; these two have none. */
function withoutEmail(overrides: Parameters<typeof makeProspect>[0]) {
  const { email: _email, ...prospect } = makeProspect(overrides);
  return prospect;
}
const bob = withoutEmail({ id: 'bob', name: 'Bob Noyce', linkedinUrl: 'https://www.linkedin.com/in/bob/' });
const cy = withoutEmail({ id: 'cy', name: 'Cy Young' });
const dee = makeProspect({ id: 'dee', name: 'Dee Hock', email: 'dee@visa.example' });

/** Ada's step is due now, Bob's since Monday, Cy has a callback due, Dee's step comes this afternoon. */
export async function seed({ dueNow = true } = {}) {
  const db = new FifthTouchDatabase(() => new Date());
  await db.settings.put(makeSettings({ timeZone: BERLIN }));
  await db.cadences.put(DEFAULT_CADENCE);
  await db.prospects.bulkPut([ada, bob, cy, dee]);
  await db.enrollments.put(makeEnrollment({ id: 'e-dee', prospectId: 'dee', nextDueAt: at('2026-11-25 14:00') }));
  if (!dueNow) return db;
  await db.enrollments.bulkPut([
    makeEnrollment({ id: 'e-ada', prospectId: 'ada', nextDueAt: at('2026-11-25 09:30') }),
    makeEnrollment({ id: 'e-bob', prospectId: 'bob', stepIndex: 1, nextDueAt: at('2026-11-23 10:00') }),
  ]);
  await db.tasks.put(makeTask({ id: 't-cy', prospectId: 'cy', kind: 'callback', dueAt: at('2026-11-25 09:45') }));
  return db;
}

export const alarmAt = async (name: string) => {
  const alarm = await fakeBrowser.alarms.get(name);
  return alarm && zonedLocal(new Date(alarm.scheduledTime).toISOString(), BERLIN);
};
export const badge = async () => ({
  text: await fakeBrowser.action.getBadgeText({}),
  color: await fakeBrowser.action.getBadgeBackgroundColor({}),
});
export const notifications = () =>
  fakeBrowser.notifications.getAll() as unknown as Promise<Record<string, Record<string, unknown>>>;
export const fireAlarm = (name: string, scheduledTime = new Date(NOW).getTime()) =>
  fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime });

/**
 * Starts the worker fresh at NOW. Date and timers are faked; fake-indexeddb answers on setImmediate,
 * which stays real, so Dexie runs.
 */
export function useWorkerAtNow(): void {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date(NOW));
    fakeBrowser.reset();
    await new FifthTouchDatabase(() => new Date()).delete();
    background.main();
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}
