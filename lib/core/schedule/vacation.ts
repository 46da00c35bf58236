import type { Cadence, Enrollment, Prospect, Settings } from '../model';
import { isFinished, isPaused } from './enrollment-state';
import { type Instant, toIso } from './instant';
import { pauseEnrollment, resumeEnrollment } from './pause-resume';

export interface VacationInput {
  enrollments: readonly Enrollment[];
  cadences: readonly Cadence[];
  prospects: readonly Pick<Prospect, 'id' | 'timeZone'>[];
  settings: Settings;
  now: Instant;
}

/** Looks up each enrollment's cadence and prospect once per call, not once per enrollment. */
function contextsFor(input: VacationInput) {
  const cadences = new Map(input.cadences.map((cadence) => [cadence.id, cadence]));
  const prospects = new Map(input.prospects.map((prospect) => [prospect.id, prospect]));
  return (enrollment: Enrollment) => {
    const cadence = cadences.get(enrollment.cadenceId);
    const prospect = prospects.get(enrollment.prospectId);
    return cadence && prospect ? { cadence, prospect, settings: input.settings } : null;
  };
}

/**
 * "Pause everything until …": every running enrollment pauses until the same day. Returns only
 * the enrollments that changed; ones already paused (say, after a reply) keep their own pause.
 */
export function pauseAllEnrollments(input: VacationInput & { until: Instant }): Enrollment[] {
  const contextFor = contextsFor(input);
  return input.enrollments.flatMap((enrollment) => {
    const context = contextFor(enrollment);
    if (!context || isFinished(enrollment, context.cadence) || isPaused(enrollment, input.now)) return [];
    return [pauseEnrollment({ ...context, enrollment, now: input.now, until: input.until })];
  });
}

/** Back early: resumes the enrollments the vacation paused (same end date), and only those. */
export function resumeAllEnrollments(input: VacationInput & { vacationUntil: Instant }): Enrollment[] {
  const until = toIso(input.vacationUntil);
  const contextFor = contextsFor(input);
  return input.enrollments.flatMap((enrollment) => {
    const context = contextFor(enrollment);
    if (!context || enrollment.pausedUntil !== until) return [];
    return [resumeEnrollment({ ...context, enrollment, now: input.now })];
  });
}
