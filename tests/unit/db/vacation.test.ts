import { makeDefaultSettings, Settings, SETTINGS_ID } from '@/lib/core/model';
import { readSettings } from '@/lib/db/seed';
import { saveSettings } from '@/lib/db/settings';
import { dismissVacationReturn, endVacationIfOver, pauseEverything, returnEarly } from '@/lib/db/vacation';
import { makeTask } from '../../factories';
import { BERLIN, enrolled, local, NOW } from './enrolled-prospect';

// NOW is Tuesday 24th, 11:00 in Berlin; step 1 of the playbook is due today.
const UNTIL = '2026-11-30T23:00:00.000Z'; // the start of Tuesday 1 December in Berlin
const AFTER = new Date('2026-12-01T08:30:00.000Z');

describe('Pause everything, and the return', () => {
  it('records the pause, and on return moves the schedule once and says what moved', async () => {
    const { db, prospect, enrollment } = await enrolled();
    await db.tasks.add(makeTask({ id: 'cb', prospectId: prospect.id, dueAt: '2026-11-26T15:00:00.000Z' }));
    expect(await pauseEverything(db, UNTIL, new Date(NOW), BERLIN)).toEqual({ pausedUntil: UNTIL, pausedFrom: NOW });

    // Still away: nothing moves.
    await endVacationIfOver(db, new Date('2026-11-28T10:00:00.000Z'), BERLIN);
    expect((await db.enrollments.get(enrollment.id))?.nextDueAt).toBe(enrollment.nextDueAt);

    const state = await endVacationIfOver(db, AFTER, BERLIN);
    expect(state).toEqual({
      vacationReturn: { from: NOW, until: UNTIL, steps: 5, prospects: 1, tasks: 1, workingDays: 5 },
    });
    const moved = await db.enrollments.get(enrollment.id);
    expect(moved?.shiftDays).toBe(7);
    // Step 1 has a call: the call window, 16:00, on the first day back.
    expect(local(moved?.nextDueAt)).toBe('2026-12-01 16:00 Tue');
    expect(local((await db.tasks.get('cb'))?.dueAt)).toBe('2026-12-03 16:00 Thu');

    // Noticed again (the next alarm): moved once only.
    await endVacationIfOver(db, new Date('2026-12-01T09:00:00.000Z'), BERLIN);
    expect((await db.enrollments.get(enrollment.id))?.nextDueAt).toBe(moved?.nextDueAt);
    expect(await dismissVacationReturn(db, BERLIN)).toEqual({});
    expect((await readSettings(db, BERLIN)).vacationReturn).toBeUndefined();
  });

  it('back early moves the schedule by the days actually away', async () => {
    const { db, enrollment } = await enrolled();
    await pauseEverything(db, UNTIL, new Date(NOW), BERLIN);
    const state = await returnEarly(db, new Date('2026-11-26T08:00:00.000Z'), BERLIN);
    expect(state.vacationReturn).toMatchObject({ until: '2026-11-26T08:00:00.000Z', workingDays: 2 });
    expect(state.pausedUntil).toBeUndefined();
    expect((await db.enrollments.get(enrollment.id))?.shiftDays).toBe(2);
  });

  it('changing the date of a running pause keeps when it began', async () => {
    const { db } = await enrolled();
    await pauseEverything(db, UNTIL, new Date(NOW), BERLIN);
    const later = await pauseEverything(db, '2026-12-07T23:00:00.000Z', new Date('2026-11-26T10:00:00.000Z'), BERLIN);
    expect(later).toEqual({ pausedUntil: '2026-12-07T23:00:00.000Z', pausedFrom: NOW });
  });

  it('refuses a date that has passed, in words, and pauses nothing', async () => {
    const { db } = await enrolled();
    await expect(pauseEverything(db, '2026-11-20T23:00:00.000Z', new Date(NOW), BERLIN)).rejects.toThrow(
      'Pick a day after today to pause until; nothing was paused.',
    );
    expect((await readSettings(db, BERLIN)).pausedUntil).toBeUndefined();
  });

  it('reads settings stored before the pause had a start or a return, and ends such a pause moving nothing', async () => {
    const { db, enrollment } = await enrolled();
    const {
      pausedFrom: _from,
      vacationReturn: _return,
      ...older
    } = {
      ...makeDefaultSettings(BERLIN),
      pausedUntil: '2026-11-20T23:00:00.000Z',
    } as Settings;
    await db.settings.put(older);
    expect(Settings.parse(await db.settings.get(SETTINGS_ID)).pausedUntil).toBe('2026-11-20T23:00:00.000Z');
    expect(await endVacationIfOver(db, new Date(NOW), BERLIN)).toEqual({});
    expect((await db.enrollments.get(enrollment.id))?.nextDueAt).toBe(enrollment.nextDueAt);
  });

  it('the settings form keeps the stored pause whatever copy it sends', async () => {
    const { db } = await enrolled();
    await pauseEverything(db, UNTIL, new Date(NOW), BERLIN);
    const saved = await saveSettings(db, { ...makeDefaultSettings(BERLIN), callbackDelayWorkingDays: 3 });
    expect(saved).toMatchObject({ callbackDelayWorkingDays: 3, pausedUntil: UNTIL, pausedFrom: NOW });
    expect(await readSettings(db, BERLIN)).toMatchObject({ pausedUntil: UNTIL });
  });
});
