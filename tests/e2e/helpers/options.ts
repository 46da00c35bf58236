import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openExtensionPage, type LoadedExtension } from './extension';

export async function openOptions(extension: LoadedExtension): Promise<Page> {
  const page = await openExtensionPage(extension, 'options.html');
  await page.getByRole('heading', { name: 'Fifth Touch settings' }).waitFor();
  return page;
}

/** Clicks "Download backup" and returns the saved file's parsed JSON. */
export async function downloadBackup(page: Page): Promise<Record<string, unknown>> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  const path = await download.path();
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Chooses a file in "Restore backup"; the caller decides what to click next. */
export async function chooseBackupFile(page: Page, name: string, contents: string): Promise<void> {
  await page
    .getByLabel('Restore backup')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}
