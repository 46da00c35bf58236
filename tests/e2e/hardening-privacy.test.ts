import { readFileSync } from 'node:fs';
import { contentScriptWorld, evaluateInWorld } from './helpers/content-script-world';
import { launchExtension, sendFromPage, type LoadedExtension } from './helpers/extension';
import { GMAIL_URL, useAlwaysWorkingSettings, waitForBannerNaming } from './helpers/gmail-banner';
import { waitForPanelNaming } from './helpers/linkedin-panel';
import { chooseBackupFile, downloadBackup, openOptions } from './helpers/options';
import { openPopup } from './helpers/popup';
import { logRequests } from './helpers/request-log';
import { serveSites } from './helpers/sites';

const SAMPLE_BACKUP = readFileSync('tests/fixtures/backup/sample-backup.json', 'utf8');
const PROFILE_URL = 'https://www.linkedin.com/in/abgargulo/';
const PROFILE = 'tests/fixtures/linkedin/linkedin-profile-loggedin-2024-07-scoutr-abgar-gulo.html';
const GMAIL_THREAD = 'tests/fixtures/gmail/gmail-thread-2025-11-reconstructed-nested-sender.html';
const GMAIL_HASH = '#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx';

describe('privacy in real Chromium', () => {
  let extension: LoadedExtension;

  beforeEach(async () => {
    extension = await launchExtension();
  });

  afterEach(async () => {
    await extension.close();
  });

  it('a full session sends nothing off the machine and writes nothing to synced storage', async () => {
    const log = logRequests(extension.context, extension.extensionId);
    await serveSites(extension.context, { [PROFILE_URL]: PROFILE, [GMAIL_URL]: GMAIL_THREAD });

    const options = await openOptions(extension);
    await chooseBackupFile(options, 'sample-backup.json', SAMPLE_BACKUP);
    await options.getByRole('button', { name: 'Replace my data' }).click();
    await options
      .getByRole('status')
      .getByText(/^Restored 3 prospects/)
      .waitFor();
    await downloadBackup(options);
    await useAlwaysWorkingSettings(extension);
    const popup = await openPopup(extension);
    await popup.getByRole('list', { name: "Today's queue" }).getByText('María González').first().waitFor();

    const linkedIn = await extension.context.newPage();
    const linkedInSession = await log.watchSitePage(linkedIn);
    await linkedIn.goto(PROFILE_URL, { waitUntil: 'domcontentloaded' });
    const panel = await waitForPanelNaming(linkedIn, 'Abgar Gulo');
    await panel.getByRole('button', { name: 'Log touch' }).click();
    await panel.getByRole('status').getByText('LinkedIn touch logged.').waitFor();
    await panel
      .getByRole('group', { name: 'How did it go?' })
      .getByRole('button', { name: 'Connection request' })
      .click();
    await panel.getByRole('status').getByText('Saved: connection request.').waitFor();

    const gmail = await extension.context.newPage();
    await log.watchSitePage(gmail);
    await gmail.goto(`${GMAIL_URL}${GMAIL_HASH}`, { waitUntil: 'domcontentloaded' });
    const banner = await waitForBannerNaming(gmail, 'Lena Vogel');
    await banner.getByRole('button', { name: 'Start follow-ups for Lena Vogel' }).click();
    await banner.getByText(/Step 1 of 9/).waitFor();
    expect(await sendFromPage(popup, 'getProspectSummary', { linkedinUrl: PROFILE_URL })).toMatchObject({
      ok: true,
      response: { touchCount: 1 },
    });

    expect(log.leaving()).toEqual([]);
    const byOrigin = ['worker', 'extension page', 'site page'].map(
      (from) => `${from} ${log.requests.filter((request) => request.from === from).length}`,
    );
    console.info(
      `Privacy: ${log.requests.length} requests observed (${byOrigin.join(', ')}; ` +
        `${log.requests.filter((request) => request.byExtension).length} by the extension), 0 leaving the machine.`,
    );
    expect(await popup.evaluate(() => chrome.storage.sync.get(null))).toEqual({});

    // The recorder is not blind: a request from the worker or the content script would be caught.
    const worker = await extension.worker();
    await worker.evaluate(() => fetch('https://canary.example/from-worker').catch(() => undefined));
    const world = await contentScriptWorld(linkedInSession, extension.extensionId);
    // Named as our content script's file, as a real call from it would be on the initiator's stack.
    const contentScriptUrl = `chrome-extension://${extension.extensionId}/content-scripts/linkedin.js`;
    await evaluateInWorld(
      linkedInSession,
      world,
      `fetch('https://canary.example/from-content-script').catch(() => 0)\n//# sourceURL=${contentScriptUrl}`,
    );
    await expect
      .poll(() => log.leaving().map((request) => `${request.from} ${request.url}`))
      .toEqual(['worker https://canary.example/from-worker', 'site page https://canary.example/from-content-script']);
  });
});
