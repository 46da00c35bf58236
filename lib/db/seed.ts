import { STARTER_CONTENT } from '../core/content/starter-library';
import { Cadence, ContentItem, DEFAULT_CADENCE, makeDefaultSettings, Settings, SETTINGS_ID } from '../core/model';
import type { FifthTouchDatabase } from './database';
import { parseStored } from './stored-record-error';

/** Puts the default playbook in place when it is missing; never overwrites a rep's edits. */
export async function ensureDefaultCadence(db: FifthTouchDatabase): Promise<void> {
  await db.transaction('rw', db.cadences, async () => {
    if (!(await db.cadences.get(DEFAULT_CADENCE.id))) {
      await db.cadences.add(Cadence.parse(DEFAULT_CADENCE));
    }
  });
}

/**
 * A new library starts with our starter pieces. Only an empty library is filled, so pieces a rep
 * deleted do not come back on the next update.
 */
export async function ensureStarterContent(db: FifthTouchDatabase): Promise<void> {
  await db.transaction('rw', db.contentItems, async () => {
    if ((await db.contentItems.count()) === 0) {
      await db.contentItems.bulkAdd(STARTER_CONTENT.map((item) => ContentItem.parse(item)));
    }
  });
}

/** What a fresh install needs: the default playbook and the starter content library. */
export async function seedDefaults(db: FifthTouchDatabase): Promise<void> {
  await ensureDefaultCadence(db);
  await ensureStarterContent(db);
}

/** Stored settings, or the defaults for the rep's time zone when none were saved yet. */
export async function readSettings(db: FifthTouchDatabase, homeTimeZone: string): Promise<Settings> {
  const stored = await db.settings.get(SETTINGS_ID);
  return stored ? parseStored(Settings, 'settings', stored) : makeDefaultSettings(homeTimeZone);
}
