import * as z from 'zod/mini';
import { sentContentIdsOf } from '../content/suggest-content';
import { Channel } from '../model/channel';
import { Id, IsoDateTime } from '../model/primitives';
import { TouchOutcome, type Touch } from '../model/touch';
import { summarizeTouches } from './touch-summaries';

const DigestTouch = z.object({ id: Id, channel: Channel, at: IsoDateTime, outcome: TouchOutcome, note: z.string() });

/**
 * What the queue and its suggestions need from one prospect's touches, kept up to date on every
 * touch write. The queue then reads one small record per prospect instead of its whole history.
 */
export const TouchDigest = z.object({
  prospectId: Id,
  lastTouch: z.nullable(DigestTouch),
  yeses: z.array(DigestTouch),
  followUps: z.int().check(z.nonnegative()),
  /** Content already sent: never suggested again. */
  sentContentIds: z.array(Id),
  /** The latest non-empty note, for the {{lastNote}} placeholder. */
  lastNote: z.string(),
});
export type TouchDigest = z.infer<typeof TouchDigest>;

/** The digest of a prospect with no touches yet. */
export function emptyDigest(prospectId: string): TouchDigest {
  return { prospectId, lastTouch: null, yeses: [], followUps: 0, sentContentIds: [], lastNote: '' };
}

function byTime(first: Touch, second: Touch): number {
  return first.at.localeCompare(second.at) || first.id.localeCompare(second.id);
}

/** One prospect's digest from all of its touches (in any order). */
export function digestTouches(prospectId: string, touches: readonly Touch[]): TouchDigest {
  const own = touches.filter((touch) => touch.prospectId === prospectId).sort(byTime);
  const summary = summarizeTouches(own).get(prospectId);
  return {
    ...emptyDigest(prospectId),
    ...(summary ?? {}),
    sentContentIds: [...new Set(sentContentIdsOf(own))],
    lastNote: own.filter((touch) => touch.note).at(-1)?.note ?? '',
  };
}

/** Every prospect's digest in one pass, for a restore or an upgrade. */
export function digestAllTouches(touches: readonly Touch[]): TouchDigest[] {
  const byProspect = new Map<string, Touch[]>();
  for (const touch of touches) {
    const list = byProspect.get(touch.prospectId) ?? [];
    list.push(touch);
    byProspect.set(touch.prospectId, list);
  }
  return [...byProspect].map(([prospectId, own]) => digestTouches(prospectId, own));
}
