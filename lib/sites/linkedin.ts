import { canonicalProfileUrl, showsProfileTopCard } from './linkedin/profile-url';

export { canonicalProfileUrl, profileSlug } from './linkedin/profile-url';

// Every selector this adapter uses, newest DOM first. Field selectors run inside the top card.
// The `<code>` JSON blobs on logged-in pages are deliberately absent: after SPA navigation they
// hold the viewer's own profile and stale entities from earlier pages.
const SELECTORS = {
  topCard: [
    '[data-view-name="profile-top-card"]', // SDUI top card root, 2026-03 (earonesty/linkedin-profile-extractor)
    '[componentkey*="topcard" i]', // SDUI variant of the same root, 2026-03 (same source)
    'section[data-member-id]', // logged-in top card, 2024-07 and 2024-08 (other classes are hashes)
    'section.top-card-layout', // guest view top card, 2024-03
    'section.pv-top-card-section', // logged-in top card, 2018-04
    '#topcard', // public profile top card, 2016-01
    '.hresume', // public profile hResume root (header and "Current" overview), 2013-05
  ],
  // Unseen generations: the profile name as the main landmark's heading, and the section around it.
  // It is the name on every capture from 2016-01 to 2024-08 (the 2013-05 page has no landmark).
  topCardHeading: 'main h1, [role="main"] h1',
  name: ['h1', 'h2'], // h1 everywhere 2013-05 to 2024-08; h2 in one 2026-02 SDUI variant (vana-com PR #9)
  headline: [
    '.text-body-medium.break-words', // logged-in, 2024-07 and 2024-08
    '.top-card-layout__headline', // guest view, 2024-03
    '.pv-top-card-section__headline', // logged-in, 2018-04
    'p.headline', // public profile, 2016-01
    'p.headline-title', // public profile, 2013-05
  ],
  currentCompany: [
    '[aria-label^="Current company" i]', // "Current company: X. Click to skip…" button, 2024-07 and 2024-08
    '[data-section="currentPositionsDetails"]', // guest view top-card link, 2024-03
    '.pv-top-card-section__company', // logged-in, 2018-04
    '.extra-info .org', // public profile, first "Current" organisation, 2016-01
    '.summary-current .org', // public profile "Current" overview, 2013-05
  ],
  location: [
    '.text-body-small.inline.t-black--light.break-words', // logged-in, 2024-07 and 2024-08
    '.top-card-layout__first-subline span:not([data-modal])', // guest view, skipping "Contact Info", 2024-03
    '.pv-top-card-section__location', // logged-in, 2018-04
    '.locality', // public profile hCard, 2016-01 and 2013-05
  ],
  // Links inside the card that carry its own slug, used to spot a stale card after SPA navigation.
  ownProfileLink: 'a[href*="/overlay/contact-info"], a[href*="/overlay/about-this-profile"]', // 2024-07, 2024-08
  // Document-level identity, for cards without such links.
  canonicalLink: 'link[rel="canonical"]', // public 2016-01, guest 2024-03 (country subdomain)
  openGraphUrl: 'meta[property="og:url"]', // guest view, 2024-03
  jsonLd: 'script[type="application/ld+json"]', // guest view `Person` (worksFor, address), 2024-03
} as const;

const MAX_TEXT_LENGTH = 200;
const CURRENT_COMPANY_LABEL = /^current company:\s*(.*?)(?:\.\s*click to skip.*)?$/i;

export interface LinkedInProfile {
  profileUrl: string;
  name: string;
  headline: string;
  company: string | null;
  location: string | null;
}

/** The profile URL's top card has no name: LinkedIn changed its markup and SELECTORS need a new entry. */
export class LinkedInLayoutChangedError extends Error {
  constructor(url: string) {
    super(`LinkedIn top card on ${url} has no name matching ${SELECTORS.name.join(' | ')}`);
    this.name = 'LinkedInLayoutChangedError';
  }
}

/**
 * The prospect shown in the visible top card, or `null` when this is not a profile, the card is
 * not rendered yet, or the card still shows the previous profile. Throws
 * `LinkedInLayoutChangedError` when a card is shown without a name.
 */
export function readLinkedInProfile(doc: Document, url: string): LinkedInProfile | null {
  const profileUrl = canonicalProfileUrl(url);
  if (!profileUrl || !showsProfileTopCard(url)) return null;
  const card = findTopCardOf(doc, profileUrl);
  if (!card) return null;

  const name = readText(card, SELECTORS.name);
  if (!name) throw new LinkedInLayoutChangedError(profileUrl);
  const company = readCurrentCompany(card);
  const location = readText(card, SELECTORS.location);
  const person = company && location ? null : readJsonLdPerson(doc, profileUrl);
  return {
    profileUrl,
    name,
    headline: readText(card, SELECTORS.headline) ?? '',
    company: company ?? cleanText(person?.worksFor?.[0]?.name),
    location: location ?? cleanText(person?.address?.addressLocality),
  };
}

/**
 * Whether the visible top card belongs to the profile in `url`. LinkedIn changes the URL before
 * it re-renders the card, so right after SPA navigation the card can still be the previous one.
 * The page's own word on whose card it is, first found wins: the card's overlay links (contact
 * info, about this profile), then `link[rel=canonical]`, then `og:url`. (`data-member-id` cannot
 * be compared: URLs carry slugs, not member ids.) When the page says nothing, a card in a known
 * layout is accepted (the 2018 card carries no slug) and a card found only by its heading is not.
 */
export function topCardMatchesUrl(doc: Document, url: string): boolean {
  const profileUrl = canonicalProfileUrl(url);
  return profileUrl !== null && findTopCardOf(doc, profileUrl) !== null;
}

function findTopCardOf(doc: Document, profileUrl: string): Element | null {
  const found = findTopCard(doc);
  if (!found) return null;
  const shownHref =
    found.card.querySelector(SELECTORS.ownProfileLink)?.getAttribute('href') ??
    doc.querySelector(SELECTORS.canonicalLink)?.getAttribute('href') ??
    doc.querySelector(SELECTORS.openGraphUrl)?.getAttribute('content');
  const belongsToUrl = shownHref ? canonicalProfileUrl(resolveHref(shownHref)) === profileUrl : found.isKnownLayout;
  return belongsToUrl ? found.card : null;
}

function findTopCard(doc: Document): { card: Element; isKnownLayout: boolean } | null {
  for (const selector of SELECTORS.topCard) {
    const card = doc.querySelector(selector);
    if (card) return { card, isKnownLayout: true };
  }
  const heading = doc.querySelector(SELECTORS.topCardHeading);
  const card = heading?.closest('section') ?? heading?.parentElement;
  return card ? { card, isKnownLayout: false } : null;
}

function readCurrentCompany(card: Element): string | null {
  for (const selector of SELECTORS.currentCompany) {
    const element = card.querySelector(selector);
    if (!element) continue;
    // Prefer the visible text; a logo-only control names the company in its label alone.
    const label = element.getAttribute('aria-label')?.match(CURRENT_COMPANY_LABEL)?.[1];
    const company = cleanText(element.textContent) ?? cleanText(label);
    if (company) return company;
  }
  return null;
}

// Hrefs in the card are site-relative ("/in/<slug>/overlay/contact-info/").
function resolveHref(href: string): string {
  try {
    return new URL(href, 'https://www.linkedin.com').href;
  } catch {
    return '';
  }
}

function readText(card: Element, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const text = cleanText(card.querySelector(selector)?.textContent);
    if (text) return text;
  }
  return null;
}

/** Page text is untrusted: one line, no control characters, capped; callers render it as text, never as HTML. */
function cleanText(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  // Each run of whitespace and control characters (newlines, tabs, bells) becomes one space.
  const line = text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  if (!line) return null;
  return line.length > MAX_TEXT_LENGTH ? Array.from(line).slice(0, MAX_TEXT_LENGTH).join('') : line;
}

interface JsonLdPerson {
  worksFor?: { name?: unknown }[];
  address?: { addressLocality?: unknown };
}

/** The guest view's schema.org `Person`, only if it describes this very profile. */
function readJsonLdPerson(doc: Document, profileUrl: string): JsonLdPerson | null {
  for (const script of doc.querySelectorAll(SELECTORS.jsonLd)) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const graph = (data as { '@graph'?: unknown } | null)?.['@graph'];
    const nodes: unknown[] = Array.isArray(graph) ? graph : [data];
    const person = nodes.find((node) => isPersonAt(node, profileUrl));
    if (person) return person as JsonLdPerson;
  }
  return null;
}

function isPersonAt(node: unknown, profileUrl: string): boolean {
  const { '@type': type, url } = (node ?? {}) as { '@type'?: unknown; url?: unknown };
  return type === 'Person' && typeof url === 'string' && canonicalProfileUrl(url) === profileUrl;
}
