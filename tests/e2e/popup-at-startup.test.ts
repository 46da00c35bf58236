import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension } from './helpers/extension';
import { openPopup } from './helpers/popup';

const STARTS = 3;

describe('the popup opened as the browser starts, in real Chromium', () => {
  let userDataDir: string;

  beforeEach(async () => {
    userDataDir = mkdtempSync(join(tmpdir(), 'fifth-touch-startup-'));
    // A rep's browser: the worker has set up its database and settled before the browser closes.
    const first = await launchExtension({ userDataDir });
    await openPopup(first);
    await first.close();
  });

  afterEach(() => {
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('shows the queue even when the worker, registered anew, drops the first request', async () => {
    for (let start = 0; start < STARTS; start += 1) {
      // Without its registration Chromium registers the worker again at start, and a message sent
      // from popup-early.js meanwhile is lost: its promise never settles (3 of 4 starts here).
      rmSync(join(userDataDir, 'Default', 'Service Worker'), { recursive: true, force: true });
      const extension = await launchExtension({ userDataDir });
      try {
        const popup = await extension.context.newPage();
        await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
        await popup.getByText(/^Nothing due/).waitFor({ timeout: 10_000 });
      } finally {
        await extension.close();
      }
    }
  });
});
