import type { Prospect, TouchOutcome } from '../model';
import type { StepQueueItem } from '../queue/queue-item';

/** Where a click on a reminder takes the rep: their mail with the prospect, else the profile; null for the queue. */
export function reminderTargetUrl(prospect: Pick<Prospect, 'email' | 'linkedinUrl'>): string | null {
  if (prospect.email) return `https://mail.google.com/mail/u/0/#search/${encodeURIComponent(prospect.email)}`;
  return prospect.linkedinUrl ?? null;
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
