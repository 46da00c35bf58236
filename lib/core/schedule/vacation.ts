import { tz } from '@date-fns/tz';
import { addDays } from 'date-fns';
import type { Cadence, Enrollment, Prospect, Settings, Task, VacationReturn } from '../model';
import { dueAtForStep } from './due-at-for-step';
import { isFinished, isPaused, pauseLengthInDays, settlePause } from './enrollment-state';
import { type Instant, toDate, toIso } from './instant';
import { resumeEnrollment } from './pause-resume';
import { isClosed } from './stale-follow-ups';
import { isWorkingDay, repDayOf } from './rep-days';
import { firstWorkingInstant } from './working-time';

export interface VacationInput {
  /** When "Pause everything" began and when it ended (its date, or the moment of "Back early"). */
  from: Instant;
  until: Instant;
  enrollments: readonly Enrollment[];
  cadences: readonly Cadence[];
  prospects: readonly Pick<Prospect, 'id' | 'timeZone' | 'status'>[];
  /** Open tasks due while away. */
  tasks: readonly Task[];
  settings: Settings;
}

export interface VacationShift {
  enrollments: Enrollment[];
  tasks: Task[];
  summary: VacationReturn;
}

function laterOf(first: Instant, second: Instant): Instant {
  return toDate(first) >= toDate(second) ? first : second;
}

/** Working days from the first day of the pause up to (not including) the day it ended. */
export function workingDaysBetween(from: Instant, until: Instant, settings: Settings): number {
  let count = 0;
  for (let day = repDayOf(from, settings); day < repDayOf(until, settings); day = addDays(day, 1)) {
    if (isWorkingDay(day, settings)) count += 1;
  }
  return count;
}

/** How many of the enrollment's remaining steps were planned before the return. */
function stepsDueBefore(
  enrollment: Enrollment,
  cadence: Cadence,
  input: VacationInput,
  prospect: Pick<Prospect, 'timeZone'>,
): number {
  const until = toDate(input.until);
  let count = 0;
  for (let stepIndex = enrollment.stepIndex; stepIndex < cadence.steps.length; stepIndex += 1) {
    const dueAt =
      stepIndex === enrollment.stepIndex && enrollment.nextDueAt !== undefined
        ? enrollment.nextDueAt
        : dueAtForStep({
            cadence,
            stepIndex,
            startedAt: enrollment.startedAt,
            shiftDays: enrollment.shiftDays ?? 0,
            prospect,
            settings: input.settings,
          });
    if (toDate(dueAt) >= until) break;
    count += 1;
  }
  return count;
}

/**
 * The return from "Pause everything": each running cadence moves back by the days it spent paused,
 * as if it had been paused when the vacation began and resumed when it ended (the cadence rule),
 * so the rep comes back to a day's work rather than a pile of overdue steps. A cadence that started
 * during the pause moves nothing; one with its own pause still running keeps that pause.
 */
export function shiftForVacation(input: VacationInput): VacationShift {
  const { settings } = input;
  const cadences = new Map(input.cadences.map((cadence) => [cadence.id, cadence]));
  const prospects = new Map(input.prospects.map((prospect) => [prospect.id, prospect]));
  const enrollments: Enrollment[] = [];
  const movedProspects = new Set<string>();
  let steps = 0;

  for (const enrollment of input.enrollments) {
    const cadence = cadences.get(enrollment.cadenceId);
    const prospect = prospects.get(enrollment.prospectId);
    // Closed prospects keep their enrollments for history; nothing of theirs moves or is counted.
    if (!cadence || !prospect || isClosed(prospect) || isFinished(enrollment, cadence)) continue;
    if (toDate(enrollment.startedAt) >= toDate(input.until)) continue;
    const settled = settlePause(enrollment, input.until, settings);
    if (isPaused(settled, input.until)) continue;
    // Days already covered by the cadence's own pause moved it once; they must not move it twice.
    const pausedFrom = laterOf(laterOf(input.from, enrollment.startedAt), enrollment.pausedUntil ?? input.from);
    if (pauseLengthInDays(pausedFrom, input.until, settings) === 0) continue;
    const due = stepsDueBefore(settled, cadence, input, prospect);
    if (due > 0) movedProspects.add(prospect.id);
    steps += due;
    enrollments.push(
      resumeEnrollment({
        cadence,
        prospect,
        settings,
        enrollment: { ...settled, pausedAt: toIso(pausedFrom) },
        now: input.until,
      }),
    );
  }

  const tasks = input.tasks.flatMap((task) => {
    const prospect = prospects.get(task.prospectId);
    if (!prospect || isClosed(prospect) || task.status !== 'open') return [];
    if (toDate(task.dueAt) < toDate(input.from) || toDate(task.dueAt) >= toDate(input.until)) return [];
    const days = pauseLengthInDays(input.from, input.until, settings);
    const moved = addDays(toDate(task.dueAt), days, { in: tz(settings.timeZone) });
    return [{ ...task, dueAt: toIso(firstWorkingInstant(laterOf(moved, input.until), settings)) }];
  });

  return {
    enrollments,
    tasks,
    summary: {
      from: toIso(input.from),
      until: toIso(input.until),
      steps,
      prospects: movedProspects.size,
      tasks: tasks.length,
      workingDays: workingDaysBetween(input.from, input.until, settings),
    },
  };
}
