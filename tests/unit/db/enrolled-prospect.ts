import { startFollowUps, type WriteContext } from '@/lib/db/follow-ups';
import { ensureDefaultCadence } from '@/lib/db/seed';
import { zonedLocal } from '../../factories';
import { openTestDatabase } from './test-database';

export const BERLIN = 'Europe/Berlin';
export const NOW = '2026-11-24T10:00:00.000Z'; // Tuesday, 11:00 in Berlin

export function makeContext(now = NOW): WriteContext {
  let id = 0;
  return { now: new Date(now), homeTimeZone: BERLIN, newId: () => `id-${(id += 1)}` };
}

/** A prospect enrolled in the default playbook: step 1 is call + email. */
export async function enrolled() {
  const db = openTestDatabase();
  await ensureDefaultCadence(db);
  const { prospect } = await startFollowUps(
    db,
    { name: 'Ada Lovelace', email: 'ada@analytical.example', source: 'manual', inbound: false },
    makeContext(),
  );
  const enrollment = (await db.enrollments.where('prospectId').equals(prospect.id).first())!;
  return { db, prospect, enrollment };
}

export const local = (instant: string | undefined) => (instant ? zonedLocal(instant, BERLIN) : undefined);
