import { Prospect, type ProspectStatus } from '../core/model';
import { isClosed } from '../core/schedule/stale-follow-ups';
import type { FifthTouchDatabase } from './database';
import { followUpTables, type WriteContext } from './follow-ups';
import { giveUpOnProspect } from './give-up';
import { moveToNurture } from './prospect-cadence';
import { readProspect } from './prospect-record';
import { pauseProspect, resumeProspect } from './queue-actions';
import { closeFollowUps } from './stop-follow-ups';

export interface StatusChange {
  prospectId: string;
  status: ProspectStatus;
  /** Losing before the five no's needs the rep's reason (the give-up policy's words). */
  reason?: string;
  /** Paused until this instant; without it, until the rep resumes. */
  until?: string;
}

async function setStatus(db: FifthTouchDatabase, prospectId: string, status: ProspectStatus) {
  const prospect = await readProspect(db, prospectId);
  await db.prospects.put(Prospect.parse({ ...prospect, status }));
}

/** Won: nothing more to follow up, but the history stays. */
async function closeAsWon(db: FifthTouchDatabase, prospectId: string, now: Date) {
  await db.transaction('rw', followUpTables(db), async () => {
    await setStatus(db, prospectId, 'won');
    await closeFollowUps(db, prospectId, now);
  });
}

/** Changes where the prospect stands and what that means for their cadence; answers in words. */
export async function changeProspectStatus(
  db: FifthTouchDatabase,
  change: StatusChange,
  context: WriteContext,
): Promise<string> {
  const { prospectId } = change;
  switch (change.status) {
    case 'lost':
      return giveUpOnProspect(db, prospectId, change.reason ?? '', context.now);
    case 'won':
      await closeAsWon(db, prospectId, context.now);
      return 'Closed as won. Congratulations!';
    case 'nurture':
      await moveToNurture(db, prospectId, context);
      return 'Moved to nurture: one light touch a month.';
    case 'paused':
      await db.transaction('rw', followUpTables(db), async () => {
        await pauseProspect(db, { prospectId, ...(change.until ? { until: change.until } : {}) }, context);
        await setStatus(db, prospectId, 'paused');
      });
      return change.until ? 'Paused until the date you chose.' : 'Paused until you resume.';
    case 'active':
      return db.transaction('rw', followUpTables(db), async () => {
        const { status } = await readProspect(db, prospectId);
        if (status === 'paused') await resumeProspect(db, prospectId, context);
        await setStatus(db, prospectId, 'active');
        return isClosed({ status }) ? 'Active again. Restart the cadence to follow up.' : 'Active again.';
      });
  }
}
