import type { QueueItem } from '@/lib/core/queue';
import {
  badgeFor,
  describeReminder,
  describeReminderGroup,
  doneOutcomeFor,
  notificationIdFor,
  parseNotificationId,
  prospectPageUrl,
} from '@/lib/core/reminders';
import { makeProspect, makeSettings, zonedIso } from '../../../factories';
import { makeStepItem } from '../../../factories/queue';

const BERLIN = 'Europe/Berlin';
const at = (local: string) => zonedIso(local, BERLIN);
const settings = makeSettings({ timeZone: BERLIN });
const now = at('2026-11-25 10:00');
const ada = makeProspect({ name: 'Ada Lovelace', company: 'Analytical Engines' });

const step = (overrides: Partial<Extract<QueueItem, { kind: 'step' }>> = {}) =>
  makeStepItem({ key: 'step:ada', prospect: ada, dueAt: at('2026-11-25 09:30'), ...overrides }) as QueueItem;

function task(taskKind: 'callback' | 'respond' | 'decide', note: string): QueueItem {
  const labels = { callback: 'Call back', respond: 'Answer their reply', decide: 'Decide what comes next' };
  return {
    ...step(),
    kind: 'task',
    key: `task:${taskKind}`,
    label: labels[taskKind],
    taskId: taskKind,
    taskKind,
    note,
  } as QueueItem;
}

describe('reminder texts', () => {
  it.each([
    [
      'a step names the prospect, the step and the channels left',
      step({ label: 'Step 1 of 9', channelsLeft: ['call', 'email'] }),
      { title: 'Follow up with Ada Lovelace', message: 'Step 1 of 9 · Call, Email' },
    ],
    [
      'a partly done step names only what is left',
      step({ label: 'Step 2 of 9', channels: ['email', 'x'], channelsLeft: ['x'] }),
      { title: 'Follow up with Ada Lovelace', message: 'Step 2 of 9 · X (Twitter)' },
    ],
    [
      'a callback task',
      task('callback', 'You left a voicemail.'),
      { title: 'Call back: Ada Lovelace', message: 'Call · You left a voicemail.' },
    ],
    [
      'a reply to answer',
      task('respond', ''),
      { title: 'Answer their reply: Ada Lovelace', message: 'Email · Answer their reply' },
    ],
    [
      'a decision has no channel',
      task('decide', 'The playbook is finished.'),
      { title: 'Decide what comes next: Ada Lovelace', message: 'The playbook is finished.' },
    ],
  ])('%s', (_case, item, expected) => {
    expect(describeReminder(item, 'id', now, settings)).toMatchObject({ ...expected, buttons: ['Done', 'Snooze 1 h'] });
  });

  it.each([
    ['due today: the time in the rep zone', at('2026-11-25 09:30'), 'Analytical Engines · Due 09:30'],
    ['from an earlier day: overdue since', at('2026-11-23 16:00'), 'Analytical Engines · Overdue since Mon 23 Nov'],
  ])('context: %s', (_case, dueAt, expected) => {
    expect(describeReminder(step({ dueAt }), 'id', now, settings).contextMessage).toBe(expected);
  });

  it('a group names the first three with their channels and counts the rest', () => {
    const names = ['Ada', 'Bob', 'Cy', 'Dee', 'Eve'];
    const items = names.map((name) =>
      step({ key: `step:${name}`, prospect: makeProspect({ name }), channelsLeft: ['email'] }),
    );
    expect(describeReminderGroup(items, 'group')).toEqual({
      id: 'group',
      title: '5 follow-ups due',
      message: 'Ada: Email\nBob: Email\nCy: Email\nand 2 more',
      buttons: [],
    });
  });
});

describe('notification ids', () => {
  it.each([
    ['step:enrollment-1', '2026-11-25T08:30:00.000Z'],
    ['task:with|a|bar', '2026-11-25T08:30:00.000Z'],
  ])('round-trips %s', (key, dueAt) => {
    expect(parseNotificationId(notificationIdFor({ key, dueAt }))).toEqual({ key, dueAt });
  });

  it.each(['fifth-touch|group', 'another-extension|step:x|2026', 'fifth-touch|', ''])('%j is not an item', (id) => {
    expect(parseNotificationId(id)).toBeNull();
  });
});

describe('badge', () => {
  it.each([
    [
      { dueToday: 0, overdue: 0 },
      { text: '', color: '#0F766E' },
    ],
    [
      { dueToday: 4, overdue: 0 },
      { text: '4', color: '#0F766E' },
    ],
    [
      { dueToday: 4, overdue: 1 },
      { text: '4', color: '#B42318' },
    ],
    [
      { dueToday: 120, overdue: 3 },
      { text: '99+', color: '#B42318' },
    ],
  ])('%j shows %j', (counts, expected) => {
    expect(badgeFor(counts)).toEqual(expected);
  });
});

describe('where a reminder leads', () => {
  it.each([
    [
      { email: 'ada@analytical.example', linkedinUrl: 'https://www.linkedin.com/in/ada/' },
      'https://mail.google.com/mail/u/0/#search/ada%40analytical.example',
    ],
    [{ linkedinUrl: 'https://www.linkedin.com/in/ada/' }, 'https://www.linkedin.com/in/ada/'],
    [{}, null],
    // A record that slipped past validation never opens anything but https:.
    [{ linkedinUrl: 'javascript:alert(1)' }, null],
    [{ linkedinUrl: ' JavaScript:alert(document.cookie)' }, null],
    [{ linkedinUrl: 'data:text/html,<script>alert(1)</script>' }, null],
    [{ linkedinUrl: 'http://www.linkedin.com/in/ada/' }, null],
    [{ linkedinUrl: 'www.linkedin.com/in/ada' }, null],
    [
      { email: 'javascript:alert(1)//@x.io' },
      'https://mail.google.com/mail/u/0/#search/javascript%3Aalert(1)%2F%2F%40x.io',
    ],
  ])('%j → %s', (prospect, expected) => {
    expect(prospectPageUrl(prospect)).toBe(expected);
  });

  it.each([
    [['call', 'email'], 'no-answer'],
    [['email', 'x'], 'sent'],
  ] as const)('"Done" on a step with %j records %s', (channelsLeft, expected) => {
    expect(doneOutcomeFor({ channelsLeft: [...channelsLeft] })).toBe(expected);
  });
});
