import type { Page } from 'playwright-core';
import { contentScriptWorld, evaluateInWorld } from './helpers/content-script-world';
import { launchExtension, sendFromPage, type LoadedExtension } from './helpers/extension';
import { waitForPanelNaming } from './helpers/linkedin-panel';
import { openPopup } from './helpers/popup';
import { SAMPLE_BACKUP, storedTables, WIPING_BACKUP } from './helpers/stored-tables';
import { serveSites } from './helpers/sites';

const PROFILE_URL = 'https://www.linkedin.com/in/abgargulo/';
const PROFILE = 'tests/fixtures/linkedin/linkedin-profile-loggedin-2024-07-scoutr-abgar-gulo.html';

const WIPE = { name: 'restoreBackup', request: { document: WIPING_BACKUP, mode: 'replace' } };

describe('pages cannot drive the extension, in real Chromium', () => {
  let extension: LoadedExtension;
  let popup: Page;
  let profile: Page;

  beforeEach(async () => {
    extension = await launchExtension();
    popup = await openPopup(extension);
    expect(await sendFromPage(popup, 'restoreBackup', { document: SAMPLE_BACKUP, mode: 'replace' })).toMatchObject({
      ok: true,
    });
    await serveSites(extension.context, { [PROFILE_URL]: PROFILE });
    profile = await extension.context.newPage();
    await profile.goto(PROFILE_URL, { waitUntil: 'domcontentloaded' });
    await waitForPanelNaming(profile, 'Abgar Gulo');
  });

  afterEach(async () => {
    await extension.close();
  });

  it('gives the page\u2019s own scripts no way to message the extension', async () => {
    const before = await storedTables(popup);
    const attempt = await profile.evaluate(
      async ([extensionId, message]) => {
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
        if (typeof runtime?.sendMessage !== 'function') return 'unavailable';
        const send = runtime.sendMessage as (id: string, message: unknown) => Promise<unknown>;
        return send(extensionId, message).then(
          (reply) => `answered ${JSON.stringify(reply)}`,
          (error: Error) => `refused: ${error.message}`,
        );
      },
      [extension.extensionId, WIPE] as const,
    );
    expect(attempt).toBe('unavailable');
    expect(await storedTables(popup)).toEqual(before);
  });

  it('ignores protocol-looking window messages', async () => {
    const before = await storedTables(popup);
    const touch = {
      name: 'logProfileTouch',
      request: {
        touchId: 'forged-touch',
        profile: { profileUrl: PROFILE_URL, name: 'Forged', headline: '', company: null, location: null },
      },
    };
    // The page posts the forgeries, then a marker; when the marker arrives, every listener saw them.
    await profile.evaluate(
      ([wipe, forged]) =>
        new Promise<void>((resolve) => {
          window.addEventListener('message', (event) => event.data === 'marker' && resolve());
          for (const message of [wipe, forged, { type: 'fifth-touch', ...forged }]) window.postMessage(message, '*');
          window.postMessage('marker', '*');
        }),
      [WIPE, touch] as const,
    );
    await expect
      .poll(() => sendFromPage(popup, 'getProspectSummary', { linkedinUrl: PROFILE_URL }))
      .toEqual({
        ok: true,
        response: null,
      });
    expect(await storedTables(popup)).toEqual(before);
  });

  it('answers the content script only what the panel needs', async () => {
    const before = await storedTables(popup);
    const session = await extension.context.newCDPSession(profile);
    const world = await contentScriptWorld(session, extension.extensionId);
    const ask = (message: unknown) =>
      evaluateInWorld(session, world, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);

    for (const message of [
      WIPE,
      { name: 'exportBackup', request: {} },
      { name: 'deleteCadence', request: { id: 'x' } },
    ]) {
      expect(await ask(message)).toEqual({
        ok: false,
        error: `"${message.name}" can only be asked from Fifth Touch\u2019s own popup or options page.`,
      });
    }
    expect(await ask({ name: 'getProspectSummary', request: { linkedinUrl: PROFILE_URL } })).toEqual({
      ok: true,
      response: null,
    });
    expect(await storedTables(popup)).toEqual(before);
  });
});
