import { FIRST_QUEUE_LIMITS, QUEUE_SECTIONS, type QueueSection } from '../core/queue/queue-sections';
import type { QueueSnapshot } from '../core/queue/queue-snapshot';

export interface QueueSnapshotStore {
  save: (snapshot: QueueSnapshot) => Promise<void>;
  forget: () => Promise<void>;
}

export interface QueueSnapshots {
  /** Before a write starts: what is kept may be about to go stale. */
  beforeWrite: () => Promise<void>;
  /** Runs `read` and keeps what it gives, unless a write started meanwhile. */
  readAndKeep: (read: () => Promise<QueueSnapshot>) => Promise<QueueSnapshot>;
}

export function isFirstPage(limits: Readonly<Record<QueueSection, number>>): boolean {
  return QUEUE_SECTIONS.every((section) => limits[section] === FIRST_QUEUE_LIMITS[section]);
}

/**
 * Keeps the popup's first queue page where an open reads it without waiting for the worker
 * (lib/platform/queue-snapshot-store.ts): read after each write, at each reminder, and whenever
 * the popup asks for it. A write forgets it before it starts, and a read that began before a write
 * is not kept after it, so what is kept never misses a write the worker has answered. The count
 * of writes lives only as long as the reads it guards, which end with the worker.
 */
export function createQueueSnapshots(store: QueueSnapshotStore, logFailure: (error: unknown) => void): QueueSnapshots {
  let writesStarted = 0;
  return {
    async beforeWrite() {
      writesStarted += 1;
      // Forgetting is what keeps a stale page from being shown, but a write must not fail for it:
      // the popup checks every kept page with the worker once it is on screen.
      await store.forget().catch(logFailure);
    },
    async readAndKeep(read) {
      const writesBefore = writesStarted;
      const snapshot = await read();
      // Not awaited: the reply to the popup must not wait for the browser process, busy opening
      // that popup. Session storage applies one context's calls in order, so a later write's
      // forget still lands after this save.
      if (writesStarted === writesBefore) void store.save(snapshot).catch(logFailure);
      return snapshot;
    },
  };
}
