import * as z from 'zod/mini';
import { FilledSuggestion } from '../content/filled-suggestion';
import type { Settings } from '../model';
import { IsoDateTime } from '../model/primitives';
import { type Instant, toDate, toIso } from '../schedule/instant';
import { QueueReply } from './queue-reply';
import { endOfRepDay } from './queue-window';

/** What the worker answers to the popup's queue request: the queue page and a suggestion per step. */
export const TodayQueueReply = z.object({ queue: QueueReply, suggestions: z.record(z.string(), FilledSuggestion) });
export type TodayQueueReply = z.infer<typeof TodayQueueReply>;

/**
 * The popup's first queue page as the worker last read it, kept where the popup reads it without
 * waiting for the worker: the worker re-reads it after every write, so until `validUntil` it is
 * what the worker would answer. Stored, so the popup reads it back with this schema.
 */
export const QueueSnapshot = z.object({ validUntil: IsoDateTime, reply: TodayQueueReply });
export type QueueSnapshot = z.infer<typeof QueueSnapshot>;

/**
 * The first moment a queue read at `now` may read differently with nothing written: the next due
 * time, when that item moves into "Due now", or the end of the rep's day, when every section's
 * bounds move. Sections depend on the clock through nothing else (queue-plan.ts `queueBounds`).
 */
export function queueValidUntil(
  now: Instant,
  settings: Pick<Settings, 'timeZone'>,
  earliestUpcomingDue: string | null,
): string {
  const nextDay = toIso(new Date(toDate(endOfRepDay(now, settings)).getTime() + 1));
  return earliestUpcomingDue !== null && toIso(earliestUpcomingDue) < nextDay ? toIso(earliestUpcomingDue) : nextDay;
}
