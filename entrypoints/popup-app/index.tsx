import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountPage } from '@/components/mount-page';
import { PopupApp } from '@/components/PopupApp';
import type { QuickAddDraft } from '@/components/QuickAdd';
import { FIRST_QUEUE_LIMITS } from '@/lib/core/queue/queue-sections';
import type { QueueLimits } from '@/lib/core/queue/queue-reply';
import { askEarly } from '@/lib/messaging/ask-early';
import { createMessenger } from '@/lib/messaging/client';
import { takeEarlyQueueAnswer } from '@/lib/messaging/early-queue-request';
import { readFirstQueue } from '@/lib/messaging/queue-snapshot';
import { createVacationActions } from '@/lib/messaging/vacation-client';
import { requestPersistentStorage } from '@/lib/platform/persistent-storage';
import { sendRuntimeMessage } from '@/lib/platform/runtime';
import { createQueueActions } from './queue-actions';

const send = createMessenger(sendRuntimeMessage);
const loadRecentProspects = () => send('listProspects', { limit: 10 });
const searchProspects = (query: string) => send('searchProspects', { query });
const loadPipeline = () => send('getPipeline', {});

async function addProspect(draft: QuickAddDraft): Promise<string> {
  const summary = await send('addProspect', draft);
  return `${summary.name} is in the playbook: step ${summary.stepNumber ?? 1} of ${summary.stepCount ?? 9}.`;
}

function renderPopup() {
  const askQueue = (limits: QueueLimits) => send('getTodayQueue', { limits });
  // popup-early.js fetched the first page (the worker's snapshot, or its reply) before this script
  // loaded; without it, ask now, still before React.
  let queueFromSnapshot = false;
  const early = takeEarlyQueueAnswer();
  const loadQueue = askEarly(
    askQueue,
    FIRST_QUEUE_LIMITS,
    early &&
      readFirstQueue(early, () => askQueue(FIRST_QUEUE_LIMITS)).then((first) => {
        queueFromSnapshot = first.fromSnapshot;
        return first.queue;
      }),
  );
  // Not needed for the first paint: asked once the page is idle.
  requestIdleCallback(() => void requestPersistentStorage());
  mountPage(
    'popup.html',
    <PopupApp
      loadQueue={loadQueue}
      queueInHand={loadQueue.peek}
      queueFromSnapshot={() => queueFromSnapshot}
      loadRecentProspects={loadRecentProspects}
      searchProspects={searchProspects}
      addProspect={addProspect}
      actions={createQueueActions(send)}
      now={() => new Date()}
      vacation={createVacationActions(send)}
      loadPipeline={loadPipeline}
    />,
  );
}

/**
 * The popup's code as one classic script, React and all, built on its own like popup-early.js.
 * As modules it came in six files (entry, shared chunks, runtime); loading them held the first
 * paint back by about 13 ms at 10k (median of ten same-browser rounds, README "Benchmarks").
 */
export default defineUnlistedScript(renderPopup);
