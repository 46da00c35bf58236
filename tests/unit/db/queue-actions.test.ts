import { recordTouch } from '@/lib/db/follow-ups';
import { completeStep, pauseProspect, skipStep, snoozeStep } from '@/lib/db/queue-actions';
import { makeCadence } from '../../factories';
import { enrolled, local, makeContext, NOW } from './enrolled-prospect';

describe('completing a step', () => {
  it('logs each channel left, the outcome on the call and the content on the email, and moves on', async () => {
    const { db, enrollment } = await enrolled();
    const request = {
      enrollmentId: enrollment.id,
      outcome: 'no-answer' as const,
      contentId: 'c-1',
      note: 'Rang twice',
    };
    const result = await completeStep(db, { ...request, touchIdPrefix: 'click-1' }, makeContext());
    expect(result).toEqual({ prospectId: enrollment.prospectId });
    const touches = await db.touches.toArray();
    expect(
      touches.map(({ id, channel, outcome, note, contentId, stepIndex }) => ({
        id,
        channel,
        outcome,
        note,
        contentId,
        stepIndex,
      })),
    ).toEqual([
      {
        id: 'click-1:call',
        channel: 'call',
        outcome: 'no-answer',
        note: 'Rang twice',
        contentId: undefined,
        stepIndex: 0,
      },
      { id: 'click-1:email', channel: 'email', outcome: 'sent', note: '', contentId: 'c-1', stepIndex: 0 },
    ]);
    expect(await db.enrollments.get(enrollment.id)).toMatchObject({
      stepIndex: 1,
      channelsDone: [],
      history: [{ index: 0, status: 'done', at: NOW }],
    });
  });

  it('logs nothing twice for the same prefix, even though the step has moved on', async () => {
    const { db, enrollment } = await enrolled();
    const request = { enrollmentId: enrollment.id, outcome: 'sent' as const, touchIdPrefix: 'click-1' };
    await Promise.all([completeStep(db, request, makeContext()), completeStep(db, request, makeContext())]);
    await completeStep(db, request, makeContext());
    expect(await db.touches.count()).toBe(2);
    expect((await db.enrollments.get(enrollment.id))?.stepIndex).toBe(1);
  });

  it('logs only the channels still open on a partly done step', async () => {
    const { db, enrollment } = await enrolled();
    await recordTouch(db, { id: 'earlier', prospectId: enrollment.prospectId, channel: 'email' }, makeContext());
    await completeStep(db, { enrollmentId: enrollment.id, outcome: 'meeting', touchIdPrefix: 'p' }, makeContext());
    expect((await db.touches.toArray()).map((touch) => touch.id).sort()).toEqual(['earlier', 'p:call']);
    expect((await db.enrollments.get(enrollment.id))?.stepIndex).toBe(1);
  });

  it.each([
    ['voicemail', 'callback'],
    ['gatekeeper', 'callback'],
    ['replied', 'respond'],
  ] as const)('a %s applies its policy: a %s task', async (outcome, kind) => {
    const { db, enrollment } = await enrolled();
    await completeStep(db, { enrollmentId: enrollment.id, outcome, touchIdPrefix: 'p' }, makeContext());
    expect((await db.tasks.toArray()).map((task) => task.kind)).toEqual([kind]);
  });

  it('a reply pauses the cadence instead of moving it', async () => {
    const { db, enrollment } = await enrolled();
    await completeStep(db, { enrollmentId: enrollment.id, outcome: 'replied', touchIdPrefix: 'p' }, makeContext());
    const after = await db.enrollments.get(enrollment.id);
    expect(after).toMatchObject({ stepIndex: 0, pausedAt: NOW, repliedAt: NOW });
    expect(after?.nextDueAt).toBeUndefined();
  });

  it('refuses a paused cadence in words and writes nothing', async () => {
    const { db, enrollment, prospect } = await enrolled();
    await pauseProspect(db, { prospectId: prospect.id }, makeContext());
    await expect(
      completeStep(db, { enrollmentId: enrollment.id, outcome: 'sent', touchIdPrefix: 'p' }, makeContext()),
    ).rejects.toThrow('This cadence is paused. Resume it first');
    expect(await db.touches.count()).toBe(0);
  });

  it('refuses an enrollment that is gone', async () => {
    const { db } = await enrolled();
    await expect(
      completeStep(db, { enrollmentId: 'ghost', outcome: 'sent', touchIdPrefix: 'p' }, makeContext()),
    ).rejects.toThrow('That follow-up is no longer stored');
  });
});

describe('snoozing and skipping a step', () => {
  it('snoozes into working time: 20:00 becomes 09:00 the next working day', async () => {
    const { db, enrollment } = await enrolled();
    await snoozeStep(db, enrollment.id, '2026-11-24T19:00:00.000Z', makeContext());
    expect(local((await db.enrollments.get(enrollment.id))?.nextDueAt)).toBe('2026-11-25 09:00 Wed');
  });

  it('refuses a snooze into the past', async () => {
    const { db, enrollment } = await enrolled();
    await expect(snoozeStep(db, enrollment.id, '2026-11-24T09:00:00.000Z', makeContext())).rejects.toThrow(
      'A snooze needs a time in the future.',
    );
  });

  it('skips without logging a touch', async () => {
    const { db, enrollment } = await enrolled();
    await skipStep(db, enrollment.id, makeContext());
    expect(await db.enrollments.get(enrollment.id)).toMatchObject({ stepIndex: 1, history: [{ status: 'skipped' }] });
    expect(await db.touches.count()).toBe(0);
  });

  it('skipping the last step finishes the cadence with a "decide" task', async () => {
    const { db, enrollment } = await enrolled();
    const oneStep = makeCadence({ id: 'one-step', steps: [{ day: 1, channels: ['email'] }] });
    await db.cadences.add(oneStep);
    await db.enrollments.update(enrollment.id, { cadenceId: oneStep.id });
    await skipStep(db, enrollment.id, makeContext());
    expect((await db.tasks.toArray()).map((task) => task.kind)).toEqual(['decide']);
    expect((await db.enrollments.get(enrollment.id))?.nextDueAt).toBeUndefined();
  });
});
