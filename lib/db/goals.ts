import { MonthlyGoals } from '../core/model';
import { describeIssues } from '../core/validation/describe-issues';
import type { FifthTouchDatabase } from './database';
import { readSettings } from './seed';

/** Changes the monthly goals alone, read and written in one transaction with the rest of the settings. */
export async function saveGoals(
  db: FifthTouchDatabase,
  candidate: unknown,
  homeTimeZone: string,
): Promise<MonthlyGoals> {
  const parsed = MonthlyGoals.safeParse(candidate);
  if (!parsed.success) throw new Error(`These goals were not saved: ${describeIssues(parsed.error)}`);
  await db.transaction('rw', db.settings, async () => {
    const settings = await readSettings(db, homeTimeZone);
    await db.settings.put({ ...settings, goals: parsed.data });
  });
  return parsed.data;
}
