import { defineBackground } from 'wxt/utils/define-background';
import { FifthTouchDatabase } from '@/lib/db/database';
import { ensureDefaultCadence } from '@/lib/db/seed';
import { createHandlers } from '@/lib/handlers/create-handlers';
import { createRouter } from '@/lib/messaging/router';
import { extensionId, homeTimeZone, onInstalled, onRuntimeMessage } from '@/lib/platform/runtime';

export default defineBackground(() => {
  const db = new FifthTouchDatabase();
  const handlers = createHandlers({ db, now: () => new Date(), homeTimeZone, newId: () => crypto.randomUUID() });
  const route = createRouter(handlers, extensionId());
  onRuntimeMessage(route);
  onInstalled(() => void ensureDefaultCadence(db));
});
