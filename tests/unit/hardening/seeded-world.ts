import { exportBackup } from '@/lib/db/backup';
import { createHandlers } from '@/lib/handlers/create-handlers';
import { createQueueSnapshots } from '@/lib/handlers/queue-snapshots';
import { createRouter, type MessageSender } from '@/lib/messaging/router';
import type { Reply } from '@/lib/messaging/protocol';
import { openTestDatabase } from '../db/test-database';
import { readSampleBackup } from '../db/sample-backup';

const EXTENSION_ID = 'fifth-touch-id';
const NOW = new Date('2026-11-23T12:00:00.000Z');

export interface SeededWorld {
  db: ReturnType<typeof openTestDatabase>;
  /** Delivers a message to the worker's router as one of the extension's own pages would. */
  send: (message: unknown) => Promise<Reply>;
  /**
   * The canonical export at a pinned clock, and every table as stored (derived ones such as touch
   * digests are not in a backup), as text: two equal snapshots mean nothing changed.
   */
  snapshot: () => Promise<string>;
}

/**
 * The sample backup restored through the worker's own message, so the database holds what a rep's
 * would: prospects with touches, enrollments, a task, content, settings and the default playbook.
 */
export async function openSeededWorld(): Promise<SeededWorld> {
  const db = openTestDatabase();
  let id = 0;
  const handlers = createHandlers({
    db,
    now: () => NOW,
    homeTimeZone: () => 'Europe/Berlin',
    newId: () => `new-${(id += 1)}`,
    snapshots: createQueueSnapshots({ save: async () => undefined, forget: async () => undefined }, () => undefined),
  });
  const route = createRouter(handlers, { id: EXTENSION_ID, pagesUrl: `chrome-extension://${EXTENSION_ID}/` });
  // The options page: it may ask every message, so these tests reach every handler.
  const sender: MessageSender = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/options.html` };
  const send = (message: unknown) => route(message, sender);
  const seeded = await send({ name: 'restoreBackup', request: { document: readSampleBackup(), mode: 'replace' } });
  if (!seeded.ok) throw new Error(`The sample backup did not restore: ${seeded.error}`);
  const snapshot = async () => {
    const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
    return JSON.stringify({ export: await exportBackup(db, NOW), tables: Object.fromEntries(tables) });
  };
  return { db, send, snapshot };
}
