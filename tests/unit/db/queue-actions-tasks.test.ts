import { completeTask, pauseProspect, resumeProspect, snoozeTask } from '@/lib/db/queue-actions';
import { makeTask } from '../../factories';
import { enrolled, local, makeContext, NOW } from './enrolled-prospect';

describe('tasks', () => {
  it('completes a task once; a second "done" changes nothing', async () => {
    const { db, prospect } = await enrolled();
    const task = makeTask({ id: 'cb', prospectId: prospect.id });
    await db.tasks.add(task);
    expect(await completeTask(db, 'cb', makeContext())).toEqual({ prospectId: prospect.id });
    await completeTask(db, 'cb', makeContext('2026-11-24T12:00:00.000Z'));
    expect(await db.tasks.get('cb')).toMatchObject({ status: 'done', doneAt: NOW });
  });

  it('snoozes an open task into working time', async () => {
    const { db, prospect } = await enrolled();
    await db.tasks.add(makeTask({ id: 'cb', prospectId: prospect.id }));
    await snoozeTask(db, 'cb', '2026-11-28T10:00:00.000Z', makeContext()); // a Saturday
    expect(local((await db.tasks.get('cb'))?.dueAt)).toBe('2026-11-30 09:00 Mon');
  });

  it('refuses a task that is gone', async () => {
    const { db } = await enrolled();
    await expect(completeTask(db, 'ghost', makeContext())).rejects.toThrow('That task is no longer stored');
  });
});

describe('pausing and resuming a prospect', () => {
  it('pauses until resumed, then picks the schedule up again', async () => {
    const { db, prospect, enrollment } = await enrolled();
    await pauseProspect(db, { prospectId: prospect.id }, makeContext());
    expect((await db.enrollments.get(enrollment.id))?.nextDueAt).toBeUndefined();
    await resumeProspect(db, prospect.id, makeContext('2026-11-26T10:00:00.000Z'));
    const resumed = await db.enrollments.get(enrollment.id);
    expect(resumed).toMatchObject({ shiftDays: 2 });
    expect(resumed?.pausedAt).toBeUndefined();
    expect(resumed?.nextDueAt).toBeDefined();
  });

  it('pauses until a date: the step is due again after it', async () => {
    const { db, prospect, enrollment } = await enrolled();
    await pauseProspect(db, { prospectId: prospect.id, until: '2026-12-01T08:00:00.000Z' }, makeContext());
    const paused = await db.enrollments.get(enrollment.id);
    expect(paused?.pausedUntil).toBe('2026-12-01T08:00:00.000Z');
    expect(paused!.nextDueAt! > '2026-12-01T08:00:00.000Z').toBe(true);
  });

  it('says so when the prospect follows no playbook', async () => {
    const { db, prospect, enrollment } = await enrolled();
    await db.enrollments.delete(enrollment.id);
    await expect(pauseProspect(db, { prospectId: prospect.id }, makeContext())).rejects.toThrow(
      'Ada Lovelace is not following a playbook',
    );
  });
});
