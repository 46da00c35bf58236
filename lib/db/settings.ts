import { Settings, SETTINGS_ID } from '../core/model';
import { describeIssues } from '../core/validation/describe-issues';
import type { FifthTouchDatabase } from './database';

/**
 * Stores the rep's settings whole. A value that does not fit is refused in words and nothing is
 * stored, so a bad field never replaces a good one. The monthly goals are the exception: they are
 * edited in the report (saveGoals), and the settings form holds a copy loaded before, so the stored
 * goals are kept rather than that older copy.
 */
export async function saveSettings(db: FifthTouchDatabase, candidate: unknown): Promise<Settings> {
  const parsed = Settings.safeParse(candidate);
  if (!parsed.success) throw new Error(`These settings were not saved: ${describeIssues(parsed.error)}`);
  return db.transaction('rw', db.settings, async () => {
    const stored = Settings.safeParse(await db.settings.get(SETTINGS_ID));
    const settings = stored.success ? { ...parsed.data, goals: stored.data.goals } : parsed.data;
    await db.settings.put(settings);
    return settings;
  });
}
