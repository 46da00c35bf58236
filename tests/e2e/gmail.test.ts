import { launchExtension, sendFromPage, type LoadedExtension } from './helpers/extension';
import {
  gmailBanner,
  GMAIL_URL,
  openThreadLikeGmail,
  useAlwaysWorkingSettings,
  waitForBannerNaming,
} from './helpers/gmail-banner';
import { openPopup } from './helpers/popup';
import { serveSites } from './helpers/sites';

const DIR = 'tests/fixtures/gmail';
const NESTED = `${DIR}/gmail-thread-2025-11-reconstructed-nested-sender.html`;
const SEVERAL = `${DIR}/gmail-thread-2025-11-reconstructed-several-participants.html`;
const INBOX = `${DIR}/gmail-inbox-2014-12-inboxsdk-thread-rows.html`;

async function openGmail(
  extension: LoadedExtension,
  fixture: string,
  hash: string,
  transform?: (html: string) => string,
) {
  await serveSites(extension.context, { [GMAIL_URL]: fixture }, transform);
  const page = await extension.context.newPage();
  await page.goto(`${GMAIL_URL}${hash}`, { waitUntil: 'domcontentloaded' });
  return page;
}

describe('Gmail in real Chromium', () => {
  let extension: LoadedExtension;

  beforeEach(async () => {
    extension = await launchExtension();
    await useAlwaysWorkingSettings(extension);
  });

  afterEach(async () => {
    await extension.close();
  });

  it.each([
    ['gmail-thread-2018-06-reconstructed-classic.html', '#sent/1640c2a4e5b7d981', 'Sarah Chen'],
    ['gmail-thread-2023-11-reconstructed-a98-iy.html', '#inbox/FMfcgzGwHVzKxbRpLqWmNjTsDcBfXhPk', 'Tom Becker'],
    ['gmail-thread-2025-11-reconstructed-nested-sender.html', '#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx', 'Lena Vogel'],
    ['gmail-thread-2025-11-reconstructed-reading-pane.html', '#inbox/FMfcgzQbfKzNlWcPqRtXsMvDgHjBkLpZ', 'Priya Nair'],
    [
      'gmail-thread-2025-11-reconstructed-several-participants.html',
      '#label/Clients/FMfcgzQdLrTbWkXsNpVjHmCgFzDqRwKs',
      'Joy Okafor',
    ],
  ])('%s: the banner names the prospect above the thread, then the list after going back', async (file, hash, name) => {
    const page = await openGmail(extension, `${DIR}/${file}`, hash);
    await waitForBannerNaming(page, name);
    expect(
      await page.evaluate(() =>
        document.querySelector('[role="main"]')?.firstElementChild?.getAttribute('data-fifth-touch'),
      ),
    ).toBe('gmail-banner');
    await openThreadLikeGmail(page, '#inbox', INBOX);
    await gmailBanner(page).locator('.name').waitFor({ state: 'detached' });
    await gmailBanner(page).getByText('Nothing due today').waitFor();
  });

  it('names the sender, starts follow-ups with step 1 due within the hour, and follows a hash change', async () => {
    const page = await openGmail(extension, NESTED, '#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx');
    const banner = await waitForBannerNaming(page, 'Lena Vogel');
    expect(await banner.getByRole('region', { name: 'Fifth Touch' }).count()).toBe(1);
    const startedAt = Date.now();
    await banner.getByRole('button', { name: 'Start follow-ups for Lena Vogel' }).click();
    await banner.getByText(/Step 1 of 9 · Call \+ Email due/).waitFor();

    const popup = await openPopup(extension);
    const item = popup
      .getByRole('list', { name: "Today's queue" })
      .getByRole('listitem')
      .filter({ hasText: 'Lena Vogel' })
      .last();
    expect(await item.textContent()).toMatch(/Step 1 of 9.*new lead|new lead.*Step 1 of 9/s);
    const queue = (await sendFromPage(popup, 'getTodayQueue', {})) as {
      response: { queue: { dueNow: { prospect: { name: string }; dueAt: string }[] } };
    };
    const lena = queue.response.queue.dueNow.find((entry) => entry.prospect.name === 'Lena Vogel');
    expect(new Date(lena!.dueAt).getTime() - startedAt).toBeLessThanOrEqual(60 * 60 * 1000 + 5_000);

    await openThreadLikeGmail(page, '#label/Clients/FMfcgzQdLrTbWkXsNpVjHmCgFzDqRwKs', SEVERAL);
    const next = await waitForBannerNaming(page, 'Joy Okafor');
    expect(await next.locator('.name').textContent()).toBe('Joy Okafor');
  });

  it('says when the prospect replied and pauses the cadence in one click', async () => {
    const page = await openGmail(extension, SEVERAL, '#label/Clients/FMfcgzQdLrTbWkXsNpVjHmCgFzDqRwKs');
    const banner = await waitForBannerNaming(page, 'Joy Okafor');
    await banner.getByRole('button', { name: 'Start follow-ups for Joy Okafor' }).click();
    await banner.getByText('Joy Okafor replied').waitFor();
    await banner.getByRole('button', { name: 'Pause cadence' }).click();
    await banner.getByText(/Step 1 of 9 · paused/).waitFor();
    expect(await banner.getByText('Joy Okafor replied').count()).toBe(0);
    const popup = await openPopup(extension);
    const summary = await sendFromPage(popup, 'getProspectSummary', { email: 'j.okafor@meridianhealth.example' });
    expect(summary).toMatchObject({ ok: true, response: { stage: 'paused', lastTouch: { outcome: 'replied' } } });
  });

  it('logs an email from the banner', async () => {
    const page = await openGmail(extension, NESTED, '#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx');
    const banner = await waitForBannerNaming(page, 'Lena Vogel');
    await banner.getByRole('button', { name: 'Start follow-ups for Lena Vogel' }).click();
    await banner.getByRole('button', { name: 'Log email' }).click();
    await banner.getByText(/Step 1 of 9 · Call due/).waitFor();
    await banner.getByText(/Last touch: Email \(sent\)/).waitFor();

    await banner.getByRole('button', { name: 'Snooze' }).click();
    await banner.getByRole('status').getByText('Snoozed for a day.').waitFor();
    expect(await banner.getByText(/Step 1 of 9 · Call due today/).count()).toBe(0);
    await banner.getByRole('button', { name: 'Pause' }).click();
    await banner.getByText(/Step 1 of 9 · paused/).waitFor();
  });

  it('shows a hostile sender name as text and runs nothing', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const escaped = '&lt;img src=x onerror=alert(1)&gt;';
    const page = await openGmail(extension, NESTED, '#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx', (html) =>
      html
        .replaceAll('name="Lena Vogel"', `name="${escaped}"`)
        .replaceAll('<span>Lena Vogel</span>', `<span>${escaped}</span>`),
    );
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const banner = await waitForBannerNaming(page, hostile);
    await banner.getByRole('button', { name: `Start follow-ups for ${hostile}` }).click();
    await banner.getByText(/Step 1 of 9 · /).waitFor();
    expect(await banner.locator('img').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  it('shows how many follow-ups are due on the inbox list, with the top three', async () => {
    const thread = await openGmail(extension, NESTED, '#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx');
    const banner = await waitForBannerNaming(thread, 'Lena Vogel');
    await banner.getByRole('button', { name: 'Start follow-ups for Lena Vogel' }).click();
    await banner.getByText(/Step 1 of 9 · /).waitFor();
    await thread.close();

    await extension.context.unrouteAll();
    const inbox = await openGmail(extension, INBOX, '#inbox');
    const listBanner = gmailBanner(inbox);
    await listBanner.getByText('1 follow-up due today').waitFor();
    const due = listBanner.getByRole('list', { name: 'Due today' });
    expect(await due.getByRole('listitem').count()).toBe(1);
    expect(await due.textContent()).toContain('Lena Vogel — Step 1 of 9');
    await listBanner.getByRole('button', { name: 'Hide' }).click();
    expect(await listBanner.getByRole('list', { name: 'Due today' }).count()).toBe(0);
    await listBanner.getByRole('button', { name: 'Show' }).waitFor();
  });
});
