import type { Touch } from '../model';
import { isFollowUp } from '../policies/five-nos';
import type { TouchSummary } from './queue-item';

export interface ProspectTouches {
  lastTouch: TouchSummary | null;
  yeses: TouchSummary[];
  /** Follow-up touches so far: the five no's policy decides on it. */
  followUps: number;
}

function summarize(touch: Touch): TouchSummary {
  return { id: touch.id, channel: touch.channel, at: touch.at, outcome: touch.outcome, note: touch.note };
}

/** One pass over the touches: each prospect's latest touch, its yeses (oldest first) and follow-ups. */
export function summarizeTouches(touches: readonly Touch[]): Map<string, ProspectTouches> {
  const byProspect = new Map<string, ProspectTouches>();
  const ordered = [...touches].sort(
    (first, second) => first.at.localeCompare(second.at) || first.id.localeCompare(second.id),
  );
  for (const touch of ordered) {
    const entry = byProspect.get(touch.prospectId) ?? { lastTouch: null, yeses: [], followUps: 0 };
    entry.lastTouch = summarize(touch);
    if (isFollowUp(touch)) entry.followUps += 1;
    if (touch.outcome === 'yes') entry.yeses.push(summarize(touch));
    byProspect.set(touch.prospectId, entry);
  }
  return byProspect;
}
