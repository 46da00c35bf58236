import * as z from 'zod/mini';
import { IsoDateTime } from '../core/model/primitives';
import { describeIssues } from '../core/validation/describe-issues';
import { readReply } from './client';
import type { EarlyQueueAnswer } from './early-queue-request';
import { PROTOCOL, type ResponseOf } from './protocol';

/** The stored form of core's QueueSnapshot: the worker's reply to the popup's first request, and until when it holds. */
export const QueueSnapshot = z.object({ validUntil: IsoDateTime, reply: PROTOCOL.getTodayQueue.response });

export interface FirstQueue {
  queue: ResponseOf<'getTodayQueue'>;
  fromSnapshot: boolean;
}

/**
 * Reads popup-early's answer as the popup's first page: the worker's reply as any reply, or the
 * snapshot, checked as strictly. A snapshot that does not read (an older version's shape, say)
 * costs only the wait for the worker, who is asked instead.
 */
export async function readFirstQueue(
  early: Promise<EarlyQueueAnswer>,
  askWorker: () => Promise<ResponseOf<'getTodayQueue'>>,
): Promise<FirstQueue> {
  const { raw, fromSnapshot } = await early;
  if (!fromSnapshot) return { queue: readReply('getTodayQueue', raw), fromSnapshot: false };
  const snapshot = QueueSnapshot.safeParse(raw);
  if (snapshot.success) return { queue: snapshot.data.reply, fromSnapshot: true };
  console.warn(`Fifth Touch: the kept queue did not read (${describeIssues(snapshot.error)}); asking the worker.`);
  return { queue: await askWorker(), fromSnapshot: false };
}
