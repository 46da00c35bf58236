import { reportPeriods } from '@/lib/core/metrics';
import { HISTORY_BATCH, readReportRecords } from '@/lib/db/report-source';
import { makeProspect, makeTouch } from '../../factories';
import { openTestDatabase, storeTouches } from './test-database';

const NOW = new Date('2026-11-25T12:00:00.000Z');
const PERIODS = reportPeriods('2026-11-18', NOW, 'UTC');

/** Lost prospects, each with two touches long before the report's span: only their histories name them. */
async function lostProspectsWithHistories(count: number) {
  const db = openTestDatabase();
  const prospects = Array.from({ length: count }, (_, index) =>
    makeProspect({ id: `lost-${index}`, status: 'lost', createdAt: '2025-01-06T09:00:00.000Z' }),
  );
  await db.prospects.bulkAdd(prospects);
  await storeTouches(
    db,
    prospects.flatMap((prospect) => [
      makeTouch({ id: `${prospect.id}-1`, prospectId: prospect.id, at: '2025-01-06T10:00:00.000Z' }),
      makeTouch({ id: `${prospect.id}-2`, prospectId: prospect.id, at: '2025-01-08T10:00:00.000Z', outcome: 'lost' }),
    ]),
  );
  return db;
}

describe('reading the weekly report’s records', () => {
  it('reads the whole history of every lost prospect, across several batches', async () => {
    const count = 2 * HISTORY_BATCH + 7;
    const db = await lostProspectsWithHistories(count);
    const records = await readReportRecords(db, PERIODS);
    expect(records.prospects).toHaveLength(count);
    expect(records.touches).toHaveLength(2 * count);
    expect(new Set(records.touches.map((touch) => touch.prospectId)).size).toBe(count);
  });

  it('reads the whole history of a prospect won in the span, and none of one won before it', async () => {
    const db = openTestDatabase();
    await db.prospects.bulkAdd([
      makeProspect({ id: 'won-this-week', status: 'won', createdAt: '2025-01-06T09:00:00.000Z' }),
      makeProspect({ id: 'won-last-year', status: 'won', createdAt: '2025-01-06T09:00:00.000Z' }),
    ]);
    await storeTouches(db, [
      makeTouch({ id: 'early', prospectId: 'won-this-week', at: '2025-02-03T10:00:00.000Z' }),
      makeTouch({ id: 'won', prospectId: 'won-this-week', at: '2026-11-18T10:00:00.000Z', outcome: 'won' }),
      makeTouch({ id: 'long-ago', prospectId: 'won-last-year', at: '2025-03-03T10:00:00.000Z', outcome: 'won' }),
    ]);
    const records = await readReportRecords(db, PERIODS);
    expect(records.prospects.map((prospect) => prospect.id).sort()).toEqual(['won-last-year', 'won-this-week']);
    expect(records.touches.map((touch) => touch.id).sort()).toEqual(['early', 'won']);
  });

  it('reads every touch of the span once, at its first and last instant and where one week’s read ends', async () => {
    const db = openTestDatabase();
    const from = PERIODS.lastMonth.start.getTime();
    const at = {
      first: new Date(from).toISOString(),
      weekLater: new Date(from + 7 * 24 * 60 * 60 * 1000).toISOString(),
      last: PERIODS.cutoff.toISOString(),
    };
    expect(PERIODS.week.start.getTime()).toBeGreaterThan(from);
    await db.prospects.bulkAdd(
      Object.keys(at).map((name) => makeProspect({ id: name, createdAt: '2025-01-06T09:00:00.000Z' })),
    );
    await storeTouches(
      db,
      Object.entries(at).map(([name, instant]) => makeTouch({ id: name, prospectId: name, at: instant })),
    );
    const records = await readReportRecords(db, PERIODS);
    expect(records.touches.map((touch) => touch.id).sort()).toEqual(['first', 'last', 'weekLater']);
  });

  it('lets a write waiting on the touches go first instead of holding them for the whole read', async () => {
    const db = await lostProspectsWithHistories(2 * HISTORY_BATCH + 7);
    const finished: string[] = [];
    const report = readReportRecords(db, PERIODS).then((records) => finished.push('report') && records);
    // What a rep's "Done" does while the options page loads the report.
    const write = db
      .transaction('rw', db.touches, () => db.touches.add(makeTouch({ id: 'done-now', prospectId: 'someone-else' })))
      .then(() => finished.push('write'));
    await Promise.all([report, write]);
    expect(finished).toEqual(['write', 'report']);
  });
});
