import type { Channel, ContentKind, Prospect, TaskKind, Touch } from '../model';
import type { QueueCounts } from './queue-plan';

/** A touch as the queue shows it: what happened last, and the "yeses" the rep has collected. */
export type TouchSummary = Pick<Touch, 'id' | 'channel' | 'at' | 'outcome' | 'note'>;

interface QueueItemBase {
  /** Stable and unique in a queue: "step:<enrollment id>" or "task:<task id>". */
  key: string;
  prospect: Prospect;
  dueAt: string;
  /** An inbound lead still waiting for its first touch: always at the top. */
  speedToLead: boolean;
  label: string;
  lastTouch: TouchSummary | null;
  yeses: TouchSummary[];
  /** Follow-up touches so far, for the five no's policy ("Give up" waits for five). */
  followUps: number;
}

export interface StepQueueItem extends QueueItemBase {
  kind: 'step';
  enrollmentId: string;
  cadenceId: string;
  stepIndex: number;
  stepNumber: number;
  stepCount: number;
  channels: Channel[];
  channelsLeft: Channel[];
  intent?: ContentKind;
}

export interface TaskQueueItem extends QueueItemBase {
  kind: 'task';
  taskId: string;
  taskKind: TaskKind;
  note: string;
}

export type QueueItem = StepQueueItem | TaskQueueItem;

export interface Queue {
  /** Due on an earlier day than the rep's today. */
  overdue: QueueItem[];
  /** Due today at or before now, plus speed-to-lead items due later today. */
  dueNow: QueueItem[];
  laterToday: QueueItem[];
  /** After today, up to the end of the seventh day after it. */
  next7Days: QueueItem[];
  counts: QueueCounts;
}

export const TASK_LABELS: Record<TaskKind, string> = {
  callback: 'Call back',
  respond: 'Answer their reply',
  decide: 'Decide what comes next',
};
