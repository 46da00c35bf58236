import * as z from 'zod/mini';
import { Id, IsoDateTime } from '../core/model/primitives';
import { ProspectSummary } from '../core/status/prospect-summary';

/** How a step went; won and lost close a deal and go through their own flow, not "done". */
export const StepOutcome = z.enum(['sent', 'no-answer', 'voicemail', 'gatekeeper', 'replied', 'yes', 'no', 'meeting']);
export type StepOutcome = z.infer<typeof StepOutcome>;

/**
 * What the popup, the Gmail banner and the reminders do to a queue item. Each answers with where
 * the prospect now stands, so the sender can redraw without asking again.
 */
export const QUEUE_ACTION_MESSAGES = {
  completeStep: {
    request: z.object({
      enrollmentId: Id,
      outcome: StepOutcome,
      note: z.optional(z.string().check(z.maxLength(5000))),
      contentId: z.optional(Id),
      // Chosen by the sender: a retried or double-clicked "done" logs the step's touches once.
      touchIdPrefix: z.string().check(z.minLength(1), z.maxLength(150)),
    }),
    response: ProspectSummary,
  },
  snoozeStep: {
    request: z.object({ enrollmentId: Id, until: IsoDateTime }),
    response: ProspectSummary,
  },
  skipStep: {
    request: z.object({ enrollmentId: Id }),
    response: ProspectSummary,
  },
  completeTask: {
    request: z.object({ taskId: Id }),
    response: ProspectSummary,
  },
  snoozeTask: {
    request: z.object({ taskId: Id, until: IsoDateTime }),
    response: ProspectSummary,
  },
  pauseProspect: {
    // Without `until` the cadence waits until the rep resumes it.
    request: z.object({ prospectId: Id, until: z.optional(IsoDateTime) }),
    response: ProspectSummary,
  },
  resumeProspect: {
    request: z.object({ prospectId: Id }),
    response: ProspectSummary,
  },
} as const;
