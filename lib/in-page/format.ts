import type { Channel, TouchOutcome } from '../core/model';
import type { ProspectSummary } from '../core/status/prospect-summary';

const CHANNEL_NAMES: Record<Channel, string> = { call: 'Call', email: 'Email', linkedin: 'LinkedIn', x: 'X' };

const OUTCOME_NAMES: Record<TouchOutcome, string> = {
  sent: 'sent',
  'connection-request': 'connection request',
  'no-answer': 'no answer',
  voicemail: 'voicemail',
  gatekeeper: 'gatekeeper',
  replied: 'replied',
  yes: 'yes',
  no: 'no',
  meeting: 'meeting',
  won: 'won',
  lost: 'lost',
};

export function channelList(channels: Channel[]): string {
  return channels.map((channel) => CHANNEL_NAMES[channel]).join(' + ');
}

/** Intl instead of a date library: it costs the content script nothing. */
export function formatWhen(iso: string, now: Date): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === now.toDateString();
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  if (sameDay) return `today ${time}`;
  return `${at.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' })} ${time}`;
}

/** "Step 3 of 9 · Email + LinkedIn due today 16:00" — what the rep should do next, in words. */
export function describeNextStep(summary: ProspectSummary, now: Date): string {
  switch (summary.stage) {
    case 'not-enrolled':
      return 'Not in a playbook.';
    case 'finished':
      return 'Playbook finished: qualify, nurture or close.';
    case 'paused':
      return `Step ${summary.stepNumber} of ${summary.stepCount} · paused`;
    case 'active': {
      const left = summary.channelsLeft.length > 0 ? summary.channelsLeft : summary.channels;
      const due = summary.dueAt ? ` due ${formatWhen(summary.dueAt, now)}` : '';
      return `Step ${summary.stepNumber} of ${summary.stepCount} · ${channelList(left)}${due}`;
    }
  }
}

export function describeLastTouch(summary: ProspectSummary, now: Date): string | null {
  const last = summary.lastTouch;
  if (!last) return null;
  const note = last.note ? ` — ${last.note}` : '';
  return `Last touch: ${CHANNEL_NAMES[last.channel]} (${OUTCOME_NAMES[last.outcome]}) ${formatWhen(last.at, now)}${note}`;
}
