import Dexie from 'dexie';
import { canGiveUp } from '../core/policies/five-nos';
import { Enrollment, Prospect, Touch } from '../core/model';
import { omit } from '../core/schedule/omit';
import type { FifthTouchDatabase } from './database';
import { parseStored } from './stored-record-error';

/**
 * Closes a prospect as lost, subject to the five no's: refused in words before five follow-ups
 * unless the rep gives a reason, which is recorded on the prospect. Their enrollments stop.
 */
export async function giveUpOnProspect(
  db: FifthTouchDatabase,
  prospectId: string,
  reason: string,
  now: Date,
): Promise<string> {
  return db.transaction('rw', [db.prospects, db.touches, db.enrollments], async () => {
    const record = await db.prospects.get(prospectId);
    if (!record) throw new Error('That prospect no longer exists.');
    const prospect = parseStored(Prospect, 'prospects', record);
    const touches = await db.touches
      .where('[prospectId+at]')
      .between([prospectId, Dexie.minKey], [prospectId, Dexie.maxKey])
      .toArray();
    const decision = canGiveUp(
      touches.map((touch) => parseStored(Touch, 'touches', touch)),
      reason.trim() ? { reason, at: now } : undefined,
    );
    if (!decision.allowed) throw new Error(decision.reason);
    await db.prospects.put(
      Prospect.parse({
        ...prospect,
        status: 'lost',
        ...(decision.override ? { giveUpOverride: decision.override } : {}),
      }),
    );
    const enrollments = await db.enrollments.where('prospectId').equals(prospectId).toArray();
    await db.enrollments.bulkPut(
      enrollments.map((enrollment) =>
        Enrollment.parse(omit(parseStored(Enrollment, 'enrollments', enrollment), 'nextDueAt')),
      ),
    );
    return decision.reason;
  });
}
