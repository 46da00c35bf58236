import { browser } from 'wxt/browser';

export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/** Today's queue, opened as a page when a reminder has no better place to go. */
export function popupPageUrl(): string {
  return browser.runtime.getURL('/popup.html');
}

/** The report tab of the options page. */
export function reportPageUrl(): string {
  return `${browser.runtime.getURL('/options.html')}#report`;
}

/** The record view of one prospect. */
export function prospectRecordUrl(prospectId: string): string {
  return `${browser.runtime.getURL('/prospect.html')}?id=${encodeURIComponent(prospectId)}`;
}
