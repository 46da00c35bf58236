import { tz } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import type { Cadence, Channel, Enrollment, Prospect, Settings } from '../model';
import { dueAtForStep } from './due-at-for-step';
import { type Instant, toDate } from './instant';
import { omit } from './omit';

/** What every schedule change needs to know besides the enrollment itself. */
export interface ScheduleContext {
  cadence: Cadence;
  prospect: Pick<Prospect, 'timeZone'>;
  settings: Settings;
}

/** An operation that does not fit the enrollment's state; the message is for the rep. */
export class EnrollmentStateError extends Error {
  override name = 'EnrollmentStateError';
}

export function isFinished(enrollment: Enrollment, cadence: Cadence): boolean {
  return enrollment.stepIndex >= cadence.steps.length;
}

/**
 * Whether an enrollment has a step to do: its playbook still has one, and no pause without an end
 * date holds it. The queue shows only these, and settling clears the due time of the others.
 */
export function hasStepToDo(enrollment: Enrollment, cadence: Cadence | undefined): cadence is Cadence {
  const pausedWithoutEnd = enrollment.pausedAt !== undefined && enrollment.pausedUntil === undefined;
  return cadence !== undefined && !isFinished(enrollment, cadence) && !pausedWithoutEnd;
}

export function isPaused(enrollment: Enrollment, now: Instant): boolean {
  if (enrollment.pausedAt === undefined) return false;
  return enrollment.pausedUntil === undefined || toDate(enrollment.pausedUntil) > toDate(now);
}

/** Whole calendar days between two instants in the rep's zone: how far a pause moves the schedule. */
export function pauseLengthInDays(from: Instant, to: Instant, settings: Pick<Settings, 'timeZone'>): number {
  return Math.max(0, differenceInCalendarDays(toDate(to), toDate(from), { in: tz(settings.timeZone) }));
}

/**
 * A pause with an end date ends by itself (its nextDueAt already points past it); the first
 * change after that folds its length into shiftDays so later steps stay moved.
 */
export function settlePause(enrollment: Enrollment, now: Instant, settings: Settings): Enrollment {
  const { pausedAt, pausedUntil } = enrollment;
  if (pausedAt === undefined || pausedUntil === undefined || toDate(pausedUntil) > toDate(now)) return enrollment;
  return {
    ...omit(enrollment, 'pausedAt', 'pausedUntil'),
    shiftDays: (enrollment.shiftDays ?? 0) + pauseLengthInDays(pausedAt, pausedUntil, settings),
  };
}

export function lastDoneAt(enrollment: Enrollment): string | undefined {
  const done = enrollment.history.filter((record) => record.status === 'done').map((record) => record.at);
  return done.sort().at(-1);
}

/** The channels of the current step not touched yet: what "partly done" shows. */
export function channelsLeft(enrollment: Enrollment, cadence: Cadence): Channel[] {
  const step = cadence.steps[enrollment.stepIndex];
  return step ? step.channels.filter((channel) => !enrollment.channelsDone.includes(channel)) : [];
}

/** The current step's due time from the schedule, never before `notBefore`. */
export function currentDueAt(
  enrollment: Enrollment,
  context: ScheduleContext,
  notBefore: Instant,
  extraShiftDays = 0,
): string {
  const previousAt = lastDoneAt(enrollment);
  return dueAtForStep({
    cadence: context.cadence,
    stepIndex: enrollment.stepIndex,
    startedAt: enrollment.startedAt,
    shiftDays: (enrollment.shiftDays ?? 0) + extraShiftDays,
    notBefore,
    ...(previousAt ? { previousAt } : {}),
    prospect: context.prospect,
    settings: context.settings,
  });
}
