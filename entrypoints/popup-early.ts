import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendEarlyQueueRequest } from '@/lib/messaging/early-queue-request';
import { sendRuntimeMessage } from '@/lib/platform/runtime';

// popup.html runs this plain script first, so the queue is asked for before React loads.
export default defineUnlistedScript(() => sendEarlyQueueRequest(sendRuntimeMessage));
