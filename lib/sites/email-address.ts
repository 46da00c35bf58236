// Which addresses on a page can be a prospect. Page text is untrusted, so every address is
// checked and lowercased here before anything else looks at it.

import { PUBLIC_MAILBOX_DOMAINS } from '../core/prospects/public-mailboxes';

const MAX_ADDRESS_LENGTH = 254; // RFC 5321 path limit
const ADDRESS_SHAPE = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]+$/;

/**
 * Local parts that name a machine rather than a person, as the whole local part or its first word
 * (`bounces+123`, `notifications-noreply`), plus "no reply" anywhere (`billing-noreply`).
 * `.` and `_` are folded to `-` before matching.
 */
const AUTOMATED_LOCAL_PART =
  /^(?:mailer-daemon|postmaster|bounces?|notifications?|notify|alerts?|news|newsletters?|calendar-notification)(?:[-+]|$)|no-?reply|do-?not-?reply/;

/** The address lowercased and trimmed, or `null` when it is not a plausible address. */
export function normalizeEmail(raw: string | null | undefined): string | null {
  const email = raw?.trim().toLowerCase() ?? '';
  return email.length <= MAX_ADDRESS_LENGTH && ADDRESS_SHAPE.test(email) ? email : null;
}

export interface TrackingContext {
  /** The signed-in address, or `null` when the page did not show it. */
  account: string | null;
  /** Settings' `ignoredDomains`: colleagues, partners, the rep's other companies. */
  ignoredDomains: readonly string[];
}

/**
 * False for addresses that must never become prospects: the rep's own, the rep's company (the
 * account's domain unless it is a public mailbox provider, and its subdomains), `ignoredDomains`,
 * automated senders, and anything that is not an address at all.
 */
export function isTrackableAddress(email: string, { account, ignoredDomains }: TrackingContext): boolean {
  const address = normalizeEmail(email);
  if (!address) return false;
  const ownAddress = normalizeEmail(account);
  if (address === ownAddress) return false;

  const [localPart = '', domain = ''] = address.split('@');
  if (AUTOMATED_LOCAL_PART.test(localPart.replace(/[._]/g, '-'))) return false;

  const ownDomain = ownAddress?.split('@')[1];
  const companyDomains = ignoredDomains.map(normalizeDomain);
  if (ownDomain && !PUBLIC_MAILBOX_DOMAINS.has(ownDomain)) companyDomains.push(ownDomain);
  return !companyDomains.some((companyDomain) => isSameOrSubdomain(domain, companyDomain));
}

/** Settings may hold `@acme.com`, `*.acme.com` or ` ACME.com `: all mean acme.com. */
function normalizeDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^[@*.]+/, '');
}

function isSameOrSubdomain(domain: string, parent: string): boolean {
  return parent !== '' && (domain === parent || domain.endsWith(`.${parent}`));
}
