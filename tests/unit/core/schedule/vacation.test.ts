import { DEFAULT_CADENCE, type Enrollment, type Task } from '@/lib/core/model';
import { markStepDone, shiftForVacation, startEnrollment, workingDaysBetween } from '@/lib/core/schedule';
import { makeProspect, makeTask } from '../../../factories';
import { at, local, prospect, settings } from '../berlin-rep';

const cadence = DEFAULT_CADENCE;
const context = { cadence, prospect, settings };
// Step 1 done Monday 23rd: step 2 due Tuesday 09:00, step 3 Wednesday, step 4 Friday, step 5 Monday 30th.
const atStep2 = (id = 'e1', prospectId = prospect.id): Enrollment => ({
  ...markStepDone({
    ...context,
    enrollment: startEnrollment({ id, prospect, cadence, settings, now: at('2026-11-23 10:00') }),
    now: at('2026-11-23 16:30'),
    newId: () => 'task',
  }).enrollment,
  prospectId,
});

// Away from Monday evening to the start of Monday a week later: seven days, five of them working.
const away = { from: at('2026-11-23 17:00'), until: at('2026-11-30 00:00') };
const shift = (enrollments: Enrollment[], tasks: Task[] = [], prospects = [prospect]) =>
  shiftForVacation({ ...away, enrollments, tasks, prospects, cadences: [cadence], settings });

describe('the return from "Pause everything"', () => {
  it('moves each running schedule by the days away, so nothing is overdue on return, and says what moved', () => {
    const result = shift([atStep2()]);
    expect(result.enrollments).toHaveLength(1);
    expect(result.enrollments[0]).toMatchObject({ id: 'e1', shiftDays: 7, stepIndex: 1 });
    expect(result.enrollments[0]!.pausedAt).toBeUndefined();
    expect(local(result.enrollments[0]!.nextDueAt)).toBe('2026-12-01 09:00 Tue');
    expect(result.summary).toEqual({ ...away, steps: 3, prospects: 1, tasks: 0, workingDays: 5 });
  });

  it('keeps later steps moved: the step after the moved one comes a day later, not back in the pile', () => {
    const [moved] = shift([atStep2()]).enrollments;
    const next = markStepDone({ ...context, enrollment: moved!, now: at('2026-12-01 10:00'), newId: () => 't' });
    expect(local(next.enrollment.nextDueAt)).toBe('2026-12-02 09:00 Wed');
  });

  test.each([
    ['a finished cadence', { stepIndex: 9 }],
    ['a cadence paused with no end (it waits for the rep)', { pausedAt: at('2026-11-23 12:00'), nextDueAt: undefined }],
    [
      'a cadence whose own pause lasts beyond the return',
      { pausedAt: at('2026-11-23 12:00'), pausedUntil: at('2026-12-10 00:00'), nextDueAt: at('2026-12-10 09:00') },
    ],
    ['a cadence started after the return', { startedAt: at('2026-11-30 10:00') }],
  ])('leaves alone %s', (_case, change) => {
    const result = shift([{ ...atStep2(), ...change }]);
    expect(result.enrollments).toEqual([]);
    expect(result.summary).toMatchObject({ steps: 0, prospects: 0 });
  });

  it('leaves closed deals alone and counts each prospect once', () => {
    const won = makeProspect({ id: 'won', status: 'won' });
    const result = shift([atStep2('e1'), atStep2('e2', 'won')], [], [prospect, won]);
    expect(result.enrollments.map((enrollment) => enrollment.id)).toEqual(['e1']);
    expect(result.summary).toMatchObject({ steps: 3, prospects: 1 });
  });

  it('a cadence whose own pause ended while away moves only by the days after that pause', () => {
    const ownPause = {
      ...atStep2(),
      pausedAt: at('2026-11-23 12:00'),
      pausedUntil: at('2026-11-26 00:00'),
      nextDueAt: at('2026-11-26 09:00'),
    };
    const [moved] = shift([ownPause]).enrollments;
    // Three days for its own pause (23rd to 26th), four more for the vacation after it.
    expect(moved).toMatchObject({ shiftDays: 7 });
    expect(local(moved!.nextDueAt)).toBe('2026-12-01 09:00 Tue');
  });

  it('moves the rep\u2019s own to-dos due while away by the same days, into working time', () => {
    const tasks = [
      makeTask({ id: 'during', prospectId: prospect.id, dueAt: at('2026-11-25 16:00') }),
      makeTask({ id: 'before', prospectId: prospect.id, dueAt: at('2026-11-23 11:00') }),
      makeTask({ id: 'weekend', prospectId: prospect.id, dueAt: at('2026-11-29 10:00') }),
    ];
    const result = shift([], tasks);
    expect(result.tasks.map((task) => [task.id, local(task.dueAt)])).toEqual([
      ['during', '2026-12-02 16:00 Wed'],
      ['weekend', '2026-12-07 09:00 Mon'],
    ]);
    expect(result.summary.tasks).toBe(2);
  });
});

describe('working days a pause covers', () => {
  test.each([
    ['Monday evening to the Monday after', '2026-11-23 17:00', '2026-11-30 00:00', 5],
    ['Friday to Monday', '2026-11-27 18:00', '2026-11-30 00:00', 1],
    ['Saturday to Monday', '2026-11-28 10:00', '2026-11-30 00:00', 0],
    ['two weeks', '2026-11-30 00:00', '2026-12-14 00:00', 10],
  ])('%s', (_case, from, until, expected) => {
    expect(workingDaysBetween(at(from), at(until), settings)).toBe(expected);
  });
});
