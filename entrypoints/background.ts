import { defineBackground } from 'wxt/utils/define-background';
import { FifthTouchDatabase } from '@/lib/db/database';
import { seedDefaults } from '@/lib/db/seed';
import { createHandlers } from '@/lib/handlers/create-handlers';
import { refreshAfterWrites } from '@/lib/handlers/refresh-after-writes';
import { createReminderClicks } from '@/lib/handlers/reminder-clicks';
import { createQueueSnapshots } from '@/lib/handlers/queue-snapshots';
import { createReminders, logFailure } from '@/lib/handlers/reminders';
import { runShortcut } from '@/lib/handlers/shortcut-commands';
import { createRouter } from '@/lib/messaging/router';
import { onAlarm } from '@/lib/platform/alarms';
import { onCommand } from '@/lib/platform/commands';
import { onNotificationButtonClicked, onNotificationClicked } from '@/lib/platform/notifications';
import { forgetQueueSnapshot, saveQueueSnapshot } from '@/lib/platform/queue-snapshot-store';
import {
  extensionId,
  extensionPagesUrl,
  homeTimeZone,
  onInstalled,
  onRuntimeMessage,
  onStartup,
} from '@/lib/platform/runtime';

export default defineBackground(() => {
  const now = () => new Date();
  const db = new FifthTouchDatabase(now);
  const snapshots = createQueueSnapshots({ save: saveQueueSnapshot, forget: forgetQueueSnapshot });
  const context = { db, now, homeTimeZone, newId: () => crypto.randomUUID(), snapshots };
  const handlers = createHandlers(context);
  const reminders = createReminders(context);
  const { guardWrite } = snapshots;
  const clicks = createReminderClicks({ ...context, guardWrite, refresh: reminders.refresh });
  const route = createRouter(refreshAfterWrites(handlers, { guardWrite, refresh: reminders.refresh, logFailure }), {
    id: extensionId(),
    pagesUrl: extensionPagesUrl(),
  });
  onRuntimeMessage(route);
  onInstalled(() => void seedDefaults(db));
  // Install and update (onInstalled) and browser start: alarms and the badge are set from the database.
  onInstalled(() => void reminders.start().catch(logFailure));
  onStartup(() => void reminders.start().catch(logFailure));
  // Chrome also stops and wakes the worker at any moment, perhaps between a write and its refresh.
  reminders.startAfterWake();
  onAlarm((alarm) => reminders.onAlarm(alarm).catch(logFailure));
  onNotificationClicked((id) => clicks.onClicked(id).catch(logFailure));
  onNotificationButtonClicked((id, button) => clicks.onButtonClicked(id, button).catch(logFailure));
  onCommand((name) => void runShortcut(name).catch(logFailure));
});
