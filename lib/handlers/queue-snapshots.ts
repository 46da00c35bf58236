import { FIRST_QUEUE_LIMITS, QUEUE_SECTIONS, type QueueSection } from '../core/queue/queue-sections';
import type { QueueSnapshot } from '../core/queue/queue-snapshot';

export interface QueueSnapshotStore {
  save: (snapshot: QueueSnapshot) => Promise<void>;
  forget: () => Promise<void>;
}

export interface QueueSnapshots {
  /** Runs a write: what is kept is forgotten before it starts, and no read it overlaps is kept. */
  guardWrite: <T>(write: () => Promise<T>) => Promise<T>;
  /** Runs `read` and keeps what it gives, unless a write was running or started meanwhile. */
  readAndKeep: (read: () => Promise<QueueSnapshot>) => Promise<QueueSnapshot>;
}

export function logSnapshotFailure(error: unknown): void {
  console.error('Fifth Touch queue snapshot:', error);
}

export function isFirstPage(limits: Readonly<Record<QueueSection, number>>): boolean {
  return QUEUE_SECTIONS.every((section) => limits[section] === FIRST_QUEUE_LIMITS[section]);
}

/**
 * Keeps the popup's first queue page where an open reads it without waiting for the worker
 * (lib/platform/queue-snapshot-store.ts): read after each write, at each reminder, and whenever
 * the popup asks for it. A write forgets it before it starts, and a read that a write overlaps
 * (one already running when the read began, or one started before it ended) is not kept, so what
 * is kept never misses a write. The counts live only as long as the reads and writes they guard,
 * which end with the worker.
 */
export function createQueueSnapshots(
  store: QueueSnapshotStore,
  logFailure: (error: unknown) => void = logSnapshotFailure,
): QueueSnapshots {
  let writesStarted = 0;
  let writesEnded = 0;
  return {
    async guardWrite(write) {
      writesStarted += 1;
      try {
        // Forgetting is what keeps a stale page from being shown, but a write must not fail for it:
        // the popup checks every kept page with the worker once it is on screen.
        await store.forget().catch(logFailure);
        return await write();
      } finally {
        writesEnded += 1;
      }
    },
    async readAndKeep(read) {
      const startedBefore = writesStarted;
      const noWriteRunning = writesEnded === writesStarted;
      const snapshot = await read();
      // Not awaited: the reply to the popup must not wait for the browser process, busy opening
      // that popup. Session storage applies one context's calls in order, so a later write's
      // forget still lands after this save.
      if (noWriteRunning && writesStarted === startedBefore) void store.save(snapshot).catch(logFailure);
      return snapshot;
    },
  };
}
