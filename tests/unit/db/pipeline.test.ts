import { readPipeline } from '@/lib/db/pipeline';
import { makeProspect } from '../../factories';
import { openTestDatabase } from './test-database';

describe('reading the pipeline', () => {
  it('sums the stored deal values by status', async () => {
    const db = openTestDatabase();
    await db.prospects.bulkAdd([
      makeProspect({ status: 'active', dealValue: 1200 }),
      makeProspect({ status: 'nurture', dealValue: 300 }),
      makeProspect({ status: 'won', dealValue: 5000 }),
      makeProspect({ status: 'active' }),
    ]);
    expect(await readPipeline(db)).toMatchObject({
      active: { total: 1200, prospects: 1 },
      nurture: { total: 300, prospects: 1 },
      won: { total: 5000, prospects: 1 },
      open: { total: 1500, prospects: 2 },
    });
  });

  it('names a damaged record instead of counting it wrong', async () => {
    const db = openTestDatabase();
    await db.prospects.add({ ...makeProspect({ id: 'bad' }), dealValue: -5 });
    await expect(readPipeline(db)).rejects.toThrow('A stored record in prospects (id bad) is damaged');
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
    expect(await readPipeline(db)).toMatchObject({ open: { total: 700, prospects: 2 }, paused: { prospects: 1 } });
    expect(read).not.toHaveBeenCalled();
    expect(where).toHaveBeenCalledWith('dealValue');
  });
});
