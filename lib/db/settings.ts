import { Settings } from '../core/model';
import { describeIssues } from '../core/validation/describe-issues';
import type { FifthTouchDatabase } from './database';

/**
 * Stores the rep's settings whole. A value that does not fit is refused in words and nothing is
 * stored, so a bad field never replaces a good one.
 */
export async function saveSettings(db: FifthTouchDatabase, candidate: unknown): Promise<Settings> {
  const parsed = Settings.safeParse(candidate);
  if (!parsed.success) throw new Error(`These settings were not saved: ${describeIssues(parsed.error)}`);
  await db.settings.put(parsed.data);
  return parsed.data;
}
