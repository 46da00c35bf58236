import type { ProspectSummary } from '../core/status/prospect-summary';

export interface DueItemView {
  key: string;
  name: string;
  label: string;
}

export interface GmailBannerView {
  /** The prospect of the open thread; `null` on the inbox list or when no one in it is trackable. */
  person: { name: string; email: string } | null;
  summary: ProspectSummary | null;
  /** The newest message is from the prospect and newer than the last touch. */
  replied: boolean;
  dueToday: number;
  top: DueItemView[];
  /** A record met on LinkedIn that is likely this sender: offered as "Same person as …? Link". */
  match?: { prospectId: string; name: string } | undefined;
}

export interface GmailBannerActions {
  startFollowUps: () => Promise<void>;
  logEmail: () => Promise<void>;
  snooze: () => Promise<void>;
  pause: () => Promise<void>;
  pauseForReply: () => Promise<void>;
  openItem: (key: string) => void;
  linkMatch: () => Promise<void>;
  openRecord: () => void;
}
