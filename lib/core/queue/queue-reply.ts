import * as z from 'zod/mini';
import { Channel } from '../model/channel';
import { ContentKind } from '../model/content-kind';
import { Id, IsoDateTime } from '../model/primitives';
import { Prospect } from '../model/prospect';
import { TaskKind } from '../model/task';
import { TouchOutcome } from '../model/touch';
import { FIRST_QUEUE_LIMITS, QUEUE_PAGE } from './queue-sections';

/** The wire form of Queue (queue-item.ts), so the popup can check what the worker sends. */
const QueueTouch = z.object({ id: Id, channel: Channel, at: IsoDateTime, outcome: TouchOutcome, note: z.string() });

const ItemBase = {
  key: z.string(),
  prospect: Prospect,
  dueAt: IsoDateTime,
  speedToLead: z.boolean(),
  label: z.string(),
  lastTouch: z.nullable(QueueTouch),
  yeses: z.array(QueueTouch),
  followUps: z.int(),
};

const StepItem = z.object({
  ...ItemBase,
  kind: z.literal('step'),
  enrollmentId: Id,
  cadenceId: Id,
  stepIndex: z.int(),
  stepNumber: z.int(),
  stepCount: z.int(),
  channels: z.array(Channel),
  channelsLeft: z.array(Channel),
  intent: z.optional(ContentKind),
});

const TaskItem = z.object({
  ...ItemBase,
  kind: z.literal('task'),
  taskId: Id,
  taskKind: TaskKind,
  note: z.string(),
});

const Item = z.discriminatedUnion('kind', [StepItem, TaskItem]);

export const QueueReply = z.object({
  overdue: z.array(Item),
  dueNow: z.array(Item),
  laterToday: z.array(Item),
  next7Days: z.array(Item),
  counts: z.object({
    dueToday: z.int(),
    overdue: z.int(),
    dueNow: z.int(),
    laterToday: z.int(),
    next7Days: z.int(),
  }),
});
export type QueueReply = z.infer<typeof QueueReply>;
export type QueueReplyItem = z.infer<typeof Item>;

const SectionLimit = z._default(z.int().check(z.minimum(1), z.maximum(10_000)), QUEUE_PAGE);

/** How many items of each section the popup wants in full ("Show more" asks for more). */
export const QueueLimits = z._default(
  z.object({ overdue: SectionLimit, dueNow: SectionLimit, laterToday: SectionLimit, next7Days: SectionLimit }),
  FIRST_QUEUE_LIMITS,
);
export type QueueLimits = z.infer<typeof QueueLimits>;
