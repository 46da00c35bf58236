import { browser } from 'wxt/browser';

export interface NotificationContent {
  id: string;
  title: string;
  message: string;
  contextMessage?: string;
  buttons: readonly string[];
}

export async function showNotification({ id, title, message, contextMessage, buttons }: NotificationContent) {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
    ...(contextMessage ? { contextMessage } : {}),
    ...(buttons.length > 0 ? { buttons: buttons.map((button) => ({ title: button })) } : {}),
  });
}

export async function clearNotification(id: string): Promise<void> {
  await browser.notifications.clear(id);
}

export async function openNotificationIds(): Promise<string[]> {
  return Object.keys(await browser.notifications.getAll());
}

export function onNotificationClicked(listener: (id: string) => Promise<void>): void {
  browser.notifications.onClicked.addListener((id) => listener(id));
}

export function onNotificationButtonClicked(listener: (id: string, buttonIndex: number) => Promise<void>): void {
  browser.notifications.onButtonClicked.addListener((id, buttonIndex) => listener(id, buttonIndex));
}

const NOTIFIED_KEY = 'notifiedReminders';

/**
 * Which reminders were shown, in storage.session: it outlives the worker (stopped at any moment)
 * but not the browser, so after a restart the rep is reminded once more of what is still due.
 * getAll() alone cannot tell, since a reminder the rep closed is gone from it but was shown.
 */
export async function readNotifiedRecord(): Promise<Record<string, string>> {
  const stored: Record<string, unknown> = await browser.storage.session.get(NOTIFIED_KEY);
  const record = stored[NOTIFIED_KEY];
  return record && typeof record === 'object' ? (record as Record<string, string>) : {};
}

export async function saveNotifiedRecord(record: Readonly<Record<string, string>>): Promise<void> {
  await browser.storage.session.set({ [NOTIFIED_KEY]: record });
}
