import { browser } from 'wxt/browser';

/** Keyboard shortcuts declared under `commands` in the manifest (the rep can change the keys). */
export function onCommand(listener: (name: string) => void): void {
  browser.commands.onCommand.addListener((name) => listener(name));
}

/** The tab the rep is looking at. Needs no "tabs" permission: only its id is read, never its URL. */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Rejects when the tab has no content script of ours (any site but Gmail and LinkedIn). */
export function sendTabMessage(tabId: number, message: unknown): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}
