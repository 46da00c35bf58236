import Dexie from 'dexie';
import { Prospect } from '@/lib/core/model';
import { FifthTouchDatabase, SCHEMA_V1 } from '@/lib/db/database';
import { exportBackup, restoreBackup } from '@/lib/db/backup';
import { recordTouch, startFollowUps } from '@/lib/db/follow-ups';
import { mergeProspects, undoMerge } from '@/lib/db/prospect-merge';
import { ensureDefaultCadence } from '@/lib/db/seed';
import { makeTask } from '../../factories';
import { makeContext } from './enrolled-prospect';
import { openTestDatabase } from './test-database';

const LINKEDIN = {
  name: 'Abgar Gulo',
  linkedinUrl: 'https://www.linkedin.com/in/abgargulo/',
  company: 'Recruitjob.se',
  source: 'linkedin' as const,
  inbound: false,
};
const GMAIL = { name: 'Abgar Gulo', email: 'abgar@recruitjob.se', source: 'gmail' as const, inbound: true };

/** Everything stored, per table, sorted by key: what "restores exactly" compares (digests included). */
async function snapshot(db: FifthTouchDatabase) {
  const tables = ['prospects', 'enrollments', 'touches', 'tasks', 'touchDigests'] as const;
  const keyOf = (record: { id?: string; prospectId?: string }) => record.id ?? record.prospectId ?? '';
  const entries = await Promise.all(
    tables.map(async (table) => [
      table,
      (await db.table(table).toArray()).sort((a, b) => keyOf(a).localeCompare(keyOf(b))),
    ]),
  );
  return Object.fromEntries(entries);
}

/** The same person met on LinkedIn on Monday and in Gmail on Tuesday: two records, one touch each. */
async function twoRecordsOfOnePerson() {
  const db = openTestDatabase();
  await ensureDefaultCadence(db);
  const monday = makeContext('2026-11-23T10:00:00.000Z');
  const tuesday = makeContext('2026-11-24T10:00:00.000Z');
  const linkedIn = (await startFollowUps(db, LINKEDIN, { ...monday, newId: () => `li-${crypto.randomUUID()}` }))
    .prospect;
  await recordTouch(db, { id: 'touch-li', prospectId: linkedIn.id, channel: 'linkedin', note: 'Connected' }, monday);
  const gmail = (await startFollowUps(db, GMAIL, { ...tuesday, newId: () => `gm-${crypto.randomUUID()}` })).prospect;
  await recordTouch(db, { id: 'touch-gm', prospectId: gmail.id, channel: 'email', outcome: 'yes' }, tuesday);
  await db.tasks.add(makeTask({ id: 'task-gm', prospectId: gmail.id }));
  await db.prospects.update(gmail.id, {
    tags: ['inbound'],
    notes: 'Wrote about pricing.',
    noteEntries: [{ id: 'note-1', at: '2026-11-24T10:05:00.000Z', text: 'Budget approved', yes: true }],
  });
  return { db, linkedIn, gmail };
}

describe('merging two records of one person', () => {
  it('keeps the record linked from and gives it every touch, task, note and missing field of the other', async () => {
    const { db, linkedIn, gmail } = await twoRecordsOfOnePerson();
    const result = await mergeProspects(db, linkedIn.id, gmail.id, makeContext('2026-11-24T12:00:00.000Z'));

    expect(result).toMatchObject({ survivorId: linkedIn.id, absorbedId: gmail.id });
    expect(await db.prospects.count()).toBe(1);
    const survivor = Prospect.parse(await db.prospects.get(linkedIn.id));
    expect(survivor).toMatchObject({
      name: 'Abgar Gulo',
      email: 'abgar@recruitjob.se',
      linkedinUrl: LINKEDIN.linkedinUrl,
      company: 'Recruitjob.se',
      tags: ['inbound'],
      notes: 'Wrote about pricing.',
      noteEntries: [{ id: 'note-1', text: 'Budget approved', yes: true }],
    });
    const touches = await db.touches.toArray();
    expect(touches.map((touch) => [touch.id, touch.prospectId]).sort()).toEqual([
      ['touch-gm', linkedIn.id],
      ['touch-li', linkedIn.id],
    ]);
    expect((await db.tasks.get('task-gm'))?.prospectId).toBe(linkedIn.id);
    expect(await db.enrollments.where('prospectId').equals(gmail.id).count()).toBe(0);
    // The queue reads digests: the survivor's counts both histories, the absorbed one's is gone.
    expect(await db.touchDigests.get(linkedIn.id)).toMatchObject({ followUps: 2, yeses: [{ id: 'touch-gm' }] });
    expect(await db.touchDigests.get(gmail.id)).toBeUndefined();
  });

  it('keeps the enrollment further along and leaves the person one cadence', async () => {
    const { db, linkedIn, gmail } = await twoRecordsOfOnePerson();
    const gmailEnrollment = (await db.enrollments.where('prospectId').equals(gmail.id).first())!;
    await db.enrollments.update(gmailEnrollment.id, { stepIndex: 4 });
    await mergeProspects(db, linkedIn.id, gmail.id, makeContext());
    const enrollments = await db.enrollments.toArray();
    expect(enrollments).toHaveLength(1);
    expect(enrollments[0]).toMatchObject({ id: gmailEnrollment.id, prospectId: linkedIn.id, stepIndex: 4 });
  });

  it('undo restores both records exactly', async () => {
    const { db, linkedIn, gmail } = await twoRecordsOfOnePerson();
    const gmailEnrollment = (await db.enrollments.where('prospectId').equals(gmail.id).first())!;
    await db.enrollments.update(gmailEnrollment.id, { stepIndex: 4 });
    const before = await snapshot(db);
    const { mergeId } = await mergeProspects(db, linkedIn.id, gmail.id, makeContext());
    expect(await snapshot(db)).not.toEqual(before);

    expect(await undoMerge(db, mergeId)).toEqual({ prospectIds: [linkedIn.id, gmail.id] });
    expect(await snapshot(db)).toEqual(before);
    expect(await db.merges.count()).toBe(0);
    await expect(undoMerge(db, mergeId)).rejects.toThrow('already undone');
  });

  it('cannot be undone after a replace restore, which clears the undo records', async () => {
    const { db, linkedIn, gmail } = await twoRecordsOfOnePerson();
    const { mergeId } = await mergeProspects(db, linkedIn.id, gmail.id, makeContext());
    const backup = await exportBackup(db, new Date('2026-11-24T13:00:00.000Z'));
    expect(backup).not.toHaveProperty('merges');
    await restoreBackup(db, backup, 'replace', new Date());
    await expect(undoMerge(db, mergeId)).rejects.toThrow('already undone or is no longer stored');
  });

  it('writes nothing when one record is gone, and refuses to merge a record with itself', async () => {
    const { db, linkedIn } = await twoRecordsOfOnePerson();
    const before = await snapshot(db);
    await expect(mergeProspects(db, linkedIn.id, 'missing', makeContext())).rejects.toThrow('no longer exists');
    await expect(mergeProspects(db, linkedIn.id, linkedIn.id, makeContext())).rejects.toThrow('same prospect');
    expect(await snapshot(db)).toEqual(before);
    expect(await db.merges.count()).toBe(0);
  });
});

describe('the version 2 database', () => {
  it('opens a version 1 database with data and reads prospects stored before notes had entries', async () => {
    const name = `fifth-touch-v1-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const stored = { id: 'p1', name: 'Old Record', source: 'manual', tags: [], status: 'active', notes: 'kept' };
    await v1.table('prospects').add({ ...stored, createdAt: '2025-01-01T00:00:00.000Z' });
    v1.close();

    const db = new FifthTouchDatabase(() => new Date(), name);
    expect(Prospect.parse(await db.prospects.get('p1'))).toMatchObject({ notes: 'kept', noteEntries: [] });
    expect(await db.merges.count()).toBe(0);
  });
});
