import type { Prospect, Touch } from '../model';
import { countFollowUps } from '../policies/five-nos';
import type { GiveUpCurve } from './weekly-report-schema';

/**
 * The playbook's figures: 44% of reps give up after one no, 22% after two, 14% after three and
 * 12% after four; the remaining 8% go on to a fifth touch and beyond.
 */
export const INDUSTRY_GIVE_UP = [
  { touches: '1', percent: 44 },
  { touches: '2', percent: 22 },
  { touches: '3', percent: 14 },
  { touches: '4', percent: 12 },
  { touches: '5+', percent: 8 },
] as const;

const LAST_BUCKET = INDUSTRY_GIVE_UP.length;

/** After how many touches this rep's lost prospects stopped, beside the industry's figures. */
export function giveUpCurve(lost: readonly Prospect[], histories: ReadonlyMap<string, readonly Touch[]>): GiveUpCurve {
  const counts = INDUSTRY_GIVE_UP.map(() => 0);
  let neverTouched = 0;
  for (const prospect of lost) {
    const touches = countFollowUps(histories.get(prospect.id) ?? []);
    if (touches === 0) neverTouched += 1;
    else counts[Math.min(touches, LAST_BUCKET) - 1]! += 1;
  }
  const touched = lost.length - neverTouched;
  return {
    closed: lost.length,
    neverTouched,
    buckets: INDUSTRY_GIVE_UP.map(({ touches, percent }, index) => ({
      touches,
      count: counts[index]!,
      percent: touched ? (100 * counts[index]!) / touched : null,
      industryPercent: percent,
    })),
  };
}
