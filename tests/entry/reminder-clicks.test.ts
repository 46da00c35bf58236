import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALARMS } from '@/lib/handlers/reminders';
import { makeTask } from '../factories';
import { alarmAt, at, badge, fireAlarm, notifications, NOW, seed, useWorkerAtNow, WARNING } from './reminder-world';

describe('answering reminders', () => {
  useWorkerAtNow();

  it('"Done" logs the step, closes the reminder and lowers the badge', async () => {
    const db = await seed();
    await fireAlarm(ALARMS.nextDue);
    const id = `fifth-touch|step:e-ada|${at('2026-11-25 09:30')}`;
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 0);
    const touches = await db.touches.where('prospectId').equals('ada').toArray();
    expect(touches.map((touch) => [touch.channel, touch.outcome]).sort()).toEqual([
      ['call', 'no-answer'],
      ['email', 'sent'],
    ]);
    expect((await db.enrollments.get('e-ada'))?.stepIndex).toBe(1);
    expect(Object.keys(await notifications())).not.toContain(id);
    expect(await badge()).toEqual({ text: '3', color: WARNING });
  });

  it('"Done" on a task completes it', async () => {
    const db = await seed();
    await fakeBrowser.notifications.onButtonClicked.trigger(`fifth-touch|task:t-cy|${at('2026-11-25 09:45')}`, 0);
    expect(await db.tasks.get('t-cy')).toMatchObject({ status: 'done', doneAt: NOW });
  });

  it('"Snooze 1 h" moves the item an hour on and re-arms for it', async () => {
    const db = await seed({ dueNow: false });
    await db.tasks.put(makeTask({ id: 't-cy', prospectId: 'cy', dueAt: at('2026-11-25 09:45') }));
    await fakeBrowser.notifications.onButtonClicked.trigger(`fifth-touch|task:t-cy|${at('2026-11-25 09:45')}`, 1);
    expect((await db.tasks.get('t-cy'))?.dueAt).toBe(at('2026-11-25 11:00'));
    expect(await alarmAt(ALARMS.nextDue)).toBe('2026-11-25 11:00 Wed');
  });

  it.each([
    [
      'an email: their mail in Gmail',
      `fifth-touch|step:e-ada|${at('2026-11-25 09:30')}`,
      'https://mail.google.com/mail/u/0/#search/ada%40analytical.example',
    ],
    [
      'a profile only: LinkedIn',
      `fifth-touch|step:e-bob|${at('2026-11-23 10:00')}`,
      'https://www.linkedin.com/in/bob/',
    ],
    [
      'neither: the queue',
      `fifth-touch|task:t-cy|${at('2026-11-25 09:45')}`,
      'chrome-extension://test-extension-id/popup.html',
    ],
    ['the group: the queue', 'fifth-touch|group', 'chrome-extension://test-extension-id/popup.html'],
  ])('a click on a reminder for %s', async (_case, id, url) => {
    await seed();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(id);
    expect(create).toHaveBeenCalledWith({ url });
  });
});
