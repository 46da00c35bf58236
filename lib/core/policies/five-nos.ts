import type { GiveUpOverride, Touch } from '../model';
import { type Instant, toIso } from '../schedule/instant';

/** The playbook: most deals close after the fifth follow-up, so nobody gives up before it. */
export const FOLLOW_UPS_BEFORE_GIVING_UP = 5;

// Replies are the prospect's move; won/lost record a decision, not a follow-up.
const NOT_FOLLOW_UPS: ReadonlySet<Touch['outcome']> = new Set(['replied', 'won', 'lost']);

export function isFollowUp(touch: Pick<Touch, 'outcome'>): boolean {
  return !NOT_FOLLOW_UPS.has(touch.outcome);
}

export function countFollowUps(touches: readonly Pick<Touch, 'outcome'>[]): number {
  return touches.filter(isFollowUp).length;
}

export interface GiveUpRequest {
  reason: string;
  at: Instant;
}

export interface GiveUpDecision {
  allowed: boolean;
  /** Why, in words the rep reads. */
  reason: string;
  followUps: number;
  /** Present when an override let the rep give up early: store it on the prospect (giveUpOverride). */
  override?: GiveUpOverride;
}

function followUpsInWords(count: number): string {
  return `${count} follow-up${count === 1 ? '' : 's'}`;
}

/** May the rep give up on (or close as lost) a prospect with these touches? */
export function canGiveUp(touches: readonly Pick<Touch, 'outcome'>[], override?: GiveUpRequest): GiveUpDecision {
  return decideGiveUp(countFollowUps(touches), override);
}

/** The same decision from a count already made (the queue carries it per prospect). */
export function decideGiveUp(followUps: number, override?: GiveUpRequest): GiveUpDecision {
  if (followUps >= FOLLOW_UPS_BEFORE_GIVING_UP) {
    return { allowed: true, followUps, reason: `${followUpsInWords(followUps)} so far — the five no's are done.` };
  }
  const shortfall = `Only ${followUpsInWords(followUps)} so far — the playbook asks for at least ${FOLLOW_UPS_BEFORE_GIVING_UP} before giving up.`;
  const overrideReason = override?.reason.trim() ?? '';
  if (!override) return { allowed: false, followUps, reason: shortfall };
  if (overrideReason === '') {
    return { allowed: false, followUps, reason: `${shortfall} To give up anyway, say why.` };
  }
  return {
    allowed: true,
    followUps,
    reason: `Giving up after ${followUpsInWords(followUps)}, before the five no's, because: ${overrideReason}`,
    override: { reason: overrideReason, at: toIso(override.at), followUps },
  };
}
