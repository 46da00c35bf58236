import type { ImportedProspect } from '@/lib/core/csv';
import { DEFAULT_CADENCE_ID } from '@/lib/core/model';
import { exportProspectsCsv, exportTouchesCsv } from '@/lib/db/csv-export';
import type { WriteContext } from '@/lib/db/follow-ups';
import { importProspects } from '@/lib/db/prospect-import';
import { ensureDefaultCadence } from '@/lib/db/seed';
import { makeProspect } from '../../factories';
import { openTestDatabase } from './test-database';

function makeContext(): WriteContext {
  let id = 0;
  return { now: new Date('2026-11-24T10:00:00.000Z'), homeTimeZone: 'Europe/Berlin', newId: () => `id-${(id += 1)}` };
}

const ROWS: ImportedProspect[] = [
  { name: 'María José García', email: 'mj@example.com', tags: ['spain'] },
  { name: 'Zoë Dupont', linkedinUrl: 'https://www.linkedin.com/in/zoe/', tags: [], dealValue: 900 },
];

async function preparedDatabase() {
  const db = openTestDatabase();
  await ensureDefaultCadence(db);
  return db;
}

describe('importProspects', () => {
  it('creates imported prospects enrolled in the default playbook', async () => {
    const db = await preparedDatabase();
    expect(await importProspects(db, ROWS, makeContext())).toEqual({ created: 2, merged: 0 });
    const prospects = await db.prospects.toArray();
    expect(prospects.map((prospect) => [prospect.name, prospect.source, prospect.status])).toEqual([
      ['María José García', 'import', 'active'],
      ['Zoë Dupont', 'import', 'active'],
    ]);
    const enrollments = await db.enrollments.toArray();
    expect(enrollments).toHaveLength(2);
    expect(enrollments.every((enrollment) => enrollment.cadenceId === DEFAULT_CADENCE_ID && enrollment.nextDueAt)).toBe(
      true,
    );
  });

  it('merges into existing prospects without overwriting, and creates no duplicate on re-import', async () => {
    const db = await preparedDatabase();
    await db.prospects.add(makeProspect({ id: 'p-mj', email: 'mj@example.com', company: 'Acme', tags: ['vip'] }));
    const rows = [{ ...ROWS[0]!, company: 'Other', title: 'CFO' }, ROWS[1]!];
    expect(await importProspects(db, rows, makeContext())).toEqual({ created: 1, merged: 1 });
    expect(await importProspects(db, rows, makeContext())).toEqual({ created: 0, merged: 2 });
    expect(await db.prospects.count()).toBe(2);
    expect(await db.prospects.get('p-mj')).toMatchObject({ company: 'Acme', title: 'CFO', tags: ['vip', 'spain'] });
    // The merged prospect was already someone the rep knew: no second enrollment.
    expect(await db.enrollments.count()).toBe(1);
  });

  it('writes nothing when any part of the import fails', async () => {
    const db = await preparedDatabase();
    await db.cadences.clear();
    await expect(importProspects(db, ROWS, makeContext())).rejects.toThrow(/playbook .* is missing/);
    expect(await db.prospects.count()).toBe(0);
    expect(await db.enrollments.count()).toBe(0);
  });

  it('rolls back the prospects already added when a later write fails', async () => {
    const db = await preparedDatabase();
    // Ids run prospects first (id-1, id-2), then enrollments (id-3, id-4): id-3 is already taken.
    await db.enrollments.add({
      id: 'id-3',
      prospectId: 'x',
      cadenceId: DEFAULT_CADENCE_ID,
      startedAt: '2026-11-01T00:00:00.000Z',
      stepIndex: 0,
      channelsDone: [],
      history: [],
    });
    await expect(importProspects(db, ROWS, makeContext())).rejects.toThrow();
    expect(await db.prospects.count()).toBe(0);
    expect(await db.enrollments.count()).toBe(1);
  });
});

describe('CSV exports', () => {
  it('exports prospects and touches as CSV text with a byte-order mark', async () => {
    const db = await preparedDatabase();
    await importProspects(db, ROWS, makeContext());
    const [prospect] = await db.prospects.toArray();
    await db.touches.add({
      id: 't-1',
      prospectId: prospect!.id,
      channel: 'email',
      at: '2026-11-24T11:00:00.000Z',
      outcome: 'sent',
      note: '',
    });
    expect(await exportProspectsCsv(db)).toMatch(/^\uFEFFName,Email/);
    expect(await exportTouchesCsv(db)).toContain(
      '2026-11-24T11:00:00.000Z,María José García,mj@example.com,email,sent',
    );
  });
});
