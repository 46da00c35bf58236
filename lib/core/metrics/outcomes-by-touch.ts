import type { Prospect, Touch } from '../model';
import { isWithin, type Period } from './periods';
import { followUpsUpTo, touchNumberOf, wonAt } from './touch-history';
import type { TouchNumberRow } from './weekly-report-schema';

/** Touch numbers one to nine each, then "10+": the playbook's deals close between the fifth and twelfth. */
const SINGLE_BUCKETS = 9;
const LABELS = [...Array.from({ length: SINGLE_BUCKETS }, (_, index) => String(index + 1)), `${SINGLE_BUCKETS + 1}+`];

function bucketOf(touchNumber: number): number {
  return Math.min(Math.max(touchNumber, 1), SINGLE_BUCKETS + 1) - 1;
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
  const rows = LABELS.map((touchNumber) => ({ touchNumber, meetings: 0, wins: 0 }));
  for (const touch of touches) {
    if (touch.outcome !== 'meeting' || !isWithin(touch.at, period, cutoff)) continue;
    rows[bucketOf(touchNumberOf(histories.get(touch.prospectId) ?? [touch], touch))]!.meetings += 1;
  }
  for (const prospect of won) {
    const history = histories.get(prospect.id) ?? [];
    const at = wonAt(history);
    if (!at || !isWithin(at, period, cutoff)) continue;
    rows[bucketOf(followUpsUpTo(history, at).length)]!.wins += 1;
  }
  return rows;
}
