import type { QueueItem } from '@/lib/core/queue';
import {
  GROUP_NOTIFICATION_ID,
  notificationIdFor,
  planReminders,
  staleNotificationIds,
  type NotifiedRecord,
} from '@/lib/core/reminders';
import { makeProspect, makeSettings, zonedIso } from '../../../factories';
import { makeStepItem } from '../../../factories/queue';

const BERLIN = 'Europe/Berlin';
const at = (local: string) => zonedIso(local, BERLIN);
const settings = makeSettings({ timeZone: BERLIN });
const workingNow = at('2026-11-25 10:00');

function stepItem(name: string, dueAt = at('2026-11-25 09:30')): QueueItem {
  return makeStepItem({
    key: `step:${name}`,
    enrollmentId: name,
    prospect: makeProspect({ name }),
    dueAt,
  }) as QueueItem;
}

const items = (count: number) => Array.from({ length: count }, (_, index) => stepItem(`person-${index + 1}`));
const recordOf = (due: QueueItem[]): NotifiedRecord => Object.fromEntries(due.map((item) => [item.key, item.dueAt]));

describe('planning reminders', () => {
  it.each([
    [1, 1],
    [3, 3],
    [4, 1],
    [12, 1],
  ])('%i new due items make %i notification(s): grouped above groupAbove (3)', (count, expected) => {
    const plan = planReminders({ now: workingNow, settings, due: items(count), notified: {} });
    expect(plan.notifications).toHaveLength(expected);
    expect(plan.waiting).toBe(false);
    if (count > 3) expect(plan.notifications[0]).toMatchObject({ id: GROUP_NOTIFICATION_ID, buttons: [] });
    else expect(plan.notifications.map((notification) => notification.buttons)).toContainEqual(['Done', 'Snooze 1 h']);
  });

  it('follows the rep setting for the group threshold', () => {
    const grouped = makeSettings({ timeZone: BERLIN, notifications: { enabled: true, groupAbove: 1 } });
    expect(
      planReminders({ now: workingNow, settings: grouped, due: items(2), notified: {} }).notifications,
    ).toHaveLength(1);
  });

  it('shows an item once per due time, even when the rep closed it, and again after a snooze', () => {
    const [ada, bob] = [stepItem('ada'), stepItem('bob')];
    const first = planReminders({ now: workingNow, settings, due: [ada], notified: {} });
    expect(first.notified).toEqual({ 'step:ada': ada.dueAt });
    const second = planReminders({ now: workingNow, settings, due: [ada, bob], notified: first.notified });
    expect(second.notifications.map((notification) => notification.id)).toEqual([notificationIdFor(bob)]);
    const snoozed = { ...ada, dueAt: at('2026-11-25 09:55') };
    const third = planReminders({ now: workingNow, settings, due: [snoozed, bob], notified: second.notified });
    expect(third.notifications.map((notification) => notification.id)).toEqual([notificationIdFor(snoozed)]);
  });

  it('counts only new items toward the group, so earlier reminders are not repeated in one', () => {
    const due = items(5);
    const plan = planReminders({ now: workingNow, settings, due, notified: recordOf(due.slice(0, 3)) });
    expect(plan.notifications.map((notification) => notification.id)).toEqual(due.slice(3).map(notificationIdFor));
  });

  it('forgets items that are no longer due, so the record stays small', () => {
    const plan = planReminders({
      now: workingNow,
      settings,
      due: [],
      notified: { 'step:gone': at('2026-11-24 09:00') },
    });
    expect(plan.notified).toEqual({});
  });

  it.each([
    ['before work', at('2026-11-25 07:00'), settings],
    ['on a Sunday', at('2026-11-29 10:00'), settings],
    ['on vacation', workingNow, makeSettings({ timeZone: BERLIN, pausedUntil: at('2026-12-01 09:00') })],
  ])('holds everything back %s and says items are waiting', (_case, now, calendar) => {
    const plan = planReminders({ now, settings: calendar, due: items(2), notified: {} });
    expect(plan).toEqual({ notifications: [], notified: {}, waiting: true });
  });

  it('does not wait for anything when reminders are switched off', () => {
    const off = makeSettings({ timeZone: BERLIN, notifications: { enabled: false, groupAbove: 3 } });
    expect(planReminders({ now: workingNow, settings: off, due: items(2), notified: {} }).waiting).toBe(false);
  });
});

describe('stale reminders', () => {
  const ada = stepItem('ada');
  const bob = stepItem('bob');

  it('closes ours whose item is done or was snoozed, keeps current ones and never touches foreign ids', () => {
    const open = [notificationIdFor(ada), notificationIdFor(bob), 'someone-else', GROUP_NOTIFICATION_ID];
    const snoozedBob = { ...bob, dueAt: at('2026-11-25 09:45') };
    expect(staleNotificationIds(open, [snoozedBob])).toEqual([notificationIdFor(ada), notificationIdFor(bob)]);
  });

  it('closes the group once nothing is due', () => {
    expect(staleNotificationIds([GROUP_NOTIFICATION_ID], [])).toEqual([GROUP_NOTIFICATION_ID]);
    expect(staleNotificationIds([GROUP_NOTIFICATION_ID], [ada])).toEqual([]);
  });
});
