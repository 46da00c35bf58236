import { Settings, SETTINGS_ID } from '../core/model';
import { describeIssues } from '../core/validation/describe-issues';
import type { FifthTouchDatabase } from './database';
import { keepVacation } from './vacation';

/**
 * Stores the rep's settings whole. A value that does not fit is refused in words and nothing is
 * stored, so a bad field never replaces a good one. The pause and the monthly goals are kept as
 * stored: they have their own controls ("Pause everything", the report's goals), and a settings
 * page opened before must not undo them by saving its older copy.
 */
export async function saveSettings(db: FifthTouchDatabase, candidate: unknown): Promise<Settings> {
  const parsed = Settings.safeParse(candidate);
  if (!parsed.success) throw new Error(`These settings were not saved: ${describeIssues(parsed.error)}`);
  return db.transaction('rw', db.settings, async () => {
    const stored = Settings.safeParse(await db.settings.get(SETTINGS_ID));
    const before = stored.success ? stored.data : undefined;
    const settings = keepVacation(before ? { ...parsed.data, goals: before.goals } : parsed.data, before);
    await db.settings.put(settings);
    return settings;
  });
}
