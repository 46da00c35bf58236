import { DEFAULT_CADENCE_ID } from '@/lib/core/model';
import { recordTouch, startAndRecordTouch, startFollowUps, updateTouch, type WriteContext } from '@/lib/db/follow-ups';
import { readProspectSummary } from '@/lib/db/prospect-summary';
import { ensureDefaultCadence } from '@/lib/db/seed';
import { openTestDatabase } from './test-database';

function makeContext(now = '2026-11-24T10:00:00.000Z'): WriteContext {
  let id = 0;
  return { now: new Date(now), homeTimeZone: 'Europe/Berlin', newId: () => `id-${(id += 1)}` };
}

const PROFILE = {
  name: 'Abgar Gulo',
  linkedinUrl: 'https://www.linkedin.com/in/abgargulo/',
  company: 'Recruitjob.se',
  source: 'linkedin' as const,
  inbound: false,
};

async function preparedDatabase() {
  const db = openTestDatabase();
  await ensureDefaultCadence(db);
  return db;
}

describe('follow-up writes', () => {
  it('creates a prospect enrolled in the default playbook, once', async () => {
    const db = await preparedDatabase();
    const first = await startFollowUps(db, PROFILE, makeContext());
    const again = await startFollowUps(db, { ...PROFILE, name: 'Abgar G.' }, makeContext());
    expect(first.created).toBe(true);
    expect(again).toEqual({ prospect: first.prospect, created: false });
    expect(await db.prospects.count()).toBe(1);
    const enrollments = await db.enrollments.toArray();
    expect(enrollments).toHaveLength(1);
    expect(enrollments[0]).toMatchObject({ cadenceId: DEFAULT_CADENCE_ID, stepIndex: 0 });
  });

  it('gives an inbound lead its first touch within the hour', async () => {
    const db = await preparedDatabase();
    const { prospect } = await startFollowUps(
      db,
      { name: 'Inbound Ida', email: 'ida@example.com', source: 'gmail', inbound: true },
      makeContext(),
    );
    expect((await db.prospects.get(prospect.id))?.firstTouchDueAt).toBe('2026-11-24T11:00:00.000Z');
  });

  it('records a touch once for the same id, however often it is sent', async () => {
    const db = await preparedDatabase();
    const context = makeContext();
    const results = await Promise.all(
      [1, 2, 3].map(() => startAndRecordTouch(db, PROFILE, { id: 'click-1', channel: 'linkedin' }, context)),
    );
    expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
    expect(await db.touches.count()).toBe(1);
    expect(await db.prospects.count()).toBe(1);
  });

  it('moves the step when its channels are touched', async () => {
    const db = await preparedDatabase();
    const { prospect } = await startFollowUps(db, PROFILE, makeContext());
    await recordTouch(
      db,
      { id: 't-call', prospectId: prospect.id, channel: 'call', outcome: 'no-answer' },
      makeContext(),
    );
    expect(
      (await readProspectSummary(db, { prospectId: prospect.id }, new Date('2026-11-24T10:05:00.000Z')))?.channelsLeft,
    ).toEqual(['email']);
    await recordTouch(db, { id: 't-email', prospectId: prospect.id, channel: 'email' }, makeContext());
    const summary = await readProspectSummary(db, { prospectId: prospect.id }, new Date('2026-11-24T10:10:00.000Z'));
    expect(summary).toMatchObject({ stepNumber: 2, stepCount: 9, channels: ['email', 'x'], touchCount: 2 });
  });

  it('a reply added afterwards pauses the cadence and creates a respond task, in one write', async () => {
    const db = await preparedDatabase();
    const { prospect } = await startAndRecordTouch(db, PROFILE, { id: 't-1', channel: 'linkedin' }, makeContext());
    await updateTouch(db, { id: 't-1', outcome: 'replied', note: 'Asked for pricing' }, makeContext());
    const summary = await readProspectSummary(db, { prospectId: prospect.id }, new Date('2026-11-24T10:30:00.000Z'));
    expect(summary).toMatchObject({ stage: 'paused', lastTouch: { outcome: 'replied', note: 'Asked for pricing' } });
    expect((await db.tasks.toArray()).map((task) => task.kind)).toEqual(['respond']);
  });

  it('refuses a touch for a prospect that does not exist and writes nothing', async () => {
    const db = await preparedDatabase();
    await expect(recordTouch(db, { id: 't', prospectId: 'ghost', channel: 'email' }, makeContext())).rejects.toThrow(
      /no longer exists/,
    );
    expect(await db.touches.count()).toBe(0);
  });
});
