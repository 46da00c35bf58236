import type { ProspectSummary } from './prospect-summary';

export interface LastMessageSeen {
  fromEmail: string;
  /** ISO instant; `null` when the page's date could not be read. */
  at: string | null;
}

/**
 * The newest message in the thread is from the prospect and newer than the rep's last touch:
 * they replied and the rep has not acted on it. Without a readable date nothing is claimed.
 */
export function hasUnansweredReply(
  summary: ProspectSummary,
  prospectEmail: string,
  lastMessage: LastMessageSeen,
): boolean {
  if (lastMessage.at === null || lastMessage.fromEmail !== prospectEmail) return false;
  return summary.lastTouch === undefined || lastMessage.at > summary.lastTouch.at;
}
