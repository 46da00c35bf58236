import { NURTURE_CADENCE_ID } from '@/lib/core/policies/nurture-cadence';
import { completeStep } from '@/lib/db/queue-actions';
import { recordTouch } from '@/lib/db/follow-ups';
import { changeCadence, restartCadence } from '@/lib/db/prospect-cadence';
import { deleteProspectNote, saveProspectNote, updateProspectDetails } from '@/lib/db/prospect-edits';
import { readProspectRecord } from '@/lib/db/prospect-record';
import { changeProspectStatus } from '@/lib/db/prospect-status';
import { makeCadence, makeContentItem, makeProspect, makeTask } from '../../factories';
import { enrolled, makeContext, NOW } from './enrolled-prospect';

const read = (db: Awaited<ReturnType<typeof enrolled>>['db'], id: string) => readProspectRecord(db, id, new Date(NOW));

describe('reading the prospect record', () => {
  it('lists every step with done, skipped or due, touches newest first with the piece sent, and the yeses', async () => {
    const { db, prospect, enrollment } = await enrolled();
    const piece = makeContentItem({ id: 'c-1', title: 'Three numbers' });
    await db.contentItems.add(piece);
    await completeStep(
      db,
      { enrollmentId: enrollment.id, outcome: 'yes', note: 'Delays cost 3%', contentId: 'c-1', touchIdPrefix: 's1' },
      makeContext(),
    );
    await saveProspectNote(
      db,
      prospect.id,
      { text: 'Budget approved', yes: true },
      makeContext('2026-11-24T11:00:00.000Z'),
    );
    await db.prospects.add(
      makeProspect({
        id: 'p-li',
        name: 'Ada Lovelace',
        email: undefined,
        linkedinUrl: 'https://www.linkedin.com/in/ada/',
      }),
    );

    await recordTouch(
      db,
      { id: 'later', prospectId: prospect.id, channel: 'linkedin' },
      makeContext('2026-11-24T12:00:00.000Z'),
    );

    const record = await read(db, prospect.id);
    expect(record.steps.slice(0, 3).map((step) => [step.number, step.status])).toEqual([
      [1, 'done'],
      [2, 'due'],
      [3, 'upcoming'],
    ]);
    expect(record.touches.map((touch) => [touch.channel, touch.outcome, touch.content?.title])).toEqual([
      ['linkedin', 'sent', undefined],
      ['email', 'sent', 'Three numbers'],
      ['call', 'yes', undefined],
    ]);
    expect(record.yeses.map((yes) => [yes.source, yes.text])).toEqual([
      ['touch', 'Delays cost 3%'],
      ['note', 'Budget approved'],
    ]);
    expect(record.summary.yeses).toEqual(['Delays cost 3%', 'Budget approved']);
    expect(record.followUps).toBe(3);
    expect(record.matches).toEqual([{ prospectId: 'p-li', name: 'Ada Lovelace', reason: 'same-name' }]);
  });

  it('says in words that a record is gone', async () => {
    const { db } = await enrolled();
    await expect(read(db, 'nobody')).rejects.toThrow('That prospect no longer exists');
  });
});

describe('editing the record in place', () => {
  it('saves valid edits, clears emptied fields, and refuses an invalid one without saving anything', async () => {
    const { db, prospect } = await enrolled();
    await updateProspectDetails(db, prospect.id, { title: 'CTO', company: null, tags: ['emea'], dealValue: 12000 });
    expect(await db.prospects.get(prospect.id)).toMatchObject({ title: 'CTO', tags: ['emea'], dealValue: 12000 });
    expect((await db.prospects.get(prospect.id))?.company).toBeUndefined();

    await expect(
      updateProspectDetails(db, prospect.id, { title: 'CEO', email: 'not-an-email', timeZone: 'Mars/Olympus' }),
    ).rejects.toThrow(/^Not saved: email .*timeZone should be an IANA time zone/);
    expect((await db.prospects.get(prospect.id))?.title).toBe('CTO');
  });

  it('refuses an email another record holds and points to linking', async () => {
    const { db, prospect } = await enrolled();
    await db.prospects.add(makeProspect({ id: 'other', name: 'Grace Hopper', email: 'grace@navy.example' }));
    await expect(updateProspectDetails(db, prospect.id, { email: 'grace@navy.example' })).rejects.toThrow(
      'Grace Hopper already has that contact. Use "Link to existing prospect" instead.',
    );
  });

  it('adds, marks and deletes notes; an empty note is refused', async () => {
    const { db, prospect } = await enrolled();
    const note = await saveProspectNote(db, prospect.id, { text: 'Prefers mornings' }, makeContext());
    expect(note).toMatchObject({ text: 'Prefers mornings', yes: false, at: NOW });
    await saveProspectNote(db, prospect.id, { id: note.id, text: 'Prefers mornings', yes: true }, makeContext());
    expect((await db.prospects.get(prospect.id))?.noteEntries).toEqual([{ ...note, yes: true }]);
    await expect(saveProspectNote(db, prospect.id, { text: '   ' }, makeContext())).rejects.toThrow(
      'A note needs some text.',
    );
    await deleteProspectNote(db, prospect.id, note.id);
    expect((await db.prospects.get(prospect.id))?.noteEntries).toEqual([]);
  });
});

describe('status changes', () => {
  it('closes as lost only with a reason before five follow-ups, in the policy’s words', async () => {
    const { db, prospect } = await enrolled();
    await expect(changeProspectStatus(db, { prospectId: prospect.id, status: 'lost' }, makeContext())).rejects.toThrow(
      'Only 0 follow-ups so far — the playbook asks for at least 5 before giving up.',
    );
    const words = await changeProspectStatus(
      db,
      { prospectId: prospect.id, status: 'lost', reason: 'They were acquired' },
      makeContext(),
    );
    expect(words).toMatch(/because: They were acquired$/);
    expect(await db.prospects.get(prospect.id)).toMatchObject({
      status: 'lost',
      giveUpOverride: { reason: 'They were acquired' },
    });
  });

  it('closes as won and nothing is due any more: the cadence stops and open to-dos are done', async () => {
    const { db, prospect, enrollment } = await enrolled();
    const dueAt = '2026-11-25T15:00:00.000Z';
    await db.tasks.bulkAdd([
      makeTask({ id: 'callback', prospectId: prospect.id, dueAt }),
      makeTask({ id: 'earlier', prospectId: prospect.id, dueAt, status: 'done', doneAt: '2026-11-20T10:00:00.000Z' }),
    ]);
    const context = makeContext('2026-11-24T11:00:00.000Z');
    await changeProspectStatus(db, { prospectId: prospect.id, status: 'won' }, context);
    expect((await db.prospects.get(prospect.id))?.status).toBe('won');
    expect((await db.enrollments.get(enrollment.id))?.nextDueAt).toBeUndefined();
    expect(await db.tasks.get('callback')).toMatchObject({ status: 'done', doneAt: context.now.toISOString() });
    expect((await db.tasks.get('earlier'))?.doneAt).toBe('2026-11-20T10:00:00.000Z');
  });

  it('pauses until a date, and resumes when made active again', async () => {
    const { db, prospect, enrollment } = await enrolled();
    const until = '2026-12-07T08:00:00.000Z';
    await changeProspectStatus(db, { prospectId: prospect.id, status: 'paused', until }, makeContext());
    expect((await db.prospects.get(prospect.id))?.status).toBe('paused');
    const paused = await db.enrollments.get(enrollment.id);
    expect(paused).toMatchObject({ pausedUntil: until });
    expect(paused!.nextDueAt! >= until).toBe(true);
    expect((await read(db, prospect.id)).pausedUntil).toBe(until);

    await changeProspectStatus(
      db,
      { prospectId: prospect.id, status: 'active' },
      makeContext('2026-11-25T10:00:00.000Z'),
    );
    expect((await db.prospects.get(prospect.id))?.status).toBe('active');
    expect((await db.enrollments.get(enrollment.id))?.pausedAt).toBeUndefined();
  });

  it('reads a pause whose date has passed as active, without the "paused until" line', async () => {
    const { db, prospect } = await enrolled();
    const until = '2026-12-07T08:00:00.000Z';
    await changeProspectStatus(db, { prospectId: prospect.id, status: 'paused', until }, makeContext());

    const during = await readProspectRecord(db, prospect.id, new Date('2026-12-06T10:00:00.000Z'));
    expect([during.prospect.status, during.summary.stage, during.pausedUntil]).toEqual(['paused', 'paused', until]);

    const after = await readProspectRecord(db, prospect.id, new Date('2026-12-08T10:00:00.000Z'));
    expect([after.prospect.status, after.summary.stage, after.pausedUntil]).toEqual(['active', 'active', undefined]);
    expect((await db.prospects.get(prospect.id))?.status).toBe('paused');
  });

  it('moves to nurture: the monthly cadence from today, the old one stopped', async () => {
    const { db, prospect, enrollment } = await enrolled();
    await changeProspectStatus(
      db,
      { prospectId: prospect.id, status: 'nurture' },
      makeContext('2026-11-25T10:00:00.000Z'),
    );
    const record = await read(db, prospect.id);
    expect(record.prospect.status).toBe('nurture');
    expect(record.cadence?.id).toBe(NURTURE_CADENCE_ID);
    expect((await db.enrollments.get(enrollment.id))?.nextDueAt).toBeUndefined();
  });
});

describe('changing and restarting the cadence', () => {
  it('restarts from step 1 now and leaves one enrollment due', async () => {
    const { db, prospect, enrollment } = await enrolled();
    await completeStep(db, { enrollmentId: enrollment.id, outcome: 'sent', touchIdPrefix: 's1' }, makeContext());
    await restartCadence(db, prospect.id, makeContext('2026-11-26T10:00:00.000Z'));
    const enrollments = await db.enrollments.where('prospectId').equals(prospect.id).toArray();
    expect(enrollments.filter((candidate) => candidate.nextDueAt !== undefined)).toEqual([
      expect.objectContaining({ stepIndex: 0, startedAt: '2026-11-26T10:00:00.000Z' }),
    ]);
    expect((await read(db, prospect.id)).steps[0]?.status).toBe('due');
  });

  it('changes the cadence keeping the place by day, so touches made still count', async () => {
    const { db, prospect, enrollment } = await enrolled();
    await recordTouch(db, { id: 't-1', prospectId: prospect.id, channel: 'call' }, makeContext());
    const short = makeCadence({
      id: 'short',
      name: 'Short',
      steps: [
        { day: 1, channels: ['call', 'x'] },
        { day: 4, channels: ['email'] },
      ],
    });
    await db.cadences.add(short);
    await changeCadence(db, prospect.id, 'short', makeContext());
    expect(await db.enrollments.get(enrollment.id)).toMatchObject({
      cadenceId: 'short',
      stepIndex: 0,
      channelsDone: ['call'],
    });
    expect((await read(db, prospect.id)).cadence).toEqual({ id: 'short', name: 'Short' });
  });
});
