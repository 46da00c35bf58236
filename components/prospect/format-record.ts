import { CHANNEL_LABELS, type Channel, type TouchOutcome } from '@/lib/core/model';

export const OUTCOME_LABELS: Record<TouchOutcome, string> = {
  sent: 'Sent',
  'connection-request': 'Connection request',
  'no-answer': 'No answer',
  voicemail: 'Voicemail',
  gatekeeper: 'Gatekeeper',
  replied: 'Replied',
  yes: 'Yes',
  no: 'No',
  meeting: 'Meeting',
  won: 'Won',
  lost: 'Lost',
};

export function channelsText(channels: readonly Channel[]): string {
  return channels.map((channel) => CHANNEL_LABELS[channel]).join(' + ');
}

/** A date and time in the rep's locale; the record is read, not scheduled from. */
export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
