import { restoreBackup } from '@/lib/db/backup';
import { makeEnrollment, makeProspect } from '../../factories';
import { readSampleBackup } from './sample-backup';
import { openTestDatabase } from './test-database';

/** The sample backup plus `extra` prospects due every `hoursApart` hours around `now`, from overdue to next week. */
export async function busyDatabase(now: Date, extra: number, hoursApart: number) {
  const db = openTestDatabase();
  await restoreBackup(db, readSampleBackup(), 'replace', new Date());
  const [cadence] = await db.cadences.toArray();
  if (!cadence) throw new Error('The sample backup lost its playbook.');
  for (let index = 0; index < extra; index += 1) {
    await db.prospects.add(makeProspect({ id: `extra-${index}`, name: `Extra ${index}` }));
    await db.enrollments.add(
      makeEnrollment({
        id: `e-extra-${index}`,
        prospectId: `extra-${index}`,
        cadenceId: cadence.id,
        stepIndex: 2,
        nextDueAt: new Date(now.getTime() + (index - extra / 3) * hoursApart * 3_600_000).toISOString(),
      }),
    );
  }
  return db;
}
