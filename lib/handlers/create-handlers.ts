import { countBackup, parseBackup } from '../core/backup';
import { exportBackup, restoreBackup } from '../db/backup';
import type { FifthTouchDatabase } from '../db/database';
import { startAndRecordTouch, updateTouch, type WriteContext } from '../db/follow-ups';
import { readProspectSummary } from '../db/prospect-summary';
import { listProspects, saveProspect } from '../db/prospects';
import { readQueueSnapshot, readTodayQueue } from '../db/today-queue';
import { ensureDefaultCadence } from '../db/seed';
import type { Handlers } from '../messaging/router';
import { createCsvHandlers } from './csv-handlers';
import { withErrorsInWords } from './errors-in-words';
import { createInPageHandlers } from './in-page-handlers';
import { createOptionsHandlers } from './options-handlers';
import { createPopupHandlers } from './popup-handlers';
import { createProspectHandlers } from './prospect-handlers';
import { createQueueActionHandlers } from './queue-action-handlers';
import { isFirstPage, type QueueSnapshots } from './queue-snapshots';
import { createVacationHandlers } from './vacation-handlers';
import { createReportHandlers } from './report-handlers';

export interface HandlerContext {
  db: FifthTouchDatabase;
  /** The clock, injected so tests pin it. */
  now: () => Date;
  homeTimeZone: () => string;
  newId: () => string;
  snapshots: QueueSnapshots;
}

export function createHandlers({ db, now, homeTimeZone, newId, snapshots }: HandlerContext): Handlers {
  const writeContext = (): WriteContext => ({ now: now(), homeTimeZone: homeTimeZone(), newId });

  async function summaryOf(prospectId: string) {
    const summary = await readProspectSummary(db, { prospectId }, now());
    if (!summary) throw new Error('That prospect no longer exists.');
    return summary;
  }

  return withErrorsInWords({
    ...createInPageHandlers({ db, now, homeTimeZone, writeContext }),
    ...createPopupHandlers({ db, now, writeContext }),
    ...createQueueActionHandlers({ db, now, writeContext }),
    ...createOptionsHandlers({ db, homeTimeZone, writeContext }),
    ...createCsvHandlers({ db, writeContext }),
    ...createVacationHandlers({ db, now, homeTimeZone }),
    ...createReportHandlers({ db, now, homeTimeZone }),
    ...createProspectHandlers({ db, now, writeContext }),
    listProspects: ({ limit }) => listProspects(db, limit),
    saveProspect: ({ prospect }) => saveProspect(db, prospect),
    getTodayQueue: async ({ limits }) => {
      // The popup's first page is kept for its next open, which then need not wait for this worker.
      if (!isFirstPage(limits)) return readTodayQueue(db, now(), homeTimeZone(), limits);
      return (await snapshots.readAndKeep(() => readQueueSnapshot(db, now(), homeTimeZone()))).reply;
    },
    getProspectSummary: (lookup) => readProspectSummary(db, lookup, now()),
    logProfileTouch: async ({ touchId, profile }) => {
      const result = await startAndRecordTouch(
        db,
        {
          name: profile.name,
          linkedinUrl: profile.profileUrl,
          ...(profile.company ? { company: profile.company } : {}),
          ...(profile.headline ? { title: profile.headline } : {}),
          ...(profile.location ? { location: profile.location } : {}),
          source: 'linkedin',
          inbound: false,
        },
        { id: touchId, channel: 'linkedin' },
        writeContext(),
      );
      return { created: result.created, summary: await summaryOf(result.prospect.id) };
    },
    updateTouch: async ({ touchId, outcome, note }) => {
      const touch = await updateTouch(
        db,
        { id: touchId, ...(outcome ? { outcome } : {}), ...(note !== undefined ? { note } : {}) },
        writeContext(),
      );
      return summaryOf(touch.prospectId);
    },
    exportBackup: () => exportBackup(db, now()),
    previewBackup: async ({ document }) => countBackup(parseBackup(document)),
    restoreBackup: async ({ document, mode }) => {
      const counts = await restoreBackup(db, document, mode, now());
      // A replace may bring a backup without the default playbook; new prospects still need it.
      await ensureDefaultCadence(db);
      return counts;
    },
  });
}
