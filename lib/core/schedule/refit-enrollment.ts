import type { Cadence, CadenceStep, Enrollment, Prospect, Settings } from '../model';
import { currentDueAt, isFinished, pauseLengthInDays, settlePause } from './enrollment-state';
import { type Instant, toIso } from './instant';
import { omit } from './omit';

export interface RefitInput {
  enrollment: Enrollment;
  oldCadence: Cadence;
  newCadence: Cadence;
  prospect: Pick<Prospect, 'timeZone'>;
  settings: Settings;
  now: Instant;
}

/**
 * Where the enrollment stands in the edited cadence, matched by day: the first new step on or
 * after the old current step's day; for a finished enrollment, any steps added after its last day.
 */
function newStepIndex(enrollment: Enrollment, oldCadence: Cadence, newCadence: Cadence): number {
  const current = oldCadence.steps[enrollment.stepIndex];
  const lastDay = oldCadence.steps.at(-1)?.day ?? 0;
  const index = newCadence.steps.findIndex((step) => (current ? step.day >= current.day : step.day > lastDay));
  return index === -1 ? newCadence.steps.length : index;
}

function sameStep(first: CadenceStep | undefined, second: CadenceStep | undefined): boolean {
  return (
    first !== undefined &&
    second !== undefined &&
    first.day === second.day &&
    first.channels.length === second.channels.length &&
    first.channels.every((channel) => second.channels.includes(channel))
  );
}

/**
 * Fits an enrollment to an edited cadence without losing anything: start, history and pause stay;
 * channels already touched on the current step still count. If those touches now complete the
 * step, it is recorded done. A step that did not change keeps its due time (and any snooze).
 */
export function refitEnrollment(input: RefitInput): Enrollment {
  const { oldCadence, newCadence, now, settings } = input;
  const settled = settlePause(input.enrollment, now, settings);
  const oldStep = oldCadence.steps[settled.stepIndex];
  const matchedIndex = newStepIndex(settled, oldCadence, newCadence);
  const newStep = newCadence.steps[matchedIndex];
  const channelsDone =
    oldStep && newStep && oldStep.day === newStep.day
      ? settled.channelsDone.filter((channel) => newStep.channels.includes(channel))
      : [];
  const completesStep = newStep !== undefined && channelsDone.length === newStep.channels.length;
  const refitted: Enrollment = {
    ...omit(settled, 'nextDueAt'),
    cadenceId: newCadence.id,
    stepIndex: completesStep ? matchedIndex + 1 : matchedIndex,
    channelsDone: completesStep ? [] : channelsDone,
    history: completesStep
      ? [...settled.history, { index: matchedIndex, status: 'done', at: toIso(now) }]
      : settled.history,
  };
  // Finished, or paused until the rep resumes: no due time, as before.
  if (isFinished(refitted, newCadence) || (refitted.pausedAt !== undefined && refitted.pausedUntil === undefined)) {
    return refitted;
  }
  if (settled.nextDueAt && !completesStep && sameStep(oldStep, newStep))
    return { ...refitted, nextDueAt: settled.nextDueAt };
  const context = { cadence: newCadence, prospect: input.prospect, settings };
  const { pausedAt, pausedUntil } = refitted;
  const nextDueAt =
    pausedAt && pausedUntil
      ? currentDueAt(refitted, context, pausedUntil, pauseLengthInDays(pausedAt, pausedUntil, settings))
      : currentDueAt(refitted, context, now);
  return { ...refitted, nextDueAt };
}
