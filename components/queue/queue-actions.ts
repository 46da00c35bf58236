import type { ContentKind, TouchOutcome } from '@/lib/core/model';
import type { QueueReply, QueueReplyItem } from '@/lib/core/queue/queue-reply';

export interface SuggestionView {
  id: string;
  title: string;
  kind: ContentKind;
  /** The piece with the prospect's details filled in: plain text. */
  text: string;
  reason: string;
}

/** What the popup opens with: the queue and, per step item key, the piece suggested for it. */
export interface TodayQueueData {
  queue: QueueReply;
  suggestions: Record<string, SuggestionView>;
}

/** What the popup can do with a queue item; the popup's entry wires each to a message. */
export interface QueueActions {
  done: (item: QueueReplyItem, outcome: StepOutcome, contentId?: string) => Promise<void>;
  snooze: (item: QueueReplyItem, until: Date) => Promise<void>;
  skip: (item: QueueReplyItem) => Promise<void>;
  open: (item: QueueReplyItem) => void;
  giveUp: (item: QueueReplyItem, reason: string) => Promise<void>;
  suggest: (item: QueueReplyItem, passedOver: string[]) => Promise<SuggestionView | null>;
  copy: (text: string) => Promise<void>;
  /** Opens the prospect's full record in a tab. */
  openRecord: (prospectId: string) => void;
}

export const OUTCOME_CHOICES = [
  ['sent', 'Sent'],
  ['no-answer', 'No answer'],
  ['voicemail', 'Voicemail'],
  ['gatekeeper', 'Gatekeeper'],
  ['replied', 'Replied'],
  ['yes', 'Yes'],
  ['no', 'No'],
  ['meeting', 'Meeting'],
] as const satisfies readonly (readonly [TouchOutcome, string])[];

/** What "Done" can record; the others (won, lost, connection request) are logged elsewhere. */
export type StepOutcome = (typeof OUTCOME_CHOICES)[number][0];

/** A step that is only a call cannot be "sent"; most calls go unanswered. */
export function defaultOutcome(item: QueueReplyItem): StepOutcome {
  return item.kind === 'step' && item.channelsLeft.every((channel) => channel === 'call') ? 'no-answer' : 'sent';
}
