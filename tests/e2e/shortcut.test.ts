import type { Worker } from 'playwright-core';
import { canonicalProfileUrl } from '@/lib/sites/linkedin';
import { launchExtension, openExtensionPage, sendFromPage, type LoadedExtension } from './helpers/extension';
import { waitForPanelNaming } from './helpers/linkedin-panel';
import { serveSites } from './helpers/sites';

const PROFILE_URL = 'https://www.linkedin.com/in/abgargulo/';
const PROFILE_FILE = 'tests/fixtures/linkedin/linkedin-profile-loggedin-2024-07-scoutr-abgar-gulo.html';

/**
 * Playwright cannot press a browser-wide shortcut, so the worker does what its "log-touch"
 * handler does, with the same APIs and no "tabs" permission: find the active tab, send it the command.
 */
function sendLogTouchFromWorker(worker: Worker): Promise<unknown> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return chrome.tabs.sendMessage(tab.id, { command: 'logTouch' });
  });
}

describe('the log-touch shortcut in real Chromium', () => {
  let extension: LoadedExtension;

  beforeEach(async () => {
    extension = await launchExtension();
  });

  afterEach(async () => {
    await extension.close();
  });

  it('logs a touch for the person on the open LinkedIn profile, once per visit', async () => {
    await serveSites(extension.context, { [PROFILE_URL]: PROFILE_FILE });
    const page = await extension.context.newPage();
    await page.goto(PROFILE_URL, { waitUntil: 'domcontentloaded' });
    const panel = await waitForPanelNaming(page, 'Abgar Gulo');
    await panel.getByText(/New — not followed up yet/).waitFor();
    await page.bringToFront();

    const worker = await extension.worker();
    expect(await sendLogTouchFromWorker(worker)).toEqual({ done: true, message: 'LinkedIn touch logged.' });
    await panel.getByRole('status').filter({ hasText: 'LinkedIn touch logged.' }).waitFor();
    expect(await sendLogTouchFromWorker(worker)).toEqual({
      done: false,
      message: 'This visit\u2019s touch is already logged.',
    });

    const popup = await openExtensionPage(extension, 'popup.html');
    const summary = await sendFromPage(popup, 'getProspectSummary', { linkedinUrl: canonicalProfileUrl(PROFILE_URL) });
    expect(summary).toMatchObject({ ok: true, response: { name: 'Abgar Gulo', touchCount: 1 } });
  });
});
