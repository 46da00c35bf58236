import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from './paths';

export type Site = 'gmail' | 'linkedin';

export interface Fixture {
  site: Site;
  file: string;
  path: string;
  bytes: number;
  /** The address the page had, which the readers need: a profile reader given a feed URL returns at once. */
  url: string;
}

const FIXTURE_DIR = repoPath('tests/fixtures');

// The same URLs tests/sites/*.test.ts and tests/e2e/linkedin.test.ts read these pages under.
const URLS: Record<string, string> = {
  'gmail-thread-2018-06-reconstructed-classic.html': 'https://mail.google.com/mail/u/0/#sent/1640c2a4e5b7d981',
  'gmail-thread-2023-11-reconstructed-a98-iy.html':
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzGwHVzKxbRpLqWmNjTsDcBfXhPk',
  'gmail-thread-2025-11-reconstructed-nested-sender.html':
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx',
  'gmail-thread-2025-11-reconstructed-reading-pane.html':
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfKzNlWcPqRtXsMvDgHjBkLpZ',
  'gmail-thread-2025-11-reconstructed-several-participants.html':
    'https://mail.google.com/mail/u/0/#label/Clients/FMfcgzQdLrTbWkXsNpVjHmCgFzDqRwKs',
  'gmail-inbox-2014-12-inboxsdk-thread-rows.html': 'https://mail.google.com/mail/u/0/#inbox',
  'gmail-compose-2020-10-jsmin-new-message.html': 'https://mail.google.com/mail/u/0/#inbox?compose=new',
  'linkedin-profile-loggedin-2018-04-linkedINonymous-jeff-weiner.html': 'https://www.linkedin.com/in/jeffweiner08/',
  'linkedin-profile-loggedin-2024-07-scoutr-abgar-gulo.html': 'https://www.linkedin.com/in/abgargulo/',
  'linkedin-profile-loggedin-2024-07-scoutr-eduardo-alvarez-nowak.html':
    'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
  'linkedin-profile-loggedin-2024-07-scoutr-sri-lalitha-jeevanige.html':
    'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/',
  'linkedin-profile-loggedin-2024-08-scoutr-surendra-thota.html': 'https://www.linkedin.com/in/surendrathota/',
  'linkedin-profile-public-2013-05-yatish27-justin-grevich.html':
    'https://www.linkedin.com/pub/justin-grevich/7/154/181/',
  'linkedin-profile-public-2016-01-yatish27-jeff-weiner.html': 'https://www.linkedin.com/in/jeffweiner08/',
  'linkedin-profile-public-guest-2024-03-scoutr-eduardo-alvarez-nowak.html':
    'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
  'linkedin-profile-handwritten-2026-unseen-layout.html': 'https://www.linkedin.com/in/anna-lindqvist-%C3%B6berg/',
  'linkedin-feed-handwritten-2026.html': 'https://www.linkedin.com/feed/',
  'linkedin-search-handwritten-2026.html': 'https://www.linkedin.com/search/results/people/?keywords=sales%20director',
  'linkedin-company-handwritten-2026.html': 'https://www.linkedin.com/company/acme-robotics/',
  'linkedin-messaging-handwritten-2026.html': 'https://www.linkedin.com/messaging/thread/2-YWJjZA==/',
};

/** A fixture added later still gets measured, under a URL its reader will look at. */
const FALLBACK_URL: Record<Site, string> = {
  gmail: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqHbBvXjLkTwpRnMsZdGfVhCx',
  linkedin: 'https://www.linkedin.com/in/someone/',
};

/** Every saved page of a site, largest first. */
export function listFixtures(site: Site): Fixture[] {
  const dir = join(FIXTURE_DIR, site);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const path = join(dir, file);
      return { site, file, path, bytes: statSync(path).size, url: URLS[file] ?? FALLBACK_URL[site] };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

/** The URL a served page is requested under: what `serveSites` keys its pages by. */
export function withoutHash(url: string): string {
  return url.split('#')[0] ?? url;
}

/** The markup inside `<body>`, as a single-page app would render it on navigation. */
export function bodyOf(html: string): string {
  return html
    .slice(html.search(/<body[^>]*>/i))
    .replace(/^<body[^>]*>/i, '')
    .replace(/<\/body>[\s\S]*$/i, '');
}
