import type { Page } from 'playwright-core';
import { launchExtension, sendFromPage, type LoadedExtension } from './helpers/extension';
import { linkedInPanel, waitForPanelNaming } from './helpers/linkedin-panel';
import { openPopup } from './helpers/popup';
import { serveSites } from './helpers/sites';

const DIR = 'tests/fixtures/linkedin';
const PEOPLE = [
  [
    'linkedin-profile-loggedin-2018-04-linkedINonymous-jeff-weiner.html',
    'https://www.linkedin.com/in/jeffweiner08/',
    'Jeff Weiner',
  ],
  ['linkedin-profile-loggedin-2024-07-scoutr-abgar-gulo.html', 'https://www.linkedin.com/in/abgargulo/', 'Abgar Gulo'],
  [
    'linkedin-profile-loggedin-2024-07-scoutr-eduardo-alvarez-nowak.html',
    'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
    'Eduardo Alvarez Nowak',
  ],
  [
    'linkedin-profile-loggedin-2024-07-scoutr-sri-lalitha-jeevanige.html',
    'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/',
    'Sri Lalitha Jeevanige',
  ],
  [
    'linkedin-profile-loggedin-2024-08-scoutr-surendra-thota.html',
    'https://www.linkedin.com/in/surendrathota/',
    'Surendra Thota',
  ],
] as const;
const TABS = 10;
/** Each tab's person: two tabs per person. */
const personOf = (tab: number) => PEOPLE[tab % PEOPLE.length] ?? PEOPLE[0];

interface Stored {
  prospects: { id: string; linkedinUrl?: string }[];
  enrollments: { prospectId: string }[];
  touches: { id: string; prospectId: string }[];
}

async function readyToLog(page: Page, name: string): Promise<void> {
  await waitForPanelNaming(page, name);
  const button = linkedInPanel(page).getByRole('button', { name: 'Log touch' });
  await expect.poll(() => button.isEnabled()).toBe(true);
}

/** Every tab clicks "Log touch" at the same moment, by each page's own clock, not one after another. */
async function clickAllAtOnce(pages: Page[]): Promise<void> {
  const at = Date.now() + 1_000;
  await Promise.all(
    pages.map((page) =>
      page.evaluate(
        (when) =>
          new Promise<void>((resolve) => {
            setTimeout(
              () => {
                const root = document.querySelector('[data-fifth-touch="linkedin-panel"]')?.shadowRoot;
                const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Log touch');
                button?.click();
                resolve();
              },
              Math.max(0, when - Date.now()),
            );
          }),
        at,
      ),
    ),
  );
  for (const page of pages) {
    await linkedInPanel(page).getByRole('status').getByText('LinkedIn touch logged.').waitFor();
  }
}

const countBy = (values: string[]) =>
  Object.values(
    values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {}),
  );

describe('many tabs logging touches at once, in real Chromium', () => {
  let extension: LoadedExtension;

  beforeEach(async () => {
    extension = await launchExtension();
  });

  afterEach(async () => {
    await extension.close();
  });

  it('stores every touch once and every person once', async () => {
    await serveSites(extension.context, Object.fromEntries(PEOPLE.map(([file, url]) => [url, `${DIR}/${file}`])));
    const pages: Page[] = [];
    for (let tab = 0; tab < TABS; tab += 1) {
      const page = await extension.context.newPage();
      await page.goto(personOf(tab)[1], { waitUntil: 'domcontentloaded' });
      pages.push(page);
    }
    // First wave: nobody is a prospect yet, so pairs of tabs race to create the same person.
    await Promise.all(pages.map((page, tab) => readyToLog(page, personOf(tab)[2])));
    await clickAllAtOnce(pages);
    // Second wave: everyone exists; a fresh visit logs a fresh touch.
    await Promise.all(pages.map((page) => page.reload({ waitUntil: 'domcontentloaded' })));
    await Promise.all(pages.map((page, tab) => readyToLog(page, personOf(tab)[2])));
    await clickAllAtOnce(pages);

    const popup = await openPopup(extension);
    const reply = (await sendFromPage(popup, 'exportBackup', {})) as { response: Stored };
    const { prospects, enrollments, touches } = reply.response;
    console.info(
      `Many tabs: ${TABS} tabs × 2 waves for ${PEOPLE.length} people → ${touches.length} touches, ` +
        `${prospects.length} prospects, ${enrollments.length} enrollments.`,
    );
    expect(prospects.map((prospect) => prospect.linkedinUrl).sort()).toEqual(PEOPLE.map(([, url]) => url).sort());
    expect(touches).toHaveLength(TABS * 2);
    expect(new Set(touches.map((touch) => touch.id)).size).toBe(TABS * 2);
    expect(countBy(touches.map((touch) => touch.prospectId))).toEqual(PEOPLE.map(() => 4));
    expect(countBy(enrollments.map((enrollment) => enrollment.prospectId))).toEqual(PEOPLE.map(() => 1));

    const queue = (await sendFromPage(popup, 'getTodayQueue', {})) as {
      response: { queue: { counts: { dueToday: number } } };
    };
    const dueToday = queue.response.queue.counts.dueToday;
    await expect
      .poll(() => popup.evaluate(() => chrome.action.getBadgeText({})))
      .toBe(dueToday ? String(dueToday) : '');
  });
});
