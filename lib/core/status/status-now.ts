import type { Enrollment, Prospect, ProspectStatus } from '../model';
import { isPaused } from '../schedule/enrollment-state';
import type { Instant } from '../schedule/instant';

/**
 * The status as it stands at `now`. A pause with an end date ends by itself: the enrollment's
 * nextDueAt already points past it and the queue shows the prospect again, but nothing rewrites the
 * stored "paused" at that moment. Views read it through this, so they agree with the queue.
 */
export function statusNow(
  prospect: Pick<Prospect, 'status'>,
  enrollment: Enrollment | undefined,
  now: Instant,
): ProspectStatus {
  if (prospect.status !== 'paused' || enrollment === undefined || isPaused(enrollment, now)) return prospect.status;
  return 'active';
}
