import type { ContentItem, Prospect } from '../model';

/** What a suggestion needs to know about the prospect to prefer pieces that fit them. */
export type ProspectProfile = Pick<Prospect, 'tags' | 'company' | 'title'>;

/**
 * A rep's tag is a deliberate label, so it outweighs a word guessed from the company name or
 * job title ("Northwind Logistics" → logistics, "VP Finance" → finance).
 */
const TAG_WEIGHT = 2;
const WORD_WEIGHT = 1;

/** Shorter words ("a", "&") would only add noise; two letters keeps "it", "hr", "ai". */
const MIN_WORD_LENGTH = 2;

export interface TagMatch {
  score: number;
  /** The item's tags that fit the prospect, as the item spells them. */
  matchedTags: string[];
}

/** "Supply Chain", "supply_chain" and "supply-chain" are one tag. */
export function normalizeTag(tag: string): string {
  return tag
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

function wordsOf(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= MIN_WORD_LENGTH);
}

/** Each term the prospect is known by, with the weight a piece tagged with it earns. */
export function prospectTerms(prospect: ProspectProfile): Map<string, number> {
  const terms = new Map<string, number>();
  for (const word of [...wordsOf(prospect.company), ...wordsOf(prospect.title)]) {
    terms.set(word, WORD_WEIGHT);
  }
  for (const tag of prospect.tags) {
    terms.set(normalizeTag(tag), TAG_WEIGHT);
  }
  return terms;
}

/** How well a piece fits the prospect: exact tag equality after normalizing, never substrings. */
export function matchTags(item: Pick<ContentItem, 'tags'>, terms: ReadonlyMap<string, number>): TagMatch {
  let score = 0;
  const matchedTags: string[] = [];
  const seen = new Set<string>();
  for (const tag of item.tags) {
    const normalized = normalizeTag(tag);
    const weight = terms.get(normalized);
    if (weight === undefined || seen.has(normalized)) continue;
    seen.add(normalized);
    score += weight;
    matchedTags.push(tag);
  }
  return { score, matchedTags };
}
