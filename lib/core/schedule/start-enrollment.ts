import type { Cadence, Enrollment, Prospect, Settings } from '../model';
import { speedToLeadDueAt } from '../policies/speed-to-lead';
import { currentDueAt } from './enrollment-state';
import { type Instant, toIso } from './instant';

export interface StartEnrollmentInput {
  id: string;
  prospect: Pick<Prospect, 'id' | 'inbound' | 'createdAt' | 'timeZone'>;
  cadence: Cadence;
  settings: Settings;
  now: Instant;
}

/** Enrolls a prospect today (day 1); an inbound lead's first step follows speed to lead instead. */
export function startEnrollment({ id, prospect, cadence, settings, now }: StartEnrollmentInput): Enrollment {
  const enrollment: Enrollment = {
    id,
    prospectId: prospect.id,
    cadenceId: cadence.id,
    startedAt: toIso(now),
    stepIndex: 0,
    channelsDone: [],
    history: [],
  };
  const nextDueAt = prospect.inbound
    ? speedToLeadDueAt(prospect, settings)
    : currentDueAt(enrollment, { cadence, prospect, settings }, now);
  return { ...enrollment, nextDueAt };
}
