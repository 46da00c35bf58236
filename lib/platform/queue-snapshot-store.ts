import { browser } from 'wxt/browser';
import type { QueueSnapshot } from '../core/queue/queue-snapshot';

/**
 * storage.session: in memory for the browser session, never on disk, readable by the extension's
 * own pages and worker but not by content scripts (its default access level). A popup reads it in
 * a few ms without the worker, which a stopped worker's reply takes hundreds of ms to give.
 */
export const QUEUE_SNAPSHOT_KEY = 'queueSnapshot';

/** What is stored, unchecked: the popup reads it with zod (lib/messaging/queue-snapshot.ts). */
export async function readStoredQueueSnapshot(): Promise<unknown> {
  const stored: Record<string, unknown> = await browser.storage.session.get(QUEUE_SNAPSHOT_KEY);
  return stored[QUEUE_SNAPSHOT_KEY];
}

export async function saveQueueSnapshot(snapshot: QueueSnapshot): Promise<void> {
  await browser.storage.session.set({ [QUEUE_SNAPSHOT_KEY]: snapshot });
}

export async function forgetQueueSnapshot(): Promise<void> {
  await browser.storage.session.remove(QUEUE_SNAPSHOT_KEY);
}
