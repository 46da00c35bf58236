import type { FifthTouchDatabase } from '../db/database';
import type { WriteContext } from '../db/follow-ups';
import { readProspectSummary } from '../db/prospect-summary';
import {
  type ActionResult,
  completeStep,
  completeTask,
  pauseProspect,
  resumeProspect,
  skipStep,
  snoozeStep,
  snoozeTask,
} from '../db/queue-actions';
import type { Handlers } from '../messaging/router';

export interface QueueActionContext {
  db: FifthTouchDatabase;
  now: () => Date;
  writeContext: () => WriteContext;
}

type QueueActionHandlers = Pick<
  Handlers,
  'completeStep' | 'snoozeStep' | 'skipStep' | 'completeTask' | 'snoozeTask' | 'pauseProspect' | 'resumeProspect'
>;

/** The queue actions shared by the popup, the Gmail banner and the reminders. */
export function createQueueActionHandlers({ db, now, writeContext }: QueueActionContext): QueueActionHandlers {
  async function summaryAfter(action: Promise<ActionResult>) {
    const { prospectId } = await action;
    const summary = await readProspectSummary(db, { prospectId }, now());
    if (!summary) throw new Error('That prospect no longer exists.');
    return summary;
  }

  return {
    completeStep: (request) => summaryAfter(completeStep(db, request, writeContext())),
    snoozeStep: ({ enrollmentId, until }) => summaryAfter(snoozeStep(db, enrollmentId, until, writeContext())),
    skipStep: ({ enrollmentId }) => summaryAfter(skipStep(db, enrollmentId, writeContext())),
    completeTask: ({ taskId }) => summaryAfter(completeTask(db, taskId, writeContext())),
    snoozeTask: ({ taskId, until }) => summaryAfter(snoozeTask(db, taskId, until, writeContext())),
    pauseProspect: (request) => summaryAfter(pauseProspect(db, request, writeContext())),
    resumeProspect: ({ prospectId }) => summaryAfter(resumeProspect(db, prospectId, writeContext())),
  };
}
