import { Enrollment, Prospect } from '../core/model';
import { NURTURE_CADENCE, NURTURE_CADENCE_ID } from '../core/policies/nurture-cadence';
import { refitEnrollment, startEnrollment } from '../core/schedule';
import type { FifthTouchDatabase } from './database';
import { currentEnrollment, followUpTables, readCadence, type WriteContext } from './follow-ups';
import { readProspect } from './prospect-record';
import { readSettings } from './seed';
import { stopEnrollments } from './stop-follow-ups';

/** Starts the cadence again from step 1, today; callers hold a transaction over followUpTables. */
async function enrollFromStart(db: FifthTouchDatabase, prospect: Prospect, cadenceId: string, context: WriteContext) {
  const [cadence, settings] = await Promise.all([readCadence(db, cadenceId), readSettings(db, context.homeTimeZone)]);
  await stopEnrollments(db, prospect.id);
  // A restart is the rep's choice, not a new inbound lead: no speed-to-lead first step.
  const enrollment = startEnrollment({
    id: context.newId(),
    prospect: { ...prospect, inbound: false },
    cadence,
    settings,
    now: context.now,
  });
  await db.enrollments.add(Enrollment.parse(enrollment));
}

/** Re-enrols the prospect from step 1 now, in their current cadence (or another one). */
export async function restartCadence(
  db: FifthTouchDatabase,
  prospectId: string,
  context: WriteContext,
  cadenceId?: string,
): Promise<void> {
  await db.transaction('rw', followUpTables(db), async () => {
    const prospect = await readProspect(db, prospectId);
    const current = await currentEnrollment(db, prospectId);
    const chosen = cadenceId ?? current?.cadenceId;
    if (!chosen) throw new Error(`${prospect.name} has no playbook yet; choose one to start.`);
    await enrollFromStart(db, prospect, chosen, context);
  });
}

/**
 * Moves the prospect to another cadence, keeping their place by day (the same refit an edited
 * cadence gets), so touches already made still count.
 */
export async function changeCadence(
  db: FifthTouchDatabase,
  prospectId: string,
  cadenceId: string,
  context: WriteContext,
): Promise<void> {
  await db.transaction('rw', followUpTables(db), async () => {
    const prospect = await readProspect(db, prospectId);
    const current = await currentEnrollment(db, prospectId);
    if (!current) return enrollFromStart(db, prospect, cadenceId, context);
    if (current.cadenceId === cadenceId) return;
    const [oldCadence, newCadence, settings] = await Promise.all([
      readCadence(db, current.cadenceId),
      readCadence(db, cadenceId),
      readSettings(db, context.homeTimeZone),
    ]);
    const refitted = refitEnrollment({
      enrollment: current,
      oldCadence,
      newCadence,
      prospect,
      settings,
      now: context.now,
    });
    await db.enrollments.put(Enrollment.parse(refitted));
  });
}

/** Nurture: the monthly light-touch cadence from today, stored first if this is its first use. */
export async function moveToNurture(db: FifthTouchDatabase, prospectId: string, context: WriteContext): Promise<void> {
  await db.transaction('rw', followUpTables(db), async () => {
    if (!(await db.cadences.get(NURTURE_CADENCE_ID))) await db.cadences.add(NURTURE_CADENCE);
    const prospect = await readProspect(db, prospectId);
    await db.prospects.put(Prospect.parse({ ...prospect, status: 'nurture' }));
    await enrollFromStart(db, prospect, NURTURE_CADENCE_ID, context);
  });
}
