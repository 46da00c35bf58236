import { readFileSync } from 'node:fs';
import { launchExtension, sendFromPage, type LoadedExtension } from './helpers/extension';
import { chooseBackupFile, openOptions } from './helpers/options';
import { openPopup } from './helpers/popup';

const SAMPLE_BACKUP = readFileSync('tests/fixtures/backup/sample-backup.json', 'utf8');

async function badgeText(extension: LoadedExtension): Promise<string> {
  return (await extension.worker()).evaluate(() => chrome.action.getBadgeText({}));
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

  it('asks for its queue once, from the page head before React loads, and paints that reply with its styles', async () => {
    // Records what the popup sends and whether the page was still being parsed (no #root yet).
    await extension.context.addInitScript(() => {
      const runtime = globalThis.chrome?.runtime;
      if (!runtime?.id) return;
      const send = runtime.sendMessage.bind(runtime) as (message: unknown) => Promise<unknown>;
      const sent: { name: unknown; parsing: boolean }[] = [];
      Object.assign(globalThis, { fifthTouchSentByPage: sent });
      runtime.sendMessage = ((message: { name?: unknown }) => {
        sent.push({ name: message.name, parsing: document.getElementById('root') === null });
        return send(message);
      }) as typeof runtime.sendMessage;
    });
    const popup = await openPopup(extension);
    await popup.getByRole('listitem', { name: /^María González, Step 4 of 9/ }).waitFor();
    const queueRequests = await popup.evaluate(() =>
      (
        globalThis as unknown as { fifthTouchSentByPage: { name: unknown; parsing: boolean }[] }
      ).fifthTouchSentByPage.filter((message) => message.name === 'getTodayQueue'),
    );
    expect(queueRequests).toEqual([{ name: 'getTodayQueue', parsing: true }]);
    // popup.html links its built style sheet by hand: a wrong path would leave the popup unstyled.
    const itemStyle = await popup
      .locator('.queue-item')
      .first()
      .evaluate((item) => getComputedStyle(item).contentVisibility);
    expect(itemStyle).toBe('auto');
  });
});
