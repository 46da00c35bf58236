import type { Prospect, Touch } from '../model';
import { isFollowUp } from '../policies/five-nos';

/** Each prospect's touches, oldest first (ties by id, as the queue orders them). */
export function historiesByProspect(touches: readonly Touch[]): Map<string, Touch[]> {
  const ordered = [...touches].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const histories = new Map<string, Touch[]>();
  for (const touch of ordered) {
    const history = histories.get(touch.prospectId);
    if (history) history.push(touch);
    else histories.set(touch.prospectId, [touch]);
  }
  return histories;
}

/**
 * A "touch" in the report is a follow-up, as in the five no's: the prospect's replies and the
 * won/lost records are not the rep reaching out. Instants are canonical ISO strings, so they compare as text.
 */
export function followUpsUpTo(history: readonly Touch[], moment: string): Touch[] {
  return history.filter((touch) => isFollowUp(touch) && touch.at <= moment);
}

/** Which touch this one was: 1 for the first follow-up, counting ties by id. */
export function touchNumberOf(history: readonly Touch[], touch: Touch): number {
  return history.filter(isFollowUp).findIndex((candidate) => candidate.id === touch.id) + 1;
}

/**
 * A prospect's status change has no timestamp of its own, so a win happened at the first touch
 * logged as "won", or else at the last touch (the moment the rep last worked the deal).
 */
export function wonAt(history: readonly Touch[]): string | undefined {
  return history.find((touch) => touch.outcome === 'won')?.at ?? history.at(-1)?.at;
}

/** Giving up early records when; otherwise the first touch logged as "lost", or else the last touch. */
export function gaveUpAt(prospect: Prospect, history: readonly Touch[]): string | undefined {
  return prospect.giveUpOverride?.at ?? history.find((touch) => touch.outcome === 'lost')?.at ?? history.at(-1)?.at;
}
