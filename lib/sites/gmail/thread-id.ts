// A thread has several ids: on the page the 16-hex legacy id and the `thread-f:`/`thread-a:` perm
// id, in the URL an opaque token. Gmail routes live in the hash: "#inbox", "#inbox/FMfcgz…",
// "#label/Clients/FMfcgz…", "#search/pricing/FMfcgz…", "#settings/general", optionally followed by
// "?compose=new". An open thread is a last segment of 16+ letters and digits (gmail.js
// `current_page`): the "FMfcgz…" token since 2018, the legacy hex id before.

const THREAD_TOKEN = /^[0-9a-zA-Z]{16,64}$/;
// Routes whose first segment is an argument (a query, a label name), not a thread.
const ROUTES_WITH_ARGUMENT = new Set(['search', 'label', 'category', 'advanced-search', 'create-filter']);

/** The thread token in a Gmail URL's hash, or `null` when the URL names a list, settings or nothing. */
export function threadTokenFromUrl(url: string): string | null {
  let hash: string;
  try {
    hash = new URL(url).hash;
  } catch {
    return null;
  }
  const [route = '', ...segments] = (hash.slice(1).split('?')[0] ?? '').split('/');
  const threadSegments = ROUTES_WITH_ARGUMENT.has(route) ? segments.slice(1) : segments;
  const candidate = threadSegments.length === 1 ? (threadSegments[0] ?? '') : '';
  return THREAD_TOKEN.test(candidate) ? candidate : null;
}

/**
 * True when a Gmail URL names an open thread. A cheap hint for deciding when to read the page;
 * `readGmailThread` looks at the page itself and is the authority.
 */
export function isGmailThreadUrl(url: string): boolean {
  return url.startsWith('https://mail.google.com/') && threadTokenFromUrl(url) !== null;
}

/**
 * One spelling per thread where Gmail allows it: `thread-f:<decimal>` is the legacy hex id in
 * base 10 (gmail.js #478), so it becomes hex. Gmail writes "undefined" for a missing id.
 */
export function normalizeThreadId(raw: string | null | undefined): string | null {
  const id = raw?.trim().replace(/^#/, '') ?? '';
  const decimal = /^thread-f:(\d{1,20})$/.exec(id)?.[1];
  if (decimal) return BigInt(decimal).toString(16);
  return /^[0-9a-zA-Z:_-]{8,64}$/.test(id) && id !== 'undefined' ? id : null;
}
