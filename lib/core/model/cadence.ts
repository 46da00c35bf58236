import * as z from 'zod/mini';
import { Channel } from './channel';
import { ContentKind } from './content-kind';
import { Id } from './primitives';

export const CadenceStep = z.object({
  /** Day 1 is the day the prospect is enrolled. */
  day: z.int().check(z.minimum(1), z.maximum(366)),
  channels: z.array(Channel).check(z.minLength(1, 'at least one channel')),
  intent: z.optional(ContentKind),
});
export type CadenceStep = z.infer<typeof CadenceStep>;

function hasAscendingDays(steps: CadenceStep[]): boolean {
  return steps.every((step, index) => index === 0 || step.day > (steps[index - 1]?.day ?? 0));
}

export const Cadence = z.object({
  id: Id,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  steps: z
    .array(CadenceStep)
    .check(
      z.minLength(1, 'at least one step'),
      z.maxLength(100),
      z.refine(hasAscendingDays, { message: 'step days must go up: each step comes after the one before it' }),
    ),
});
export type Cadence = z.infer<typeof Cadence>;
