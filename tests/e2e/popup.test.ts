import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { QUEUE_SNAPSHOT_KEY } from '@/lib/platform/queue-snapshot-store';
import { launchExtension, sendFromPage, type LoadedExtension } from './helpers/extension';
import { chooseBackupFile, openOptions } from './helpers/options';
import { openPopup } from './helpers/popup';

const SAMPLE_BACKUP = readFileSync('tests/fixtures/backup/sample-backup.json', 'utf8');

async function badgeText(extension: LoadedExtension): Promise<string> {
  return (await extension.worker()).evaluate(() => chrome.action.getBadgeText({}));
}

interface SentMessage {
  name: unknown;
  /** The popup's script that sent it: popup-early.js runs before React loads, popup-app.js is React's. */
  script: string;
}

/** Records each message the extension's pages send, and which of the popup's scripts sent it. */
async function recordQueueRequests(extension: LoadedExtension): Promise<void> {
  await extension.context.addInitScript(() => {
    const runtime = globalThis.chrome?.runtime;
    if (!runtime?.id) return;
    const send = runtime.sendMessage.bind(runtime) as (message: unknown) => Promise<unknown>;
    const sent: SentMessage[] = [];
    Object.assign(globalThis, { fifthTouchSentByPage: sent });
    runtime.sendMessage = ((message: { name?: unknown }) => {
      const script = /popup-(early|app)\.js/.exec(new Error().stack ?? '')?.[0] ?? 'another script';
      sent.push({ name: message.name, script });
      return send(message);
    }) as typeof runtime.sendMessage;
  });
}

async function queueRequests(popup: Page): Promise<SentMessage[]> {
  // The check of a snapshot is sent once the queue is on screen: give it the time to go out.
  await popup.waitForTimeout(300);
  return popup.evaluate(() =>
    (globalThis as unknown as { fifthTouchSentByPage: SentMessage[] }).fifthTouchSentByPage.filter(
      (message) => message.name === 'getTodayQueue',
    ),
  );
}

describe('today\u2019s queue in real Chromium', () => {
  let extension: LoadedExtension;

  beforeEach(async () => {
    extension = await launchExtension();
    const options = await openOptions(extension);
    await chooseBackupFile(options, 'sample-backup.json', SAMPLE_BACKUP);
    await options.getByRole('button', { name: 'Replace my data' }).click();
    await options
      .getByRole('status')
      .getByText(/^Restored/)
      .waitFor();
    await options.close();
  });

  afterEach(async () => {
    await extension.close();
  });

  it('shows the sections, suggests only unsent content, and Done advances the step and drops the badge', async () => {
    const popup = await openPopup(extension);
    const overdue = popup.getByRole('list', { name: 'Overdue' });
    const maria = overdue.getByRole('listitem', { name: /^María González, Step 4 of 9/ });
    await maria.waitFor();
    await overdue.getByRole('listitem', { name: /^María González, Call back/ }).waitFor();
    await overdue.getByRole('listitem', { name: /^Kenji Watanabe, Step 6 of 9/ }).waitFor();
    expect(await maria.textContent()).toContain('Agreed that late deliveries cost them about 3% of revenue.');

    // The benchmark was already sent to María (touch t-2): only the checklist may be suggested.
    await maria.getByRole('group', { name: 'Suggested content: Five questions before a pilot' }).waitFor();
    await maria.getByRole('button', { name: 'Another' }).click();
    await maria.getByText('No other unsent piece in your library.').waitFor();
    await maria.getByRole('button', { name: 'Start over' }).click();
    await maria.getByRole('group', { name: 'Suggested content: Five questions before a pilot' }).waitFor();

    await expect.poll(() => badgeText(extension), { timeout: 15_000 }).toBe('3');
    await maria.getByRole('button', { name: 'Done' }).click();
    await overdue.getByRole('listitem', { name: /^María González, Step 4 of 9/ }).waitFor({ state: 'detached' });
    await popup.getByRole('listitem', { name: /^María González, Step 5 of 9/ }).waitFor();
    await expect.poll(() => badgeText(extension), { timeout: 15_000 }).toBe('2');

    const backup = (await sendFromPage(popup, 'exportBackup', {})) as {
      response: { touches: { prospectId: string; contentId?: string; channel: string }[] };
    };
    const sent = backup.response.touches.filter(
      (touch) => touch.prospectId === 'p-maria-gonzalez' && touch.contentId === 'c-checklist',
    );
    // Email was already done for this step; the piece goes with the channel that sends it now.
    expect(sent.map((touch) => touch.channel)).toEqual(['linkedin']);
  });

  it('keeps Give up disabled before five follow-ups, saying why', async () => {
    const popup = await openPopup(extension);
    const kenji = popup.getByRole('listitem', { name: /^Kenji Watanabe, Step 6 of 9/ });
    expect(await kenji.getByRole('button', { name: 'Give up' }).isDisabled()).toBe(true);
    expect(await kenji.textContent()).toContain('Only 2 follow-ups so far');
  });

  it('asks for its queue from the page head before React loads when no snapshot is kept, and paints that reply with its styles', async () => {
    await recordQueueRequests(extension);
    await (await extension.worker()).evaluate((key) => chrome.storage.session.remove(key), QUEUE_SNAPSHOT_KEY);
    const popup = await openPopup(extension);
    await popup.getByRole('listitem', { name: /^María González, Step 4 of 9/ }).waitFor();
    expect(await queueRequests(popup)).toEqual([{ name: 'getTodayQueue', script: 'popup-early.js' }]);
    // popup.html links its built style sheet by hand: a wrong path would leave the popup unstyled.
    const itemStyle = await popup
      .locator('.queue-item')
      .first()
      .evaluate((item) => getComputedStyle(item).contentVisibility);
    expect(itemStyle).toBe('auto');
  });

  it('paints the worker’s snapshot without asking, then asks once and shows what the snapshot missed', async () => {
    await recordQueueRequests(extension);
    const worker = await extension.worker();
    // A snapshot that misses a rename, as one kept just before a write would.
    const planted = await worker.evaluate(async (key) => {
      // The restore's refresh kept a page; it is saved just after the restore's reply.
      for (let tries = 0; tries < 100; tries += 1) {
        const { [key]: kept } = await chrome.storage.session.get(key);
        if (kept) {
          const stale = JSON.parse(JSON.stringify(kept).replaceAll('María González', 'María Stale'));
          stale.validUntil = new Date(Date.now() + 3_600_000).toISOString();
          await chrome.storage.session.set({ [key]: stale });
          return JSON.stringify(stale).includes('María Stale');
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    }, QUEUE_SNAPSHOT_KEY);
    expect(planted).toBe(true);
    const popup = await openPopup(extension);
    await popup.getByRole('listitem', { name: /^María González, Step 4 of 9/ }).waitFor();
    expect(await popup.getByText(/María Stale/).count()).toBe(0);
    expect(await queueRequests(popup)).toEqual([{ name: 'getTodayQueue', script: 'popup-app.js' }]);
    // The worker's answer to that check is kept for the next open.
    const kept = await worker.evaluate(
      async (key) => JSON.stringify(await chrome.storage.session.get(key)),
      QUEUE_SNAPSHOT_KEY,
    );
    expect(kept).toContain('María González');
    expect(kept).not.toContain('María Stale');
  });
});
