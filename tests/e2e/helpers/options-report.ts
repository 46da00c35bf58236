import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { LoadedExtension } from './extension';

/** The options page's weekly report section. */
export function reportSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Weekly report' });
}

/** Opens the options page where the weekly reminder does: at its #report anchor. */
export async function openReport(extension: LoadedExtension): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/options.html#report`);
  await reportSection(page).getByRole('button', { name: 'Previous week' }).waitFor();
  return page;
}

/** Picks the week holding `day` (yyyy-MM-dd) and waits until its dates are shown. */
export async function showWeek(page: Page, day: string, heading: string): Promise<void> {
  await reportSection(page).getByLabel('Week of').fill(day);
  await reportSection(page).getByText(heading, { exact: true }).waitFor();
}

/** The report's figures as "term: value" pairs, in the order shown. */
export async function readFigures(page: Page): Promise<Record<string, string>> {
  const terms = await reportSection(page).locator('dt').allTextContents();
  const values = await reportSection(page).locator('dd').allTextContents();
  return Object.fromEntries(terms.map((term, index) => [term, values[index] ?? '']));
}

/** A table's body rows as cell texts, the row header first. */
export async function readRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );
}

export async function downloadReportCsv(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    reportSection(page).getByRole('button', { name: 'Download report (CSV)' }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}
