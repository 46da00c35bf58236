import { describeIssues } from '../core/validation/describe-issues';
import {
  deleteCadence,
  importPlaybook,
  listCadences,
  readPlaybook,
  resetDefaultCadence,
  saveCadence,
} from '../db/cadences';
import { deleteContentItem, listContentItems, saveContentItem } from '../db/content-items';
import type { FifthTouchDatabase } from '../db/database';
import type { WriteContext } from '../db/follow-ups';
import { readSettings } from '../db/seed';
import { saveSettings } from '../db/settings';
import { PlaybookDocument } from '../messaging/options-messages';
import type { Handlers } from '../messaging/router';

export interface OptionsContext {
  db: FifthTouchDatabase;
  homeTimeZone: () => string;
  writeContext: () => WriteContext;
}

type OptionsHandlers = Pick<
  Handlers,
  | 'listCadences'
  | 'saveCadence'
  | 'deleteCadence'
  | 'resetDefaultCadence'
  | 'exportPlaybook'
  | 'importPlaybook'
  | 'listContent'
  | 'saveContentItem'
  | 'deleteContentItem'
  | 'getSettings'
  | 'saveSettings'
>;

/** The options page's editors: playbooks, the content library and settings. */
export function createOptionsHandlers({ db, homeTimeZone, writeContext }: OptionsContext): OptionsHandlers {
  return {
    listCadences: () => listCadences(db),
    saveCadence: ({ cadence }) => saveCadence(db, cadence, writeContext()),
    deleteCadence: async ({ id }) => {
      await deleteCadence(db, id);
      return {};
    },
    resetDefaultCadence: () => resetDefaultCadence(db, writeContext()),
    exportPlaybook: async ({ id }) => ({
      format: 'fifth-touch-playbook',
      version: 1,
      ...(await readPlaybook(db, id)),
    }),
    importPlaybook: async ({ document }) => {
      const parsed = PlaybookDocument.safeParse(document);
      if (!parsed.success) {
        throw new Error(
          `This file is not a playbook Fifth Touch can import, and nothing was changed: ${describeIssues(parsed.error)}`,
        );
      }
      return importPlaybook(db, parsed.data, writeContext());
    },
    listContent: () => listContentItems(db),
    saveContentItem: ({ item }) => saveContentItem(db, item, writeContext().newId),
    deleteContentItem: async ({ id }) => {
      await deleteContentItem(db, id);
      return {};
    },
    getSettings: () => readSettings(db, homeTimeZone()),
    saveSettings: ({ settings }) => saveSettings(db, settings),
  };
}
