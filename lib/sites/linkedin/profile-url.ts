// One profile has many URLs (country subdomains, overlays, tracking queries); a prospect is stored
// under exactly one, so every URL is reduced to https://www.linkedin.com/in/<slug>/ before use.

const MEMBER_PROFILE_PATH = /^\/in\/([^/]+)(?:\/|$)/;
// Pre-2014 public profiles: /pub/<name>/<a>/<b>/<c>. /pub/dir/… is the people directory, not a profile.
const LEGACY_PUBLIC_PROFILE_PATH = /^\/pub\/(?!dir\/)([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)\/?$/;
// /in/me/ redirects to the viewer's own profile: it names no prospect.
const VIEWER_ALIAS = 'me';

/**
 * The one canonical form of a LinkedIn profile URL, or `null` when `url` is not a profile
 * (feed, search, company pages, messaging, other sites).
 * Slugs are case-insensitive, so they are decoded, lowercased and re-encoded.
 */
export function canonicalProfileUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!isLinkedInHost(parsed) || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;

  const memberSlug = MEMBER_PROFILE_PATH.exec(parsed.pathname)?.[1];
  if (memberSlug !== undefined) {
    const slug = normaliseSegment(memberSlug);
    return slug && slug !== VIEWER_ALIAS ? `https://www.linkedin.com/in/${slug}/` : null;
  }

  const legacyParts = LEGACY_PUBLIC_PROFILE_PATH.exec(parsed.pathname)?.slice(1);
  if (legacyParts) {
    const segments = legacyParts.map(normaliseSegment);
    return segments.every(Boolean) ? `https://www.linkedin.com/pub/${segments.join('/')}/` : null;
  }
  return null;
}

/** The `/in/` slug as it appears in the canonical URL (lowercase, percent-encoded), or `null`. */
export function profileSlug(url: string): string | null {
  return canonicalProfileUrl(url)?.match(/\/in\/([^/]+)\/$/)?.[1] ?? null;
}

/**
 * True for the profile page itself and the dialogs LinkedIn opens over it (`/overlay/…` in the
 * 2024 captures, `/detail/…` in 2018). Other sub-pages (`/details/experience/`, `/recent-activity/`)
 * replace the top card, so a heading there is not the prospect's name.
 */
export function showsProfileTopCard(url: string): boolean {
  try {
    const path = new URL(url).pathname;
    return /^\/in\/[^/]+(?:\/|\/(?:overlay|detail)\/.*)?$/.test(path) || LEGACY_PUBLIC_PROFILE_PATH.test(path);
  } catch {
    return false;
  }
}

function isLinkedInHost(url: URL): boolean {
  return url.hostname === 'linkedin.com' || url.hostname.endsWith('.linkedin.com');
}

function normaliseSegment(segment: string): string | null {
  try {
    const decoded = decodeURIComponent(segment).trim().toLowerCase();
    return decoded ? encodeURIComponent(decoded) : null;
  } catch {
    return null;
  }
}
