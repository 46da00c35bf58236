import type { Page } from 'playwright-core';
import { openExtensionPage, type LoadedExtension } from './extension';

/** Opens the popup as a tab (headless Chromium has no toolbar) and waits for its first paint. */
export async function openPopup(extension: LoadedExtension): Promise<Page> {
  const page = await openExtensionPage(extension, 'popup.html');
  await page.getByRole('heading', { name: 'Fifth Touch' }).waitFor();
  await page.waitForFunction(() => !document.body.textContent?.includes('Loading your follow-ups'));
  return page;
}
