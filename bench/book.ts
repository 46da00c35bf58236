import { parseBackup } from '../lib/core/backup';
import { launchExtension, openExtensionPage, type LoadedExtension } from '../tests/e2e/helpers/extension';
import { generateBackup } from './generate-backup';
import { shimEsbuildNames } from './name-shim';

const BACKUP_URL = 'https://bench.fifth-touch.invalid/backup.json';

export const SCALE = { prospects: 10_000, touches: 100_000 };

export interface Book {
  extension: LoadedExtension;
  label: string;
  restoreMs: number | null;
  documentBytes: number | null;
}

export async function launchEmpty(): Promise<Book> {
  const extension = await launchExtension();
  await shimEsbuildNames(extension.context);
  return { extension, label: 'empty', restoreMs: null, documentBytes: null };
}

/** A fresh profile holding the generated book, restored through the extension's own message. */
export async function launchWithBook(now: Date): Promise<Book> {
  // Validated in Node first, so a generator mistake reads as one, not as a slow or failed restore.
  const document = parseBackup(JSON.parse(JSON.stringify(generateBackup(now, SCALE))));
  const extension = await launchExtension();
  await shimEsbuildNames(extension.context);
  const json = JSON.stringify(document);
  // sendFromPage would carry 23 MB through CDP call arguments (40 s here); the page fetches it instead.
  await extension.context.route(BACKUP_URL, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'access-control-allow-origin': '*' },
      contentType: 'application/json',
      body: json,
    }),
  );
  const page = await openExtensionPage(extension, 'options.html');
  const { reply, restoreMs } = await page.evaluate(async (url) => {
    const fetched: unknown = await (await fetch(url)).json();
    const start = performance.now();
    const answer = (await chrome.runtime.sendMessage({
      name: 'restoreBackup',
      request: { document: fetched, mode: 'replace' },
    })) as {
      ok: boolean;
      error?: string;
    };
    return { reply: answer, restoreMs: performance.now() - start };
  }, BACKUP_URL);
  await page.close();
  await extension.context.unroute(BACKUP_URL);
  if (!reply.ok) throw new Error(`restoring the generated backup failed: ${reply.error}`);
  return {
    extension,
    label: `${SCALE.prospects / 1000}k prospects / ${SCALE.touches / 1000}k touches`,
    restoreMs,
    documentBytes: json.length,
  };
}
