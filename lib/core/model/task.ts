import * as z from 'zod/mini';
import { Id, IsoDateTime, LongText } from './primitives';

/** The rep's own to-dos that policies create beside the cadence steps. */
export const TASK_KINDS = ['callback', 'respond', 'decide'] as const;
export const TaskKind = z.enum(TASK_KINDS);
export type TaskKind = z.infer<typeof TaskKind>;

export const Task = z.object({
  id: Id,
  prospectId: Id,
  kind: TaskKind,
  /** Indexed with dueAt, so the queue reads open tasks only however many are done. */
  status: z._default(z.enum(['open', 'done']), 'open'),
  dueAt: IsoDateTime,
  doneAt: z.optional(IsoDateTime),
  note: z._default(LongText, ''),
});
export type Task = z.infer<typeof Task>;
