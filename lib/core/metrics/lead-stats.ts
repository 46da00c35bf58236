import type { Prospect, Touch } from '../model';
import { median, nearestRankPercentile } from './percentiles';
import { followUpsUpTo } from './touch-history';
import type { LeadStats } from './weekly-report-schema';

const MINUTE_MS = 60 * 1000;

/**
 * How a group of new leads was worked up to `cutoff`: followed up at all, touches each, and speed
 * to lead (minutes from arriving to the first touch, over the leads touched so far).
 */
export function summarizeLeads(
  leads: readonly Prospect[],
  histories: ReadonlyMap<string, readonly Touch[]>,
  cutoff: string,
): LeadStats {
  const touchesOfEach = leads.map((lead) => followUpsUpTo(histories.get(lead.id) ?? [], cutoff));
  const firstTouchMinutes = leads.flatMap((lead, index) => {
    const first = touchesOfEach[index]![0];
    // A touch imported from before the lead was recorded counts as immediate, not negative.
    return first ? [Math.max(0, Date.parse(first.at) - Date.parse(lead.createdAt)) / MINUTE_MS] : [];
  });
  const totalTouches = touchesOfEach.reduce((sum, touches) => sum + touches.length, 0);
  const followedUp = firstTouchMinutes.length;
  return {
    leads: leads.length,
    followedUp,
    followedUpPercent: leads.length ? (100 * followedUp) / leads.length : null,
    touchesPerLead: leads.length ? totalTouches / leads.length : null,
    medianFirstTouchMinutes: median(firstTouchMinutes),
    p90FirstTouchMinutes: nearestRankPercentile(firstTouchMinutes, 90),
  };
}
