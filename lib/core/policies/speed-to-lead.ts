import type { Enrollment, Prospect, Settings } from '../model';
import { toIso } from '../schedule/instant';
import { addWorkingMinutes } from '../schedule/working-time';

/**
 * An inbound lead is answered within speedToLeadMinutes of working time after it was first
 * seen; one that arrives at night is due that long after the next working period starts.
 */
export function speedToLeadDueAt(prospect: Pick<Prospect, 'createdAt'>, settings: Settings): string {
  return toIso(addWorkingMinutes(prospect.createdAt, settings.speedToLeadMinutes, settings));
}

/** Still waiting for its first touch: such items go to the top of the queue. */
export function isSpeedToLead(prospect: Pick<Prospect, 'inbound'>, enrollment: Enrollment): boolean {
  return (
    prospect.inbound &&
    enrollment.stepIndex === 0 &&
    enrollment.history.length === 0 &&
    enrollment.channelsDone.length === 0
  );
}
