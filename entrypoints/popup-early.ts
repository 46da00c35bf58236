import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendEarlyQueueRequest } from '@/lib/messaging/early-queue-request';
import { readStoredQueueSnapshot } from '@/lib/platform/queue-snapshot-store';
import { sendRuntimeMessage } from '@/lib/platform/runtime';

// popup.html runs this plain script first, so the queue is on its way before React loads.
export default defineUnlistedScript(() =>
  sendEarlyQueueRequest({ readSnapshot: readStoredQueueSnapshot, transport: sendRuntimeMessage, now: Date.now }),
);
