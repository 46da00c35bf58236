import { exportBackup, restoreBackup } from '@/lib/db/backup';
import { saveProspect } from '@/lib/db/prospects';
import { makeProspect, makeTouch } from '../../factories';
import { readSampleBackup } from './sample-backup';
import { openTestDatabase } from './test-database';

const NOW = new Date('2026-11-23T12:00:00.000Z');

function withoutExportTime(document: Record<string, unknown>) {
  const { exportedAt: _ignored, ...tables } = document;
  return tables;
}

describe('backup and restore', () => {
  it('restores the sample backup and exports the same records', async () => {
    const db = openTestDatabase();
    const sample = readSampleBackup();
    const counts = await restoreBackup(db, sample, 'replace', new Date());
    expect(counts).toEqual({
      prospects: 3,
      cadences: 1,
      enrollments: 2,
      touches: 6,
      tasks: 1,
      contentItems: 2,
      settings: 1,
    });
    const exported = await exportBackup(db, NOW);
    expect(exported.exportedAt).toBe(NOW.toISOString());
    const sortById = (records: { id: string }[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
    for (const table of [
      'prospects',
      'cadences',
      'enrollments',
      'touches',
      'tasks',
      'contentItems',
      'settings',
    ] as const) {
      // The sample predates note entries: its prospects come back with none.
      const expected = (sample[table] as { id: string }[]).map((record) =>
        table === 'prospects' ? { ...record, noteEntries: [] } : record,
      );
      expect(sortById(exported[table])).toEqual(sortById(expected));
    }
  });

  it('replace removes what the backup does not hold', async () => {
    const db = openTestDatabase();
    await saveProspect(db, makeProspect({ id: 'someone-else' }));
    await restoreBackup(db, readSampleBackup(), 'replace', new Date());
    expect(await db.prospects.get('someone-else')).toBeUndefined();
  });

  it('merge keeps existing records and lets the backup point at them', async () => {
    const db = openTestDatabase();
    await saveProspect(db, makeProspect({ id: 'existing' }));
    const document = {
      ...readSampleBackup(),
      touches: [makeTouch({ id: 'touch-for-existing', prospectId: 'existing' })],
    };
    await restoreBackup(db, document, 'merge', new Date());
    expect(await db.prospects.count()).toBe(4);
    expect((await db.touches.get('touch-for-existing'))?.prospectId).toBe('existing');
  });

  it('settles what an older backup left due for a closed deal: its open task is done, its step no longer due', async () => {
    const db = openTestDatabase();
    const sample = readSampleBackup();
    const document = {
      ...sample,
      prospects: sample.prospects.map((prospect) =>
        prospect.id === 'p-maria-gonzalez' ? { ...prospect, status: 'won' } : prospect,
      ),
    };
    for (const mode of ['replace', 'merge'] as const) {
      await restoreBackup(db, document, mode, NOW);
      expect(await db.tasks.get('task-callback-maria')).toMatchObject({ status: 'done', doneAt: NOW.toISOString() });
      expect((await db.enrollments.get('e-maria'))?.nextDueAt).toBeUndefined();
      expect((await db.enrollments.get('e-kenji'))?.nextDueAt).toBeDefined();
    }
  });

  it.each([
    ['not a backup at all', { hello: 'world' }, /not a Fifth Touch backup/],
    ['a newer version', { ...readSampleBackup(), version: 2 }, /newer Fifth Touch \(backup version 2/],
    [
      'a bad email',
      { ...readSampleBackup(), prospects: [{ ...readSampleBackup().prospects[0], email: 'nope' }] },
      /prospects\[0\]\.email is not a valid email/,
    ],
    [
      'a missing table',
      (() => {
        const { touches: _t, ...rest } = readSampleBackup();
        return rest;
      })(),
      /touches should be an array/,
    ],
    [
      'a duplicate id',
      { ...readSampleBackup(), prospects: [readSampleBackup().prospects[0], readSampleBackup().prospects[0]] },
      /prospects lists the id "p-maria-gonzalez" twice/,
    ],
    [
      'a dangling reference',
      { ...readSampleBackup(), touches: [makeTouch({ prospectId: 'ghost' })] },
      /point at prospect\(s\) that are not in it or in your data: ghost/,
    ],
  ])('rejects %s in words and changes nothing', async (_label, document, message) => {
    const db = openTestDatabase();
    await restoreBackup(db, readSampleBackup(), 'replace', new Date());
    const before = withoutExportTime(await exportBackup(db, NOW));
    for (const mode of ['replace', 'merge'] as const) {
      await expect(restoreBackup(db, document, mode, new Date())).rejects.toThrow(message);
    }
    expect(withoutExportTime(await exportBackup(db, NOW))).toEqual(before);
  });
});
