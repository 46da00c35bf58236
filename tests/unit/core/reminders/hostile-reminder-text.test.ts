import type { QueueItem } from '@/lib/core/queue';
import { describeReminder, describeReminderGroup, NOTIFICATION_TEXT_LIMIT } from '@/lib/core/reminders';
import { makeProspect, makeSettings } from '../../../factories';
import { makeStepItem } from '../../../factories/queue';
import { fitted, HOSTILE_LIST } from '../../../fixtures/hostile-strings';

const NOW = '2026-11-25T09:00:00.000Z';
const settings = makeSettings({ timeZone: 'Europe/Berlin' });
/** The longest fixed words around a name or note: "Decide what comes next: ", " · Call, Email", and so on. */
const FRAME = 60;

function itemsFor(text: string): QueueItem[] {
  const prospect = makeProspect({ name: fitted(text, 200), company: fitted(text, 500) });
  const step = makeStepItem({ prospect, dueAt: NOW }) as QueueItem;
  const task = {
    ...step,
    kind: 'task',
    key: 'task:x',
    label: 'Call back',
    taskId: 'x',
    taskKind: 'callback',
    note: text,
  };
  return [step, task as QueueItem];
}

describe.each(HOSTILE_LIST)('a reminder about "%s"', (_label, text) => {
  it('is plain, bounded single lines with no reversing or control characters', () => {
    const items = itemsFor(text);
    const notifications = [
      ...items.map((item) => describeReminder(item, item.key, new Date(NOW), settings)),
      describeReminderGroup([...items, ...items], 'group'),
    ];
    for (const { title, message, contextMessage = '' } of notifications) {
      expect(title.length).toBeLessThanOrEqual(NOTIFICATION_TEXT_LIMIT + FRAME);
      expect(contextMessage.length).toBeLessThanOrEqual(NOTIFICATION_TEXT_LIMIT + FRAME);
      for (const line of message.split('\n')) expect(line.length).toBeLessThanOrEqual(NOTIFICATION_TEXT_LIMIT + FRAME);
      expect(`${title}${message}${contextMessage}`).not.toMatch(/[\u202A-\u202E\u2066-\u2069\r]/);
      expect(title).not.toContain('\n');
    }
    // What fits is the text itself: nothing escaped into entities, nothing dropped but the tail.
    const shown = text
      .replace(/[\u202A-\u202E]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 40);
    expect(notifications[0]!.title).toContain(shown);
    expect(notifications[1]!.message).toContain(shown);
  });
});
