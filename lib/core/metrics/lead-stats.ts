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
  const worked = leads.map((lead) => ({ lead, touches: followUpsUpTo(histories.get(lead.id) ?? [], cutoff) }));
  const firstTouchMinutes = worked.flatMap(({ lead, touches: [first] }) =>
    // A touch imported from before the lead was recorded counts as immediate, not negative.
    first ? [Math.max(0, Date.parse(first.at) - Date.parse(lead.createdAt)) / MINUTE_MS] : [],
  );
  const totalTouches = worked.reduce((sum, { touches }) => sum + touches.length, 0);
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
