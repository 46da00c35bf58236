import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALARMS } from '@/lib/handlers/reminders';
import { makeProspect } from '../factories';
import {
  alarmAt,
  at,
  badge,
  CALM,
  fireAlarm,
  notifications,
  NOW,
  seed,
  send,
  useWorkerAtNow,
  WARNING,
} from './reminder-world';

describe('reminders in the worker', () => {
  useWorkerAtNow();

  it('after a write, arms the alarm at the next due time and redraws the badge', async () => {
    await seed({ dueNow: false });
    expect(await send('saveProspect', { prospect: makeProspect({ id: 'new' }) })).toMatchObject({ ok: true });
    expect(await alarmAt(ALARMS.nextDue)).toBe('2026-11-25 14:00 Wed');
    expect(await badge()).toEqual({ text: '1', color: CALM });
  });

  it('a write just after report time leaves the pending weekly alarm to fire, not moved to next week', async () => {
    await seed({ dueNow: false });
    const due = new Date(NOW).getTime() - 1000;
    await fakeBrowser.alarms.create(ALARMS.weeklyReport, { when: due });
    await send('saveProspect', { prospect: makeProspect({ id: 'new' }) });
    expect((await fakeBrowser.alarms.get(ALARMS.weeklyReport))?.scheduledTime).toBe(due);
  });

  it('a read changes no alarm', async () => {
    await seed({ dueNow: false });
    // The worker's start and this write set the alarms; the write's refresh runs after the start's.
    await send('saveProspect', { prospect: makeProspect({ id: 'new' }) });
    const armed = structuredClone(await fakeBrowser.alarms.getAll());
    await fakeBrowser.alarms.clear(ALARMS.nextDue);
    await send('getTodayQueue');
    expect(await fakeBrowser.alarms.getAll()).toEqual(armed.filter((alarm) => alarm.name !== ALARMS.nextDue));
  });

  it.each([
    ['install', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false })],
    ['update', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false })],
    ['browser start', () => fakeBrowser.runtime.onStartup.trigger()],
  ])('on %s, sets every alarm and the badge from the database', async (_event, trigger) => {
    await seed();
    await trigger();
    // The worker's own start refreshed the empty database first; wait for the event's refresh.
    // Three items are due and not shown yet: the reminder alarm fires right away.
    await vi.waitFor(async () => expect(await alarmAt(ALARMS.nextDue)).toBe('2026-11-25 10:00 Wed'));
    expect(await alarmAt(ALARMS.weeklyReport)).toBe('2026-11-27 15:00 Fri');
    expect(await fakeBrowser.alarms.get(ALARMS.safety)).toMatchObject({ periodInMinutes: 15 });
    expect(await badge()).toEqual({ text: '4', color: WARNING });
  });

  it('leaves the badge empty and sets no reminder alarm when nothing is due', async () => {
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await alarmAt(ALARMS.weeklyReport)).toBeDefined());
    expect(await badge()).toEqual({ text: '', color: CALM });
    expect(await fakeBrowser.alarms.get(ALARMS.nextDue)).toBeUndefined();
  });

  it('shows one reminder per due item, naming the prospect and channels, once', async () => {
    await seed();
    await fireAlarm(ALARMS.nextDue);
    const shown = await notifications();
    expect(Object.keys(shown).sort()).toEqual([
      `fifth-touch|step:e-ada|${at('2026-11-25 09:30')}`,
      `fifth-touch|step:e-bob|${at('2026-11-23 10:00')}`,
      `fifth-touch|task:t-cy|${at('2026-11-25 09:45')}`,
    ]);
    expect(shown[`fifth-touch|step:e-ada|${at('2026-11-25 09:30')}`]).toMatchObject({
      type: 'basic',
      title: 'Follow up with Ada Lovelace',
      message: 'Step 1 of 9 · Call, Email',
      iconUrl: expect.stringMatching(/icon\/128\.png$/),
      buttons: [{ title: 'Done' }, { title: 'Snooze 1 h' }],
    });
    // The rep closes one; the safety alarm must not bring it back.
    await fakeBrowser.notifications.clear(`fifth-touch|step:e-bob|${at('2026-11-23 10:00')}`);
    await fireAlarm(ALARMS.safety);
    expect(Object.keys(await notifications())).toHaveLength(2);
    expect(await alarmAt(ALARMS.nextDue)).toBe('2026-11-25 14:00 Wed');
  });

  it('groups more than three new due items into one', async () => {
    const db = await seed();
    await db.enrollments.update('e-dee', { nextDueAt: at('2026-11-25 09:50') });
    await fireAlarm(ALARMS.nextDue);
    const shown = await notifications();
    expect(Object.keys(shown)).toEqual(['fifth-touch|group']);
    expect(shown['fifth-touch|group']).toMatchObject({ title: '4 follow-ups due' });
  });

  it('shows nothing outside working hours and wakes at the next working morning', async () => {
    await seed();
    vi.setSystemTime(new Date(at('2026-11-25 20:00')));
    await fireAlarm(ALARMS.nextDue);
    expect(await notifications()).toEqual({});
    expect(await alarmAt(ALARMS.nextDue)).toBe('2026-11-26 09:00 Thu');
  });

  it('opens the report on the weekly alarm, unless it fires days late', async () => {
    await seed({ dueNow: false });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fireAlarm(ALARMS.weeklyReport, new Date(NOW).getTime() - 3 * 24 * 60 * 60 * 1000);
    expect(create).not.toHaveBeenCalled();
    await fireAlarm(ALARMS.weeklyReport);
    expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/options.html#report' });
    expect(await alarmAt(ALARMS.weeklyReport)).toBe('2026-11-27 15:00 Fri');
  });

  it('completeStep through a message answers with the summary and closes the reminder', async () => {
    await seed();
    await fireAlarm(ALARMS.nextDue);
    const reply = await send('completeStep', { enrollmentId: 'e-ada', outcome: 'voicemail', touchIdPrefix: 'popup-1' });
    expect(reply).toMatchObject({ ok: true, response: { prospectId: 'ada', stepNumber: 2 } });
    expect(Object.keys(await notifications())).toHaveLength(2);
    // Ada's step moved on; the voicemail's callback is due in two working days.
    expect(await badge()).toEqual({ text: '3', color: WARNING });
  });
});
