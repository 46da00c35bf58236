import type { Page } from 'playwright-core';
import { launchExtension, sendFromPage, type LoadedExtension } from './helpers/extension';
import { GMAIL_URL, useAlwaysWorkingSettings, waitForBannerNaming } from './helpers/gmail-banner';
import { waitForPanelNaming } from './helpers/linkedin-panel';
import { openPopup } from './helpers/popup';
import { serveSites } from './helpers/sites';

const PROFILE_URL = 'https://www.linkedin.com/in/anna-lindqvist-%C3%B6berg/';
const PROFILE = 'tests/fixtures/linkedin/linkedin-profile-handwritten-2026-unseen-layout.html';
const THREAD = 'tests/fixtures/gmail/gmail-thread-2025-11-reconstructed-fjord-fell-sender.html';
const THREAD_HASH = '#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx';

/** Waits for the tab the worker opens for a record, while `open` clicks whatever opens it. */
async function recordTabOpenedBy(extension: LoadedExtension, open: () => Promise<void>): Promise<Page> {
  const [page] = await Promise.all([
    extension.context.waitForEvent('page', { predicate: (tab) => tab.url().includes('/prospect.html?id=') }),
    open(),
  ]);
  await page.waitForLoadState('domcontentloaded');
  return page;
}

async function touchLabels(record: Page): Promise<string[]> {
  const items = record.getByRole('list', { name: 'Touch history' }).getByRole('listitem');
  await items.first().waitFor();
  return (await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''))).map((label) =>
    label.split(' · ').slice(0, 1).join(''),
  );
}

describe('one person across LinkedIn and Gmail, in real Chromium', () => {
  let extension: LoadedExtension;

  beforeEach(async () => {
    extension = await launchExtension();
    await useAlwaysWorkingSettings(extension);
    await serveSites(extension.context, { [PROFILE_URL]: PROFILE, [GMAIL_URL]: THREAD });
  });

  afterEach(async () => {
    await extension.close();
  });

  it('logs a LinkedIn touch, links the Gmail sender in one click, and shows one record with both touches', async () => {
    const linkedIn = await extension.context.newPage();
    await linkedIn.goto(PROFILE_URL, { waitUntil: 'domcontentloaded' });
    const panel = await waitForPanelNaming(linkedIn, 'Anna Lindqvist Öberg');
    await panel.getByRole('button', { name: 'Log touch' }).click();
    await panel.getByText('LinkedIn touch logged.').waitFor();

    const gmail = await extension.context.newPage();
    await gmail.goto(`${GMAIL_URL}${THREAD_HASH}`, { waitUntil: 'domcontentloaded' });
    const banner = await waitForBannerNaming(gmail, 'Anna Öberg');
    // The rep starts follow-ups and logs an email before noticing: a second record with its own touch.
    await banner.getByRole('button', { name: 'Start follow-ups for Anna Öberg' }).click();
    await banner.getByRole('button', { name: 'Log email' }).click();
    await banner.getByText('Email logged.').waitFor();
    await banner.getByRole('button', { name: 'Same person as Anna Lindqvist Öberg (LinkedIn)? Link' }).click();
    await banner.getByText('Linked: one record now.').waitFor();
    await banner.getByRole('button', { name: /Same person as/ }).waitFor({ state: 'detached' });

    const popup = await openPopup(extension);
    const found = (await sendFromPage(popup, 'searchProspects', { query: 'Anna' })) as {
      response: { name: string; email?: string; linkedinUrl?: string }[];
    };
    expect(found.response).toEqual([
      expect.objectContaining({
        name: 'Anna Lindqvist Öberg',
        email: 'anna.oberg@fjordfell.example',
        linkedinUrl: PROFILE_URL,
      }),
    ]);

    const record = await recordTabOpenedBy(extension, () =>
      banner.getByRole('button', { name: 'Open record' }).click(),
    );
    await record.getByRole('heading', { level: 1, name: 'Anna Lindqvist Öberg' }).waitFor();
    expect((await touchLabels(record)).sort()).toEqual(['Email', 'LinkedIn']);
    expect(await record.getByLabel('Email', { exact: true }).inputValue()).toBe('anna.oberg@fjordfell.example');
  });

  it('links from the record view and undoes the link, bringing back both records', async () => {
    const linkedIn = await extension.context.newPage();
    await linkedIn.goto(PROFILE_URL, { waitUntil: 'domcontentloaded' });
    const panel = await waitForPanelNaming(linkedIn, 'Anna Lindqvist Öberg');
    await panel.getByRole('button', { name: 'Log touch' }).click();
    await panel.getByText('LinkedIn touch logged.').waitFor();
    const popup = await openPopup(extension);
    await sendFromPage(popup, 'addProspect', { name: 'Anna Öberg', contact: 'anna.oberg@fjordfell.example' });

    const record = await recordTabOpenedBy(extension, () => panel.getByRole('button', { name: 'Open record' }).click());
    await record.getByRole('heading', { level: 1, name: 'Anna Lindqvist Öberg' }).waitFor();
    const suggestions = record.getByRole('list', { name: 'Likely the same person' });
    await suggestions.getByRole('button', { name: 'Link Anna Öberg' }).click();
    await record.getByText(/Anna Öberg is now part of Anna Lindqvist Öberg/).waitFor();
    // The record reloads after the link: the email the other record had is now on this one.
    await expect
      .poll(() => record.getByLabel('Email', { exact: true }).inputValue(), { timeout: 10_000 })
      .toBe('anna.oberg@fjordfell.example');
    expect((await touchLabels(record)).sort()).toEqual(['LinkedIn']);

    await record.getByRole('button', { name: 'Undo link' }).click();
    await record.getByText('Unlinked: both records are back as they were.').waitFor();
    const found = (await sendFromPage(popup, 'searchProspects', { query: 'Anna' })) as {
      response: { name: string; email?: string }[];
    };
    expect(found.response.map((prospect) => [prospect.name, prospect.email ?? null]).sort()).toEqual([
      ['Anna Lindqvist Öberg', null],
      ['Anna Öberg', 'anna.oberg@fjordfell.example'],
    ]);
  });
});
