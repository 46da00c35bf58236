import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { CHANNEL_LABELS, type Channel, type Settings } from '../model';
import type { QueueItem } from '../queue/queue-item';
import { startOfRepDay } from '../queue/queue-window';
import type { Instant } from '../schedule/instant';
import { notificationLine } from './notification-line';

export const REMINDER_BUTTONS = ['Done', 'Snooze 1 h'] as const;
export type ReminderButton = (typeof REMINDER_BUTTONS)[number];

/** A notification as the platform shows it; only lib/platform turns it into a browser call. */
export interface ReminderNotification {
  id: string;
  title: string;
  message: string;
  contextMessage?: string;
  buttons: readonly ReminderButton[];
}

// Tasks have no cadence channels; the channel is implied by what the task asks for.
const TASK_CHANNELS: Record<Extract<QueueItem, { kind: 'task' }>['taskKind'], Channel[]> = {
  callback: ['call'],
  respond: ['email'],
  decide: [],
};

function channelsOf(item: QueueItem): Channel[] {
  if (item.kind === 'task') return TASK_CHANNELS[item.taskKind];
  return item.channelsLeft.length > 0 ? item.channelsLeft : item.channels;
}

function channelsInWords(item: QueueItem): string {
  return channelsOf(item)
    .map((channel) => CHANNEL_LABELS[channel])
    .join(', ');
}

function dueInWords(item: QueueItem, now: Instant, settings: Pick<Settings, 'timeZone'>): string {
  const inZone = { in: tz(settings.timeZone) };
  const due = new Date(item.dueAt);
  return item.dueAt < startOfRepDay(now, settings)
    ? `Overdue since ${format(due, 'EEE d MMM', inZone)}`
    : `Due ${format(due, 'HH:mm', inZone)}`;
}

/** One due item: who, which step, and on which channels. */
export function describeReminder(
  item: QueueItem,
  id: string,
  now: Instant,
  settings: Pick<Settings, 'timeZone'>,
): ReminderNotification {
  const channels = channelsInWords(item);
  const name = notificationLine(item.prospect.name);
  const title = item.kind === 'step' ? `Follow up with ${name}` : `${item.label}: ${name}`;
  const what = item.kind === 'step' ? item.label : notificationLine(item.note) || item.label;
  const message = item.kind === 'step' ? `${what} · ${channels}` : [channels, what].filter(Boolean).join(' · ');
  const company = notificationLine(item.prospect.company ?? '');
  const context = [company, dueInWords(item, now, settings)].filter(Boolean).join(' · ');
  return {
    id,
    title,
    message,
    contextMessage: context,
    buttons: REMINDER_BUTTONS,
  };
}

/** Names shown in a group before "and N more": a notification has room for a few lines only. */
const GROUP_NAMES_SHOWN = 3;

/** Many due items at once: one notification naming the first few; a click opens the queue. */
export function describeReminderGroup(items: readonly QueueItem[], id: string): ReminderNotification {
  const lines = items.slice(0, GROUP_NAMES_SHOWN).map((item) => {
    const channels = channelsInWords(item);
    const name = notificationLine(item.prospect.name);
    return channels ? `${name}: ${channels}` : `${name}: ${item.label}`;
  });
  const rest = items.length - lines.length;
  if (rest > 0) lines.push(`and ${rest} more`);
  return { id, title: `${items.length} follow-ups due`, message: lines.join('\n'), buttons: [] };
}
