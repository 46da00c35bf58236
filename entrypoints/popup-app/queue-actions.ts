import type { QueueActions } from '@/components/queue/queue-actions';
import { prospectPageUrl } from '@/lib/core/reminders/reminder-target';
import type { Messenger } from '@/lib/messaging/client';
import { copyText } from '@/lib/platform/clipboard';
import { openTab, prospectRecordUrl } from '@/lib/platform/tabs';

/** The popup's queue actions, each one message to the worker. */
export function createQueueActions(send: Messenger): QueueActions {
  return {
    done: async (item, outcome, contentId) => {
      if (item.kind === 'task') await send('completeTask', { taskId: item.taskId });
      else {
        const touchIdPrefix = crypto.randomUUID();
        await send('completeStep', {
          enrollmentId: item.enrollmentId,
          outcome,
          touchIdPrefix,
          ...(contentId ? { contentId } : {}),
        });
      }
    },
    snooze: async (item, until) => {
      if (item.kind === 'task') await send('snoozeTask', { taskId: item.taskId, until: until.toISOString() });
      else await send('snoozeStep', { enrollmentId: item.enrollmentId, until: until.toISOString() });
    },
    skip: async (item) => {
      if (item.kind === 'step') await send('skipStep', { enrollmentId: item.enrollmentId });
    },
    open: (item) => {
      const url = prospectPageUrl(item.prospect);
      if (url) void openTab(url);
    },
    giveUp: async (item, reason) => {
      await send('giveUp', { prospectId: item.prospect.id, reason });
    },
    suggest: (item, passedOver) =>
      send('suggestContent', {
        prospectId: item.prospect.id,
        passedOver,
        ...(item.kind === 'step'
          ? { stepNumber: item.stepNumber, ...(item.intent ? { intent: item.intent } : {}) }
          : {}),
      }),
    copy: copyText,
    openRecord: (prospectId) => void openTab(prospectRecordUrl(prospectId)),
  };
}
