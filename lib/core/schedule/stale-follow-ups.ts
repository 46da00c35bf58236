import type { Cadence, Enrollment, Prospect, Task } from '../model';
import { hasStepToDo } from './enrollment-state';
import { omit } from './omit';

/** Won and lost prospects keep their history, but nothing of theirs is to do. */
const CLOSED: ReadonlySet<Prospect['status']> = new Set(['won', 'lost']);

export function isClosed(prospect: Pick<Prospect, 'status'>): boolean {
  return CLOSED.has(prospect.status);
}

/** What decides whether a due time still means something to do. */
export interface FollowUpOwners {
  prospects: ReadonlyMap<string, Pick<Prospect, 'status'>>;
  cadences: ReadonlyMap<string, Cadence>;
}

/**
 * The invariant the queue counts through its indexes: an enrollment has a nextDueAt only while
 * it has a step to do. Returns the enrollment with its due time cleared when it has none, or
 * null when it is right as it is.
 */
export function settleEnrollment(enrollment: Enrollment, owners: FollowUpOwners): Enrollment | null {
  if (enrollment.nextDueAt === undefined) return null;
  const prospect = owners.prospects.get(enrollment.prospectId);
  const open = prospect !== undefined && !isClosed(prospect);
  return open && hasStepToDo(enrollment, owners.cadences.get(enrollment.cadenceId))
    ? null
    : omit(enrollment, 'nextDueAt');
}

/** A task stays open only while its prospect is: the to-do of a closed deal is done. */
export function settleTask(task: Task, owners: Pick<FollowUpOwners, 'prospects'>, now: string): Task | null {
  if (task.status !== 'open') return null;
  const prospect = owners.prospects.get(task.prospectId);
  return prospect && !isClosed(prospect) ? null : { ...task, status: 'done', doneAt: now };
}
