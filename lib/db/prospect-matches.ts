import { Prospect } from '../core/model';
import { findMatches, type MatchCandidate, type ProspectMatch } from '../core/prospects/match';
import type { FifthTouchDatabase } from './database';
import { parseStored } from './stored-record-error';

/** Few enough to read at a glance; the manual search finds anyone else. */
const MATCH_LIMIT = 5;

/**
 * Stored prospects that look like the candidate. A scan (no index holds normalised names), run
 * only when a record view opens or a Gmail sender has no record met on LinkedIn yet.
 */
export async function findMatchingProspects(
  db: FifthTouchDatabase,
  candidate: MatchCandidate,
  only: (prospect: Prospect) => boolean = () => true,
): Promise<ProspectMatch[]> {
  const records = await db.prospects.toArray();
  const prospects = records.map((record) => parseStored(Prospect, 'prospects', record)).filter(only);
  return findMatches(candidate, prospects).slice(0, MATCH_LIMIT);
}

/** A record met on LinkedIn whose email is still unknown: what a Gmail sender may be. */
export function isLinkedInOnly(prospect: Prospect): boolean {
  return prospect.linkedinUrl !== undefined && prospect.email === undefined;
}

/**
 * The record met on LinkedIn that a Gmail sender most likely is, unless the sender's own record
 * is already linked to a profile. Reads only prospects with a profile URL, through its index.
 */
export async function suggestLinkedInMatch(
  db: FifthTouchDatabase,
  sender: { name: string; email: string },
): Promise<ProspectMatch | undefined> {
  const own = await db.prospects.where('email').equals(sender.email.trim().toLowerCase()).first();
  if (own?.linkedinUrl) return undefined;
  const records = await db.prospects.where('linkedinUrl').above('').toArray();
  const candidates = records.map((record) => parseStored(Prospect, 'prospects', record)).filter(isLinkedInOnly);
  return findMatches({ ...sender, ...(own ? { id: own.id, company: own.company } : {}) }, candidates)[0];
}
