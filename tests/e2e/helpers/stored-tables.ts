import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { sendFromPage } from './extension';

export const SAMPLE_BACKUP = JSON.parse(readFileSync('tests/fixtures/backup/sample-backup.json', 'utf8'));

/** A valid backup with every table empty: restored in "replace" mode it would wipe the rep's data. */
export const WIPING_BACKUP = Object.fromEntries(
  Object.entries(SAMPLE_BACKUP).map(([key, value]) => [key, Array.isArray(value) ? [] : value]),
);

/** Every stored table, read through the options page's own export (without its timestamp). */
export async function storedTables(page: Page): Promise<Record<string, unknown>> {
  const reply = (await sendFromPage(page, 'exportBackup', {})) as { ok: boolean; response: Record<string, unknown> };
  if (!reply.ok) throw new Error(`The export failed: ${JSON.stringify(reply)}`);
  const { exportedAt: _exportedAt, ...tables } = reply.response;
  return tables;
}
