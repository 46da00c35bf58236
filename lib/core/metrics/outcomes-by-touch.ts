import type { Prospect, Touch } from '../model';
import { isWithin, type Period } from './periods';
import { followUpsUpTo, touchNumberOf, wonAt } from './touch-history';
import type { TouchNumberRow } from './weekly-report-schema';

/** Touch numbers one to nine each, then "10+": the playbook's deals close between the fifth and twelfth. */
const SINGLE_BUCKETS = 9;
const LABELS = [...Array.from({ length: SINGLE_BUCKETS }, (_, index) => String(index + 1)), `${SINGLE_BUCKETS + 1}+`];

function labelOf(touchNumber: number): string {
  return touchNumber > SINGLE_BUCKETS ? `${SINGLE_BUCKETS + 1}+` : String(Math.max(touchNumber, 1));
}

function tally(labels: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

/**
 * Meetings booked and deals won in the period, by the touch on which they happened. A win with no
 * touch before it counts as won on the first contact.
 */
export function outcomesByTouchNumber(
  touches: readonly Touch[],
  won: readonly Prospect[],
  histories: ReadonlyMap<string, readonly Touch[]>,
  period: Period,
  cutoff: Date,
): TouchNumberRow[] {
  const meetings = tally(
    touches
      .filter((touch) => touch.outcome === 'meeting' && isWithin(touch.at, period, cutoff))
      .map((touch) => labelOf(touchNumberOf(histories.get(touch.prospectId) ?? [touch], touch))),
  );
  const wins = tally(
    won.flatMap((prospect) => {
      const history = histories.get(prospect.id) ?? [];
      const at = wonAt(history);
      return at && isWithin(at, period, cutoff) ? [labelOf(followUpsUpTo(history, at).length)] : [];
    }),
  );
  return LABELS.map((touchNumber) => ({
    touchNumber,
    meetings: meetings.get(touchNumber) ?? 0,
    wins: wins.get(touchNumber) ?? 0,
  }));
}
