import type { Prospect, Touch } from '../model';
import { countFollowUps } from '../policies/five-nos';
import { isWithin, type Period } from './periods';
import { gaveUpAt } from './touch-history';
import type { GivenUpRow } from './weekly-report-schema';

/** The lost prospects given up on in the period, in the order it happened, with their touches. */
export function givenUpWithin(
  lost: readonly Prospect[],
  histories: ReadonlyMap<string, readonly Touch[]>,
  period: Period,
  cutoff: Date,
): GivenUpRow[] {
  return lost
    .flatMap((prospect) => {
      const history = histories.get(prospect.id) ?? [];
      const at = gaveUpAt(prospect, history);
      return at && isWithin(at, period, cutoff) ? [{ at, prospect, touches: countFollowUps(history) }] : [];
    })
    .sort((a, b) => a.at.localeCompare(b.at))
    .map(({ prospect, touches }) => ({
      prospectId: prospect.id,
      name: prospect.name,
      touches,
      early: prospect.giveUpOverride !== undefined,
    }));
}
