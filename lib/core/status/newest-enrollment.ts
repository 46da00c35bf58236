import type { Enrollment } from '../model';

type Started = Pick<Enrollment, 'prospectId' | 'startedAt'>;

/**
 * Each prospect's current enrollment: its newest one, and of two started at the same instant the
 * later in the list. One pass over the list, so a report over thousands of leads stays linear.
 */
export function newestEnrollmentByProspect<T extends Started>(enrollments: readonly T[]): Map<string, T> {
  const newest = new Map<string, T>();
  for (const enrollment of enrollments) {
    const kept = newest.get(enrollment.prospectId);
    if (!kept || kept.startedAt <= enrollment.startedAt) newest.set(enrollment.prospectId, enrollment);
  }
  return newest;
}
