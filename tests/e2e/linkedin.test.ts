import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { canonicalProfileUrl } from '@/lib/sites/linkedin';
import { launchExtension, sendFromPage, type LoadedExtension } from './helpers/extension';
import { linkedInPanel, navigateLikeLinkedIn, waitForPanelNaming } from './helpers/linkedin-panel';
import { openPopup } from './helpers/popup';
import { serveSites } from './helpers/sites';

const DIR = 'tests/fixtures/linkedin';

/** Every saved profile, at the URL it is served under, with the person and company it shows. */
const PROFILES = [
  [
    'linkedin-profile-loggedin-2018-04-linkedINonymous-jeff-weiner.html',
    'https://www.linkedin.com/in/jeffweiner08/',
    'Jeff Weiner',
    'LinkedIn',
  ],
  [
    'linkedin-profile-loggedin-2024-07-scoutr-abgar-gulo.html',
    'https://www.linkedin.com/in/abgargulo/',
    'Abgar Gulo',
    'Recruitjob.se',
  ],
  [
    'linkedin-profile-loggedin-2024-07-scoutr-eduardo-alvarez-nowak.html',
    'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
    'Eduardo Alvarez Nowak',
    'Novare Potential',
  ],
  [
    'linkedin-profile-loggedin-2024-07-scoutr-sri-lalitha-jeevanige.html',
    'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/',
    'Sri Lalitha Jeevanige',
    'Swedbank',
  ],
  [
    'linkedin-profile-loggedin-2024-08-scoutr-surendra-thota.html',
    'https://www.linkedin.com/in/surendrathota/',
    'Surendra Thota',
    'Tata Consultancy Services',
  ],
  [
    'linkedin-profile-public-2013-05-yatish27-justin-grevich.html',
    'https://www.linkedin.com/pub/justin-grevich/7/154/181/',
    'Justin Grevich',
    'UC San Diego, Institute of Engineering in Medicine',
  ],
  [
    'linkedin-profile-public-2016-01-yatish27-jeff-weiner.html',
    'https://www.linkedin.com/in/jeffweiner08/',
    'Jeff Weiner',
    'LinkedIn',
  ],
  [
    'linkedin-profile-public-guest-2024-03-scoutr-eduardo-alvarez-nowak.html',
    'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
    'Eduardo Alvarez Nowak',
    'Novare Potential',
  ],
] as const;

const NEXT_PROFILE = {
  url: 'https://www.linkedin.com/in/surendrathota/',
  file: 'linkedin-profile-loggedin-2024-08-scoutr-surendra-thota.html',
  name: 'Surendra Thota',
};

function bodyOf(file: string): string {
  const html = readFileSync(`${DIR}/${file}`, 'utf8');
  return html
    .slice(html.search(/<body[^>]*>/i))
    .replace(/^<body[^>]*>/i, '')
    .replace(/<\/body>[\s\S]*$/i, '');
}

async function openProfile(
  extension: LoadedExtension,
  file: string,
  url: string,
  transform?: (html: string) => string,
): Promise<Page> {
  await serveSites(extension.context, { [url]: `${DIR}/${file}` }, transform);
  const page = await extension.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

describe('LinkedIn in real Chromium', () => {
  let extension: LoadedExtension;

  beforeEach(async () => {
    extension = await launchExtension();
  });

  afterEach(async () => {
    await extension.close();
  });

  it.each(PROFILES)(
    '%s: the panel names the person; one click logs one touch the popup shows',
    async (file, url, name, company) => {
      const page = await openProfile(extension, file, url);
      const panel = await waitForPanelNaming(page, name);
      await panel.getByText(/New — not followed up yet/).waitFor();

      await panel.getByRole('button', { name: 'Log touch' }).dblclick();
      await panel.getByRole('status').getByText('LinkedIn touch logged.').waitFor();
      await panel.getByText(/Step 1 of 9/).waitFor();
      await panel
        .getByRole('group', { name: 'How did it go?' })
        .getByRole('button', { name: 'Connection request' })
        .click();
      await panel.getByRole('status').getByText('Saved: connection request.').waitFor();
      await panel.getByLabel('Note').fill('Sent a connection request with a note about their Q3 hiring.');
      await panel.getByRole('button', { name: 'Save note' }).click();
      await panel.getByRole('status').getByText('Note saved.').waitFor();

      const popup = await openPopup(extension);
      const queue = popup.getByRole('list', { name: "Today's queue" });
      // .last(): the innermost list item (the section's item also contains it).
      const item = queue.getByRole('listitem').filter({ hasText: name }).last();
      await item.waitFor();
      const text = await item.textContent();
      expect(text).toContain(company);
      expect(text).toContain('Step 1 of 9');
      expect(text).toContain('Last touch: LinkedIn');
      expect(text).toContain('Q3 hiring');
      const summary = await sendFromPage(popup, 'getProspectSummary', { linkedinUrl: canonicalProfileUrl(url) });
      expect(summary).toMatchObject({
        ok: true,
        response: { touchCount: 1, lastTouch: { outcome: 'connection-request' } },
      });
    },
  );

  it('follows SPA navigation to another profile and never shows the previous person', async () => {
    const [file, url, name] = PROFILES[1];
    await serveSites(extension.context, { [url]: `${DIR}/${file}`, [NEXT_PROFILE.url]: `${DIR}/${NEXT_PROFILE.file}` });
    const page = await extension.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await waitForPanelNaming(page, name);

    await navigateLikeLinkedIn(page, NEXT_PROFILE.url, bodyOf(NEXT_PROFILE.file));
    const panel = await waitForPanelNaming(page, NEXT_PROFILE.name);
    expect(await panel.locator('.name').textContent()).toBe(NEXT_PROFILE.name);

    await navigateLikeLinkedIn(page, 'https://www.linkedin.com/feed/', '<main><h1>Feed</h1></main>');
    await linkedInPanel(page).waitFor({ state: 'detached' });
  });

  it('shows a hostile name as text and runs nothing', async () => {
    const [file, url] = PROFILES[4];
    const hostile = '<img src=x onerror=alert(1)>';
    const page = await openProfile(extension, file, url, (html) =>
      html.replace(/(<h1[^>]*>)[^<]*(<\/h1>)/, `$1&lt;img src=x onerror=alert(1)&gt;$2`),
    );
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const panel = await waitForPanelNaming(page, hostile);
    expect(await panel.locator('img').count()).toBe(0);
    await panel.getByRole('button', { name: 'Log touch' }).click();
    await panel.getByRole('status').getByText('LinkedIn touch logged.').waitFor();
    const popup = await openPopup(extension);
    await popup.getByRole('list', { name: "Today's queue" }).locator('.prospect-name').getByText(hostile).waitFor();
    expect(await popup.locator('.queue img').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});
