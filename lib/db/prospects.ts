import { Prospect, type ProspectInput } from '../core/model';
import type { FifthTouchDatabase } from './database';
import { parseStored } from './stored-record-error';

export async function saveProspect(db: FifthTouchDatabase, input: ProspectInput): Promise<Prospect> {
  const prospect = Prospect.parse(input);
  await db.prospects.put(prospect);
  return prospect;
}

/** The newest prospects first, through the createdAt index. */
export async function listProspects(db: FifthTouchDatabase, limit: number): Promise<Prospect[]> {
  const records = await db.prospects.orderBy('createdAt').reverse().limit(limit).toArray();
  return records.map((record) => parseStored(Prospect, 'prospects', record));
}

export async function findProspectByEmail(db: FifthTouchDatabase, email: string): Promise<Prospect | undefined> {
  const record = await db.prospects.where('email').equals(email.trim().toLowerCase()).first();
  return record && parseStored(Prospect, 'prospects', record);
}

export async function findProspectByLinkedInUrl(db: FifthTouchDatabase, url: string): Promise<Prospect | undefined> {
  const record = await db.prospects.where('linkedinUrl').equals(url).first();
  return record && parseStored(Prospect, 'prospects', record);
}

function matchesQuery(prospect: Prospect, words: string[]): boolean {
  const haystack = [prospect.name, prospect.email, prospect.company, prospect.title].join(' ').toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * Prospects whose name, email, company or title contain every word of the query. A scan that
 * stops at `limit` matches: fine for a search the rep types (not on the queue's hot path).
 */
export async function searchProspects(db: FifthTouchDatabase, query: string, limit: number): Promise<Prospect[]> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const records = await db.prospects
    .filter((record) => matchesQuery(record, words))
    .limit(limit)
    .toArray();
  return records.map((record) => parseStored(Prospect, 'prospects', record));
}
