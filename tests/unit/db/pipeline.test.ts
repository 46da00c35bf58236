import { changeProspectStatus } from '@/lib/db/prospect-status';
import { readPipeline } from '@/lib/db/pipeline';
import { makeProspect } from '../../factories';
import { enrolled, makeContext, NOW as ENROLLED_AT } from './enrolled-prospect';
import { openTestDatabase } from './test-database';

const NOW = new Date(ENROLLED_AT);

describe('reading the pipeline', () => {
  it('sums the stored deal values by status', async () => {
    const db = openTestDatabase();
    await db.prospects.bulkAdd([
      makeProspect({ status: 'active', dealValue: 1200 }),
      makeProspect({ status: 'nurture', dealValue: 300 }),
      makeProspect({ status: 'won', dealValue: 5000 }),
      makeProspect({ status: 'active' }),
    ]);
    expect(await readPipeline(db, NOW)).toMatchObject({
      active: { total: 1200, prospects: 1 },
      nurture: { total: 300, prospects: 1 },
      won: { total: 5000, prospects: 1 },
      open: { total: 1500, prospects: 2 },
    });
  });

  it('names a damaged record instead of counting it wrong', async () => {
    const db = openTestDatabase();
    await db.prospects.add({ ...makeProspect({ id: 'bad' }), dealValue: -5 });
    await expect(readPipeline(db, NOW)).rejects.toThrow('A stored record in prospects (id bad) is damaged');
  });

  it('reads only the prospects with a deal value, however many have none', async () => {
    const db = openTestDatabase();
    await db.prospects.bulkAdd([
      ...Array.from({ length: 50 }, () => makeProspect({ status: 'active' })),
      makeProspect({ status: 'paused', dealValue: 0 }),
      makeProspect({ status: 'active', dealValue: 700 }),
    ]);
    const read = vi.spyOn(db.prospects, 'toArray');
    const where = vi.spyOn(db.prospects, 'where');
    expect(await readPipeline(db, NOW)).toMatchObject({ open: { total: 700, prospects: 2 }, paused: { prospects: 1 } });
    expect(read).not.toHaveBeenCalled();
    expect(where).toHaveBeenCalledWith('dealValue');
  });

  it('counts a deal whose dated pause has ended as active again', async () => {
    const { db, prospect } = await enrolled();
    await db.prospects.update(prospect.id, { dealValue: 900 });
    const until = '2026-12-07T08:00:00.000Z';
    await changeProspectStatus(db, { prospectId: prospect.id, status: 'paused', until }, makeContext());

    expect(await readPipeline(db, new Date('2026-12-06T10:00:00.000Z'))).toMatchObject({
      active: { prospects: 0 },
      paused: { total: 900, prospects: 1 },
    });
    expect(await readPipeline(db, new Date('2026-12-08T10:00:00.000Z'))).toMatchObject({
      active: { total: 900, prospects: 1 },
      paused: { prospects: 0 },
      open: { total: 900, prospects: 1 },
    });
  });
});
