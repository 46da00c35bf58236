import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { sendFromPage, type LoadedExtension } from './extension';
import { openPopup } from './popup';

export const GMAIL_URL = 'https://mail.google.com/mail/u/0/';

/** The banner's shadow host; Playwright's locators pierce open shadow roots. */
export function gmailBanner(page: Page): Locator {
  return page.locator('[data-fifth-touch="gmail-banner"]');
}

export async function waitForBannerNaming(page: Page, name: string): Promise<Locator> {
  const banner = gmailBanner(page);
  await banner.locator('.name').filter({ hasText: name }).waitFor();
  return banner;
}

/**
 * A fixed-offset zone where it is now about 08:00, so "today" still has hours ahead whenever the
 * tests run: a lead due within the hour is due today, not after a midnight that UTC reaches first.
 * Etc/GMT+N is N hours behind UTC (the POSIX sign); offsets run from 12 behind to 14 ahead.
 */
export function zoneWhereItIsMorning(now: Date): string {
  const hour = now.getUTCHours();
  if (hour < 8) return `Etc/GMT-${8 - hour}`;
  if (hour <= 20) return `Etc/GMT+${hour - 8}`;
  return `Etc/GMT-${32 - hour}`;
}

/**
 * Makes every day a working day around the clock, in a zone where the day has just begun, so
 * tests of due times ("within the hour", "due today") do not depend on when they run. Restored
 * through the options page's own message.
 */
export async function useAlwaysWorkingSettings(extension: LoadedExtension): Promise<void> {
  const popup = await openPopup(extension);
  const document = JSON.parse(readFileSync('tests/fixtures/backup/always-working-settings.json', 'utf8'));
  for (const settings of document.settings) settings.timeZone = zoneWhereItIsMorning(new Date());
  const reply = await sendFromPage(popup, 'restoreBackup', { document, mode: 'merge' });
  if (!(reply as { ok: boolean }).ok) throw new Error(`Could not set test settings: ${JSON.stringify(reply)}`);
  await popup.close();
}

/** Opens another conversation as Gmail does: a new hash, then the new conversation's DOM. */
export async function openThreadLikeGmail(page: Page, hash: string, fixturePath: string): Promise<void> {
  const html = readFileSync(fixturePath, 'utf8');
  const body = html
    .slice(html.search(/<body[^>]*>/i))
    .replace(/^<body[^>]*>/i, '')
    .replace(/<\/body>[\s\S]*$/i, '');
  await page.evaluate(
    ([nextHash, bodyHtml]) => {
      const trusted = (
        window as unknown as {
          trustedTypes: { createPolicy(name: string, rules: object): { createHTML(html: string): unknown } };
        }
      ).trustedTypes;
      const policy = trusted.createPolicy('fifth-touch-test', { createHTML: (value: string) => value });
      location.hash = nextHash;
      const parsed = new DOMParser().parseFromString(policy.createHTML(bodyHtml) as string, 'text/html');
      document.body.replaceChildren(...Array.from(parsed.body.childNodes));
    },
    [hash, body] as const,
  );
}
