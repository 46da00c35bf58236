import { QueueSnapshot } from '../core/queue/queue-snapshot';
import { describeIssues } from '../core/validation/describe-issues';
import { readReply } from './client';
import type { EarlyQueueAnswer } from './early-queue-request';
import type { ResponseOf } from './protocol';

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
