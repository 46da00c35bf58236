import { CONTENT_KINDS, type ContentItem, type ContentKind, type Touch } from '../model';
import { matchTags, prospectTerms, type ProspectProfile } from './tag-match';

export interface ContentRequest {
  /** The whole library; the order it comes in does not matter. */
  items: readonly ContentItem[];
  prospect: ProspectProfile;
  /** The cadence step's intent; when absent the kind rotates with the step number. */
  intent?: ContentKind;
  /** 1-based, as the queue shows it ("Step 3 of 9"); absent counts as step 1. */
  stepNumber?: number;
  /** What this prospect already received: the contentIds of their touches. */
  sentContentIds: Iterable<string>;
  /**
   * What the rep passed over with "Another": either how many suggestions (the next one is that
   * index of the ranking) or the ids themselves (robust when the library changes in between).
   */
  skip?: number | readonly string[];
}

export interface ContentSuggestion {
  item: ContentItem;
  /** The kind the step asked for; differs from `item.kind` when none of that kind was left. */
  wantedKind: ContentKind;
  /** The item's tags that fit the prospect's tags, company or title. */
  matchedTags: string[];
  /** Why this piece, in words for the popup: 'matches intent "insight"; tagged saas'. */
  reason: string;
}

/** The kind a step asks for: its intent, else the rotation, so consecutive steps never repeat a kind. */
export function wantedContentKind(intent: ContentKind | undefined, stepNumber = 1): ContentKind {
  if (intent) return intent;
  const count = CONTENT_KINDS.length;
  const step = Number.isFinite(stepNumber) ? Math.trunc(stepNumber) : 1;
  return CONTENT_KINDS[(((step - 1) % count) + count) % count] ?? 'value';
}

/** The wanted kind first, then the others in rotation order after it, so fallbacks rotate too. */
function kindPreference(wanted: ContentKind): ContentKind[] {
  const start = CONTENT_KINDS.indexOf(wanted);
  return CONTENT_KINDS.map((_, offset) => CONTENT_KINDS[(start + offset) % CONTENT_KINDS.length] ?? wanted);
}

/** Case-insensitive title, then exact title, then id: no locale data, so every machine agrees. */
function compareByTitleThenId(a: ContentItem, b: ContentItem): number {
  const byCode = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);
  return byCode(a.title.toLowerCase(), b.title.toLowerCase()) || byCode(a.title, b.title) || byCode(a.id, b.id);
}

function whyWantedKind(wanted: ContentKind, intent: ContentKind | undefined, stepNumber: number): string {
  return intent ? `matches intent "${wanted}"` : `step ${stepNumber} rotates to "${wanted}"`;
}

function reasonFor(item: ContentItem, matchedTags: string[], wanted: ContentKind, request: ContentRequest): string {
  const why =
    item.kind === wanted
      ? whyWantedKind(wanted, request.intent, request.stepNumber ?? 1)
      : `no more "${wanted}" to suggest, so "${item.kind}"`;
  return matchedTags.length > 0 ? `${why}; tagged ${matchedTags.join(', ')}` : why;
}

function rankSuggestions(request: ContentRequest, passedOver: ReadonlySet<string>): ContentSuggestion[] {
  const wanted = wantedContentKind(request.intent, request.stepNumber);
  const kindRank = new Map(kindPreference(wanted).map((kind, index) => [kind, index]));
  const sent = new Set(request.sentContentIds);
  const terms = prospectTerms(request.prospect);
  return request.items
    .filter((item) => !sent.has(item.id) && !passedOver.has(item.id))
    .map((item) => ({ item, ...matchTags(item, terms) }))
    .sort(
      (a, b) =>
        (kindRank.get(a.item.kind) ?? 0) - (kindRank.get(b.item.kind) ?? 0) ||
        b.score - a.score ||
        compareByTitleThenId(a.item, b.item),
    )
    .map(({ item, matchedTags }) => ({
      item,
      wantedKind: wanted,
      matchedTags,
      reason: reasonFor(item, matchedTags, wanted, request),
    }));
}

/** Every unsent piece, best first (wanted kind, then tag fit, then title and id): the list "Another" walks. */
export function rankContent(request: Omit<ContentRequest, 'skip'>): ContentItem[] {
  return rankSuggestions(request, new Set()).map((suggestion) => suggestion.item);
}

/**
 * The piece for the next touch, or null when nothing unsent is left (or "Another" ran past the
 * end: the popup can then start over with `skip: 0`).
 */
export function suggestContent(request: ContentRequest): ContentSuggestion | null {
  const { skip = 0 } = request;
  if (typeof skip !== 'number') return rankSuggestions(request, new Set(skip))[0] ?? null;
  const index = Number.isNaN(skip) ? 0 : Math.max(0, Math.trunc(skip));
  return rankSuggestions(request, new Set())[index] ?? null;
}

/** The ids to pass as `sentContentIds`: what the prospect's touches carried. */
export function sentContentIdsOf(touches: readonly Pick<Touch, 'contentId'>[]): string[] {
  return touches.flatMap((touch) => (touch.contentId ? [touch.contentId] : []));
}
