import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { launchExtension, sendFromPage, type LoadedExtension } from './helpers/extension';
import { openPopup } from './helpers/popup';
import { SAMPLE_BACKUP, storedTables, WIPING_BACKUP } from './helpers/stored-tables';

/** Another installed extension, with nothing but a worker to send messages from. */
function writeOtherExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fifth-touch-other-extension-'));
  const manifest = { manifest_version: 3, name: 'Other', version: '1.0', background: { service_worker: 'other.js' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'other.js'), '');
  return dir;
}

async function otherWorker(extension: LoadedExtension): Promise<Worker> {
  const isOther = (worker: Worker) => worker.url().endsWith('/other.js');
  return (
    extension.context.serviceWorkers().find(isOther) ??
    extension.context.waitForEvent('serviceworker', { predicate: isOther })
  );
}

describe('another extension, in real Chromium', () => {
  let extension: LoadedExtension;
  let otherDir: string;

  beforeEach(async () => {
    otherDir = writeOtherExtension();
    extension = await launchExtension({ alsoLoad: [otherDir] });
  });

  afterEach(async () => {
    await extension.close();
    rmSync(otherDir, { recursive: true, force: true });
  });

  it('cannot reach the worker: its message finds no listener and changes nothing', async () => {
    const popup = await openPopup(extension);
    expect(await sendFromPage(popup, 'restoreBackup', { document: SAMPLE_BACKUP, mode: 'replace' })).toMatchObject({
      ok: true,
    });
    const before = await storedTables(popup);

    const other = await otherWorker(extension);
    const attempt = await other.evaluate(
      ([extensionId, document]) =>
        chrome.runtime.sendMessage(extensionId, { name: 'restoreBackup', request: { document, mode: 'replace' } }).then(
          (reply: unknown) => `answered ${JSON.stringify(reply)}`,
          (error: Error) => `refused: ${error.message}`,
        ),
      [extension.extensionId, WIPING_BACKUP] as const,
    );
    expect(attempt).toBe('refused: Could not establish connection. Receiving end does not exist.');
    expect(await storedTables(popup)).toEqual(before);
  });
});
