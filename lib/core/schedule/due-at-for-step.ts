import { addDays, getDay } from 'date-fns';
import type { Cadence, Prospect, Settings } from '../model';
import { type Instant, toDate, toIso } from './instant';
import { isWorkingDay, laterDay, nextWorkingDay, type RepDay, repDayOf, workingDayOnOrAfter } from './rep-days';
import { stepAt } from './cadence-steps';
import { includesCall, placeOnDay, placeOnOrAfter } from './step-placement';

export interface DueAtForStepInput {
  cadence: Cadence;
  stepIndex: number;
  /** When the enrollment started: day 1 is this day in the rep's zone. */
  startedAt: Instant;
  /** Calendar days the schedule has moved back because of pauses. */
  shiftDays?: number;
  /** When the step before was done (or is planned): the step lands at least one working day later. */
  previousAt?: Instant;
  /** Nothing is due before this instant (the enrollment start, or the moment the step became current). */
  notBefore?: Instant;
  prospect: Pick<Prospect, 'timeZone'>;
  settings: Settings;
}

// getDay numbers: Tuesday moves forward to Wednesday, Friday back to Thursday; Monday is two away.
const BEST_CALL_DAY_MOVES: Partial<Record<number, number>> = { 2: 1, 5: -1 };

/** The day the cadence plans for a step's day number, before working days and call windows. */
function plannedDay(input: DueAtForStepInput, cadenceDay: number): RepDay {
  return addDays<RepDay>(repDayOf(input.startedAt, input.settings), cadenceDay - 1 + (input.shiftDays ?? 0));
}

/**
 * Moving a call to a better day must keep the steps in order: not before the earliest day the step
 * may take, and leaving the next step its own planned day at least one working day later.
 */
function bestCallDayMove(input: DueAtForStepInput, day: RepDay, earliestDay: RepDay): Date | null {
  const move = BEST_CALL_DAY_MOVES[getDay(day)];
  if (move === undefined) return null;
  const candidate = addDays(day, move);
  if (candidate < earliestDay || !isWorkingDay(candidate, input.settings)) return null;
  const nextStep = input.cadence.steps[input.stepIndex + 1];
  const nextPlanned = nextStep ? plannedDay(input, nextStep.day) : null;
  if (nextPlanned && nextWorkingDay(candidate, input.settings) > workingDayOnOrAfter(nextPlanned, input.settings)) {
    return null;
  }
  const { channels } = stepAt(input.cadence, input.stepIndex);
  const notBefore = input.notBefore === undefined ? undefined : toDate(input.notBefore);
  return placeOnDay(candidate, channels, input.prospect.timeZone, notBefore, input.settings);
}

/** The due instant of one step of a cadence for one enrollment, as an ISO string. */
export function dueAtForStep(input: DueAtForStepInput): string {
  const step = stepAt(input.cadence, input.stepIndex);
  const planned = plannedDay(input, step.day);
  const { settings } = input;
  const notBefore = input.notBefore === undefined ? undefined : toDate(input.notBefore);
  // The earliest day order allows: not before the enrollment, `notBefore`, or the step before.
  let earliestDay = repDayOf(input.startedAt, settings);
  if (notBefore) earliestDay = laterDay(earliestDay, repDayOf(notBefore, settings));
  if (input.previousAt !== undefined) {
    earliestDay = laterDay(earliestDay, nextWorkingDay(repDayOf(input.previousAt, settings), settings));
  }
  const placed = placeOnOrAfter(
    laterDay(planned, earliestDay),
    step.channels,
    input.prospect.timeZone,
    notBefore,
    settings,
  );
  const moved =
    includesCall(step.channels) && settings.favourBestCallDays ? bestCallDayMove(input, placed.day, earliestDay) : null;
  return toIso(moved ?? placed.dueAt);
}
