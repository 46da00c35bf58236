import { suggestForQueue } from '../core/queue/queue-suggestions';
import type { QueueSection } from '../core/queue/queue-sections';
import { type QueueSnapshot, queueValidUntil } from '../core/queue/queue-snapshot';
import { readContentLibrary } from './content';
import type { FifthTouchDatabase } from './database';
import { readQueuePage } from './queue-source';
import { readEarliestUpcomingDue } from './upcoming-due';

/**
 * What the popup's queue request answers (the page, a suggestion for each step) and until when
 * that answer holds with nothing written, so the first page can be kept for the next open.
 */
export async function readTodayQueue(
  db: FifthTouchDatabase,
  now: Date,
  homeTimeZone: string,
  limits: Record<QueueSection, number>,
): Promise<QueueSnapshot> {
  const [page, library, earliestUpcomingDue] = await Promise.all([
    readQueuePage(db, now, homeTimeZone, limits),
    readContentLibrary(db),
    readEarliestUpcomingDue(db, now),
  ]);
  return {
    validUntil: queueValidUntil(now, page.settings, earliestUpcomingDue),
    reply: { queue: page.queue, suggestions: suggestForQueue(page.queue, page.touchDigests, library) },
  };
}
