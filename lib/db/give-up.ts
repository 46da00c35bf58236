import Dexie from 'dexie';
import { canGiveUp } from '../core/policies/five-nos';
import { Prospect, Touch } from '../core/model';
import type { FifthTouchDatabase } from './database';
import { closeFollowUps } from './stop-follow-ups';
import { parseStored } from './stored-record-error';

/**
 * Closes a prospect as lost, subject to the five no's: refused in words before five follow-ups
 * unless the rep gives a reason, which is recorded on the prospect. Their enrollments stop and
 * their open tasks are done.
 */
export async function giveUpOnProspect(
  db: FifthTouchDatabase,
  prospectId: string,
  reason: string,
  now: Date,
): Promise<string> {
  return db.transaction('rw', [db.prospects, db.touches, db.enrollments, db.tasks], async () => {
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
    await closeFollowUps(db, prospectId, now);
    return decision.reason;
  });
}
