import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';

export interface LoggedRequest {
  url: string;
  /** Who asked: the worker, one of our pages, or a site page (its own or our content script). */
  from: 'worker' | 'extension page' | 'site page';
  byExtension: boolean;
}

/**
 * Records every request in the context. On Gmail and LinkedIn pages the page itself asks for a
 * lot (served fixtures keep their images and trackers; every such request is aborted), so there
 * a request counts as ours only when the DevTools protocol names our script as its initiator.
 */
export function logRequests(context: BrowserContext, extensionId: string) {
  const ours = `chrome-extension://${extensionId}/`;
  const requests: LoggedRequest[] = [];

  context.on('request', (request: Request) => {
    if (request.serviceWorker()) {
      requests.push({ url: request.url(), from: 'worker', byExtension: true });
      return;
    }
    const pageUrl = request.frame().page()?.url() ?? '';
    if (pageUrl.startsWith(ours)) requests.push({ url: request.url(), from: 'extension page', byExtension: true });
  });

  async function watchSitePage(page: Page): Promise<CDPSession> {
    const session = await context.newCDPSession(page);
    session.on('Network.requestWillBeSent', ({ request, initiator }) => {
      requests.push({ url: request.url, from: 'site page', byExtension: JSON.stringify(initiator).includes(ours) });
    });
    await session.send('Network.enable');
    return session;
  }

  /** Requests our code made to anywhere but the extension itself. */
  function leaving(): LoggedRequest[] {
    return requests.filter(
      ({ url, byExtension }) => byExtension && !url.startsWith(ours) && !url.startsWith(`blob:${ours}`),
    );
  }

  return { requests, watchSitePage, leaving };
}
