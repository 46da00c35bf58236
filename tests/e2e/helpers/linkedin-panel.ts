import type { Locator, Page } from 'playwright-core';

/** The panel's shadow host; Playwright's locators pierce open shadow roots. */
export function linkedInPanel(page: Page): Locator {
  return page.locator('[data-fifth-touch="linkedin-panel"]');
}

export async function waitForPanelNaming(page: Page, name: string): Promise<Locator> {
  const panel = linkedInPanel(page);
  await panel.locator('.name').filter({ hasText: name }).waitFor();
  return panel;
}

/** Replaces the page with another saved page's body, as LinkedIn's router does, and pushes its URL. */
export async function navigateLikeLinkedIn(page: Page, url: string, bodyHtml: string): Promise<void> {
  await page.evaluate(
    ([nextUrl, html]) => {
      // The page enforces Trusted Types; a test policy stands in for LinkedIn's own.
      const policy = (
        window as unknown as {
          trustedTypes: { createPolicy(name: string, rules: object): { createHTML(html: string): string } };
        }
      ).trustedTypes.createPolicy('fifth-touch-test', { createHTML: (value: string) => value });
      history.pushState({}, '', nextUrl);
      const parsed = new DOMParser().parseFromString(policy.createHTML(html) as unknown as string, 'text/html');
      const ours = document.querySelector('[data-fifth-touch]');
      document.body.replaceChildren(...Array.from(parsed.body.childNodes));
      if (ours) document.body.append(ours);
    },
    [url, bodyHtml] as const,
  );
}
