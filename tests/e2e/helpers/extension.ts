import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { HEADLESS_CHROMIUM_FLAGS } from '../chromium-flags';
import { chromiumPath, EXTENSION_DIR } from '../global-setup';

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  worker: () => Promise<Worker>;
  close: () => Promise<void>;
}

function launchArgs(extensionDirs: string[]): string[] {
  return [
    `--disable-extensions-except=${extensionDirs.join(',')}`,
    `--load-extension=${extensionDirs.join(',')}`,
    ...HEADLESS_CHROMIUM_FLAGS,
  ];
}

/**
 * The extension's worker, however its start races with ours: it may have started before we
 * listen, and on a loaded machine it can take a while.
 */
async function firstServiceWorker(context: BrowserContext): Promise<Worker> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    // Ours is background.js; another extension loaded beside it (a test's) has its own worker.
    const started = context
      .serviceWorkers()
      .find((worker) => worker.url().startsWith('chrome-extension://') && worker.url().endsWith('/background.js'));
    if (started) return started;
    await context.waitForEvent('serviceworker', { timeout: 2_000 }).catch(() => undefined);
  }
  throw new Error(
    'The extension\u2019s service worker did not start within 60 s. Is .output/chrome-mv3 a working build?',
  );
}

/** Starts Chromium with the built extension in a fresh profile (or the given one). */
export async function launchExtension(
  options: { userDataDir?: string; downloadsPath?: string; alsoLoad?: string[] } = {},
): Promise<LoadedExtension> {
  const extensionDir = resolve(EXTENSION_DIR);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'fifth-touch-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: launchArgs([extensionDir, ...(options.alsoLoad ?? [])]),
    acceptDownloads: true,
    ...(options.downloadsPath ? { downloadsPath: options.downloadsPath } : {}),
  });
  const firstWorker = await firstServiceWorker(context);
  const extensionId = new URL(firstWorker.url()).host;
  async function worker(): Promise<Worker> {
    const running = context
      .serviceWorkers()
      .find((candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/`));
    return running ?? context.waitForEvent('serviceworker');
  }
  return {
    context,
    extensionId,
    userDataDir,
    worker,
    close: async () => {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function openExtensionPage(
  extension: LoadedExtension,
  path: 'popup.html' | 'options.html',
): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/${path}`);
  return page;
}

/** Sends one protocol message from an extension page, as the popup would, and returns the raw reply. */
export async function sendFromPage(page: Page, name: string, request: unknown): Promise<unknown> {
  return page.evaluate(
    ([messageName, messageRequest]) => chrome.runtime.sendMessage({ name: messageName, request: messageRequest }),
    [name, request] as const,
  );
}

/**
 * Stops the extension's service worker the way Chrome does when it idles: its globals are gone
 * and the next event starts a fresh one.
 */
export async function stopServiceWorker(extension: LoadedExtension, page: Page): Promise<void> {
  const session = await extension.context.newCDPSession(page);
  const { targetInfos } = (await session.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const workers = targetInfos.filter(
    (target) =>
      target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extension.extensionId}/`),
  );
  if (workers.length === 0) throw new Error('No running service worker of the extension was found to stop.');
  for (const target of workers) {
    await session.send('Target.closeTarget', { targetId: target.targetId });
  }
  await session.detach();
}
