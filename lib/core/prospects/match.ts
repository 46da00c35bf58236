import type { Prospect } from '../model';
import { PUBLIC_MAILBOX_DOMAINS } from './public-mailboxes';

/** Why two records look like one person, in words the rep reads. */
export type MatchReason = 'same-name' | 'company-domain';

export interface ProspectMatch {
  prospect: Prospect;
  reason: MatchReason;
}

/** The person a second record would be made for: a Gmail sender, or another prospect. */
export interface MatchCandidate {
  id?: string;
  name: string;
  email?: string | undefined;
  company?: string | undefined;
}

// Legal forms and filler words that a company's name carries but its domain does not.
const COMPANY_SUFFIXES =
  /\b(inc|incorporated|llc|ltd|limited|gmbh|ag|sa|sas|srl|bv|nv|ab|as|oy|plc|corp|corporation|co|company|group|holding|holdings|the)\b/g;

/** "Ada  Lovelace", "ada lovelace" and "Adá Lovelace" are the same name. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "Acme Inc." and "ACME" both become "acme"; "Recruitjob.se" becomes "recruitjob". */
export function companyKey(company: string): string {
  return normalizeName(company.replace(/\.[a-z]{2,}$/i, ''))
    .replace(COMPANY_SUFFIXES, ' ')
    .replace(/\s+/g, '');
}

/** The company part of an email's domain: mail.acme.co.uk gives "acme"; public mailboxes give null. */
export function emailCompanyKey(email: string): string | null {
  const domain = email.trim().toLowerCase().split('@')[1] ?? '';
  if (domain === '' || PUBLIC_MAILBOX_DOMAINS.has(domain)) return null;
  const labels = domain.split('.');
  // A two-letter second-level label under a country code (co.uk, com.au) is not the company.
  const cut = labels.length > 2 && /^(co|com|org|net|ac|gov)$/.test(labels.at(-2) ?? '') ? 3 : 2;
  const label = labels.at(-cut) ?? '';
  return label.replace(/[^a-z0-9]/g, '') || null;
}

function worksAt(email: string | undefined, company: string | undefined): boolean {
  const domainKey = email ? emailCompanyKey(email) : null;
  return domainKey !== null && domainKey.length >= 2 && company !== undefined && companyKey(company) === domainKey;
}

function reasonFor(candidate: MatchCandidate, prospect: Prospect): MatchReason | null {
  const name = normalizeName(candidate.name);
  if (name !== '' && name === normalizeName(prospect.name)) return 'same-name';
  const sameCompany = worksAt(candidate.email, prospect.company) || worksAt(prospect.email, candidate.company);
  return sameCompany ? 'company-domain' : null;
}

/** Two records may be one person only if nothing they both have disagrees. */
function canBeSamePerson(candidate: MatchCandidate, prospect: Prospect): boolean {
  if (candidate.id !== undefined && candidate.id === prospect.id) return false;
  return !(candidate.email && prospect.email && candidate.email.toLowerCase() !== prospect.email.toLowerCase());
}

/**
 * Prospects that look like the candidate: the same name, or an email domain that is the other's
 * company. Same-name matches come first; records with a conflicting email are never offered.
 */
export function findMatches(candidate: MatchCandidate, prospects: readonly Prospect[]): ProspectMatch[] {
  const matches: ProspectMatch[] = [];
  for (const prospect of prospects) {
    if (!canBeSamePerson(candidate, prospect)) continue;
    const reason = reasonFor(candidate, prospect);
    if (reason) matches.push({ prospect, reason });
  }
  return matches.sort((first, second) => Number(first.reason !== 'same-name') - Number(second.reason !== 'same-name'));
}
