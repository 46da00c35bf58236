import { suggestForQueue } from '../core/queue/queue-suggestions';
import { FIRST_QUEUE_LIMITS, type QueueSection } from '../core/queue/queue-sections';
import { type QueueSnapshot, queueValidUntil, type TodayQueueReply } from '../core/queue/queue-snapshot';
import { readContentLibrary } from './content';
import type { FifthTouchDatabase } from './database';
import { readQueuePage } from './queue-source';
import { readEarliestUpcomingDue } from './upcoming-due';

async function readPage(db: FifthTouchDatabase, now: Date, homeTimeZone: string, limits: Record<QueueSection, number>) {
  const [page, library] = await Promise.all([readQueuePage(db, now, homeTimeZone, limits), readContentLibrary(db)]);
  const reply: TodayQueueReply = {
    queue: page.queue,
    suggestions: suggestForQueue(page.queue, page.touchDigests, library),
  };
  return { reply, settings: page.settings };
}

/** What the popup's queue request answers: the page, and a suggestion for each step on it. */
export async function readTodayQueue(
  db: FifthTouchDatabase,
  now: Date,
  homeTimeZone: string,
  limits: Record<QueueSection, number>,
): Promise<TodayQueueReply> {
  return (await readPage(db, now, homeTimeZone, limits)).reply;
}

/** The popup's first page and until when it holds with nothing written, so it can be kept for the next open. */
export async function readQueueSnapshot(
  db: FifthTouchDatabase,
  now: Date,
  homeTimeZone: string,
): Promise<QueueSnapshot> {
  const [{ reply, settings }, earliestUpcomingDue] = await Promise.all([
    readPage(db, now, homeTimeZone, FIRST_QUEUE_LIMITS),
    readEarliestUpcomingDue(db, now),
  ]);
  return { validUntil: queueValidUntil(now, settings, earliestUpcomingDue), reply };
}
