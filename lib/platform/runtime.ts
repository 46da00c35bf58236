import { browser } from 'wxt/browser';

export function extensionId(): string {
  return browser.runtime.id;
}

/** Where the extension's own pages live: `chrome-extension://<id>/` (a per-install UUID in Firefox). */
export function extensionPagesUrl(): string {
  return browser.runtime.getURL('/');
}

export function sendRuntimeMessage(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function homeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Listeners return a Promise; Chrome and Firefox both deliver its value as the reply. */
export function onRuntimeMessage(
  listener: (message: unknown, sender: { id?: string; url?: string }) => Promise<unknown>,
): void {
  browser.runtime.onMessage.addListener((message, sender) => listener(message, sender));
}

export function onInstalled(listener: () => void): void {
  browser.runtime.onInstalled.addListener(() => listener());
}

export function onStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}
