import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';

/** What Gmail and LinkedIn send: page-world HTML strings fail here as they do there. */
const SITE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "require-trusted-types-for 'script'",
};

export type PageTransform = (html: string) => string;

/**
 * Serves saved pages at their real URLs and refuses every other request, so no test ever
 * reaches Gmail, LinkedIn or the network. `pages` maps a URL without its hash to a fixture path.
 */
export async function serveSites(
  context: BrowserContext,
  pages: Record<string, string>,
  transform: PageTransform = (html) => html,
) {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const withoutHash = url.split('#')[0] ?? url;
    const fixture = pages[withoutHash];
    if (fixture && route.request().resourceType() === 'document') {
      return route.fulfill({ status: 200, headers: SITE_HEADERS, body: transform(readFileSync(fixture, 'utf8')) });
    }
    return route.abort('blockedbyclient');
  });
}
