import type { Prospect, TouchOutcome } from '../model';
import type { StepQueueItem } from '../queue/queue-item';

/**
 * Where opening a prospect (from a reminder or the popup) takes the rep: their mail with the
 * prospect, else the profile; null for the queue. Only an https: address is ever opened, so a
 * record that slipped past validation cannot open a javascript: or data: URL.
 */
export function prospectPageUrl(prospect: Pick<Prospect, 'email' | 'linkedinUrl'>): string | null {
  if (prospect.email) return `https://mail.google.com/mail/u/0/#search/${encodeURIComponent(prospect.email)}`;
  return prospect.linkedinUrl !== undefined && isHttps(prospect.linkedinUrl) ? prospect.linkedinUrl : null;
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * "Done" on a reminder says the step was done but not how it went. A call most often goes
 * unanswered and "no-answer" creates no task, so it is the safe guess; anything else was sent.
 * The rep can still change the outcome afterwards, and its policy then applies.
 */
export function doneOutcomeFor(item: Pick<StepQueueItem, 'channelsLeft'>): Extract<TouchOutcome, 'sent' | 'no-answer'> {
  return item.channelsLeft.includes('call') ? 'no-answer' : 'sent';
}

/** "Snooze 1 h" on a reminder. */
export const SNOOZE_MS = 60 * 60 * 1000;
