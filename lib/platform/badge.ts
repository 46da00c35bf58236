import { browser } from 'wxt/browser';

/** One global badge (no tabId): the count is about the rep's day, not the page they are on. */
export async function showBadge({ text, color }: { text: string; color: string }): Promise<void> {
  await Promise.all([browser.action.setBadgeText({ text }), browser.action.setBadgeBackgroundColor({ color })]);
}
