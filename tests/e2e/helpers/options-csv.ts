import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

/** The options page's CSV section, so its status and alerts are not confused with the backup's. */
export function csvSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Spreadsheets (CSV)' });
}

/** Chooses a file in "Import prospects (CSV)"; the caller checks the preview and confirms. */
export async function chooseCsvFile(page: Page, name: string, contents: string): Promise<void> {
  await csvSection(page)
    .getByLabel('Import prospects (CSV)')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(contents, 'utf8') });
}

/** Clicks an export button and returns the saved file's text, byte-order mark included. */
export async function downloadCsv(
  page: Page,
  button: 'Export prospects (CSV)' | 'Export touches (CSV)',
): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    csvSection(page).getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}
