import { countBackup, parseBackup } from '../core/backup';
import { exportBackup, restoreBackup } from '../db/backup';
import type { FifthTouchDatabase } from '../db/database';
import { listProspects, saveProspect } from '../db/prospects';
import { ensureDefaultCadence } from '../db/seed';
import type { Handlers } from '../messaging/router';

export interface HandlerContext {
  db: FifthTouchDatabase;
  /** The clock, injected so tests pin it. */
  now: () => Date;
}

export function createHandlers({ db, now }: HandlerContext): Handlers {
  return {
    listProspects: ({ limit }) => listProspects(db, limit),
    saveProspect: ({ prospect }) => saveProspect(db, prospect),
    exportBackup: () => exportBackup(db, now()),
    previewBackup: async ({ document }) => countBackup(parseBackup(document)),
    restoreBackup: async ({ document, mode }) => {
      const counts = await restoreBackup(db, document, mode);
      // A replace may bring a backup without the default playbook; new prospects still need it.
      await ensureDefaultCadence(db);
      return counts;
    },
  };
}
