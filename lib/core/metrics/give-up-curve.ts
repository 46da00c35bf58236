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

/** After how many touches this rep's lost prospects stopped, beside the industry's figures. */
export function giveUpCurve(lost: readonly Prospect[], histories: ReadonlyMap<string, readonly Touch[]>): GiveUpCurve {
  const touchCounts = lost.map((prospect) => countFollowUps(histories.get(prospect.id) ?? []));
  const touched = touchCounts.filter((count) => count > 0);
  const last = INDUSTRY_GIVE_UP.length;
  return {
    closed: lost.length,
    neverTouched: lost.length - touched.length,
    buckets: INDUSTRY_GIVE_UP.map(({ touches, percent }, index) => {
      const count = touched.filter((made) => Math.min(made, last) === index + 1).length;
      return {
        touches,
        count,
        percent: touched.length ? (100 * count) / touched.length : null,
        industryPercent: percent,
      };
    }),
  };
}
