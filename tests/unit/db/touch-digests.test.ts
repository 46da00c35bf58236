import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestAllTouches } from '@/lib/core/queue/touch-digest';
import { restoreBackup } from '@/lib/db/backup';
import type { FifthTouchDatabase } from '@/lib/db/database';
import { recordTouch, startAndRecordTouch, updateTouch } from '@/lib/db/follow-ups';
import { completeStep } from '@/lib/db/queue-actions';
import { putTouches, touchTables } from '@/lib/db/touch-writes';
import { makeTouch } from '../../factories';
import { enrolled, makeContext } from './enrolled-prospect';
import { readSampleBackup } from './sample-backup';

async function expectDigestsMatchTouches(db: FifthTouchDatabase) {
  const byProspect = (digests: { prospectId: string }[]) =>
    [...digests].sort((first, second) => first.prospectId.localeCompare(second.prospectId));
  expect(byProspect(await db.touchDigests.toArray())).toEqual(byProspect(digestAllTouches(await db.touches.toArray())));
}

describe('touch digests follow every touch write', () => {
  it('after logging, completing a step, adding an outcome, a new profile, a merge and a replace restore', async () => {
    const { db, prospect, enrollment } = await enrolled();
    await recordTouch(
      db,
      { id: 't-call', prospectId: prospect.id, channel: 'call', outcome: 'no-answer' },
      makeContext(),
    );
    await expectDigestsMatchTouches(db);
    await completeStep(
      db,
      {
        enrollmentId: enrollment.id,
        outcome: 'sent',
        contentId: 'c-1',
        note: 'Sent the case study',
        touchIdPrefix: 'k',
      },
      makeContext(),
    );
    await updateTouch(db, { id: 't-call', outcome: 'yes', note: 'Yes, budget is approved' }, makeContext());
    await expectDigestsMatchTouches(db);
    const digest = await db.touchDigests.get(prospect.id);
    expect(digest).toMatchObject({ sentContentIds: ['c-1'], yeses: [{ id: 't-call' }] });

    await startAndRecordTouch(
      db,
      { name: 'Grace Hopper', linkedinUrl: 'https://www.linkedin.com/in/grace/', source: 'linkedin', inbound: false },
      { id: 't-li', channel: 'linkedin' },
      { ...makeContext(), newId: () => `grace-${crypto.randomUUID()}` },
    );
    await restoreBackup(db, readSampleBackup(), 'merge', new Date());
    await expectDigestsMatchTouches(db);
    expect(await db.touchDigests.count()).toBeGreaterThanOrEqual(4);

    await restoreBackup(db, readSampleBackup(), 'replace', new Date());
    await expectDigestsMatchTouches(db);
    expect(await db.touchDigests.get(prospect.id)).toBeUndefined();
  });

  it('a touch moved to another prospect refreshes both, and a prospect left without touches has no digest', async () => {
    const { db, prospect } = await enrolled();
    await recordTouch(db, { id: 't-1', prospectId: prospect.id, channel: 'email' }, makeContext());
    const moved = makeTouch({ ...(await db.touches.get('t-1'))!, prospectId: 'someone-else' });
    await db.transaction('rw', touchTables(db), () => putTouches(db, [moved]));
    await expectDigestsMatchTouches(db);
    expect(await db.touchDigests.get(prospect.id)).toBeUndefined();
    expect(await db.touchDigests.get('someone-else')).toMatchObject({ lastTouch: { id: 't-1' } });
  });
});

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('touch writes', () => {
  it('go through lib/db/touch-writes.ts only, so no write can leave a digest stale', () => {
    const writesTouches = /\btouches\s*\.\s*(add|bulkAdd|put|bulkPut|update|bulkUpdate|delete|bulkDelete|modify)\b/;
    const writers = ['lib', 'entrypoints', 'components']
      .flatMap(sourceFiles)
      .filter((path) => writesTouches.test(readFileSync(path, 'utf8')));
    expect(writers).toEqual([join('lib', 'db', 'touch-writes.ts')]);
  });
});
