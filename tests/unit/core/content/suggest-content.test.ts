import { type ContentItem, type ContentKind, CONTENT_KINDS } from '@/lib/core/model';
import {
  normalizeTag,
  rankContent,
  sentContentIdsOf,
  suggestContent,
  wantedContentKind,
  type ContentRequest,
} from '@/lib/core/content';
import { makeContentItem, makeProspect, makeTouch } from '../../../factories';

/** One piece of each kind, ids like "value-a", so expectations read as what they are. */
const onePerKind = (): ContentItem[] =>
  CONTENT_KINDS.map((kind) => makeContentItem({ id: `${kind}-a`, kind, title: `${kind} piece` }));

const request = (overrides: Partial<ContentRequest> = {}): ContentRequest => ({
  items: onePerKind(),
  prospect: makeProspect(),
  sentContentIds: [],
  ...overrides,
});

const ids = (items: ContentItem[]) => items.map((item) => item.id);

describe('wantedContentKind', () => {
  test.each<[ContentKind | undefined, number | undefined, ContentKind]>([
    ['insight', 1, 'insight'],
    ['personal', 7, 'personal'],
    [undefined, undefined, 'value'],
    [undefined, 1, 'value'],
    [undefined, 2, 'insight'],
    [undefined, 3, 'education'],
    [undefined, 4, 'news'],
    [undefined, 5, 'personal'],
    [undefined, 6, 'value'],
    [undefined, 12, 'insight'],
    [undefined, 0, 'personal'],
    [undefined, -1, 'news'],
    [undefined, 2.7, 'insight'],
    [undefined, Number.NaN, 'value'],
  ])('intent %s, step %s → %s', (intent, stepNumber, expected) => {
    expect(wantedContentKind(intent, stepNumber)).toBe(expected);
  });

  it('never repeats a kind on consecutive steps, and covers all five in any five steps', () => {
    for (let step = 1; step <= 40; step += 1) {
      expect(wantedContentKind(undefined, step)).not.toBe(wantedContentKind(undefined, step + 1));
      const window = [0, 1, 2, 3, 4].map((offset) => wantedContentKind(undefined, step + offset));
      expect(new Set(window).size).toBe(5);
    }
  });
});

describe('suggestContent: kind', () => {
  test.each<[ContentKind | undefined, number, string, string]>([
    ['insight', 1, 'insight-a', 'matches intent "insight"'],
    ['news', 9, 'news-a', 'matches intent "news"'],
    [undefined, 1, 'value-a', 'step 1 rotates to "value"'],
    [undefined, 3, 'education-a', 'step 3 rotates to "education"'],
    [undefined, 10, 'personal-a', 'step 10 rotates to "personal"'],
  ])('intent %s at step %i suggests %s', (intent, stepNumber, id, reason) => {
    const suggestion = suggestContent(request({ intent, stepNumber }));
    expect(suggestion?.item.id).toBe(id);
    expect(suggestion?.reason).toBe(reason);
    expect(suggestion?.wantedKind).toBe(suggestion?.item.kind);
  });

  it('falls back to the next kinds in rotation order, and says so', () => {
    const ranked = rankContent(request({ intent: 'news', sentContentIds: ['news-a'] }));
    expect(ids(ranked)).toEqual(['personal-a', 'value-a', 'insight-a', 'education-a']);
    const suggestion = suggestContent(request({ intent: 'news', sentContentIds: ['news-a'] }));
    expect(suggestion).toMatchObject({ wantedKind: 'news', reason: 'no more "news" to suggest, so "personal"' });
  });

  it('falls back when the library has no piece of that kind at all', () => {
    const items = [makeContentItem({ id: 'only', kind: 'education' })];
    expect(suggestContent(request({ items, intent: 'value' }))?.reason).toBe(
      'no more "value" to suggest, so "education"',
    );
  });

  test.each<[string, ContentItem[], string[]]>([
    ['an empty library', [], []],
    ['a library the prospect has all received', onePerKind(), ids(onePerKind())],
  ])('returns null for %s', (_, items, sentContentIds) => {
    expect(suggestContent(request({ items, sentContentIds }))).toBeNull();
    expect(rankContent(request({ items, sentContentIds }))).toEqual([]);
  });
});

describe('suggestContent: fit to the prospect', () => {
  const insights = [
    makeContentItem({ id: 'plain', title: 'A plain insight', tags: [] }),
    makeContentItem({ id: 'word', title: 'B logistics insight', tags: ['Logistics'] }),
    makeContentItem({ id: 'tag', title: 'C saas insight', tags: ['saas'] }),
    makeContentItem({ id: 'both', title: 'D both', tags: ['SaaS', 'logistics'] }),
  ];
  const prospect = makeProspect({ tags: ['SaaS'], company: 'Northwind Logistics GmbH', title: 'VP Sales' });

  it("prefers the prospect's tags over company and title words, and both over neither", () => {
    expect(ids(rankContent(request({ items: insights, prospect, intent: 'insight' })))).toEqual([
      'both',
      'tag',
      'word',
      'plain',
    ]);
    expect(suggestContent(request({ items: insights, prospect, intent: 'insight' }))?.reason).toBe(
      'matches intent "insight"; tagged SaaS, logistics',
    );
  });

  it('keeps the wanted kind ahead of a better-tagged piece of another kind', () => {
    const items = [
      makeContentItem({ id: 'news-tagged', kind: 'news', tags: ['saas'] }),
      makeContentItem({ id: 'insight-plain', kind: 'insight' }),
    ];
    expect(suggestContent(request({ items, prospect, intent: 'insight' }))?.item.id).toBe('insight-plain');
  });

  it('matches whole tags only, not parts of words', () => {
    const items = [makeContentItem({ id: 'fin', tags: ['fin'] }), makeContentItem({ id: 'a', title: 'A' })];
    const financeLead = makeProspect({ title: 'Head of Finance', tags: [] });
    expect(suggestContent(request({ items, prospect: financeLead, intent: 'insight' }))?.item.id).toBe('a');
  });

  test.each([
    ['Supply Chain', 'supply-chain'],
    ['supply_chain', 'supply-chain'],
    ['  SaaS ', 'saas'],
  ])('normalizeTag(%j) = %j', (tag, expected) => {
    expect(normalizeTag(tag)).toBe(expected);
  });
});

describe('suggestContent: never twice, and "Another"', () => {
  it('never suggests what the prospect already received', () => {
    const touches = [makeTouch({ contentId: 'value-a' }), makeTouch({}), makeTouch({ contentId: 'insight-a' })];
    const sentContentIds = sentContentIdsOf(touches);
    expect(sentContentIds).toEqual(['value-a', 'insight-a']);
    expect(ids(rankContent(request({ sentContentIds, stepNumber: 1 })))).toEqual([
      'education-a',
      'news-a',
      'personal-a',
    ]);
  });

  it('steps through the ranking by count and ends with null', () => {
    const all = ids(rankContent(request({ intent: 'education' })));
    const cycled = [0, 1, 2, 3, 4].map((skip) => suggestContent(request({ intent: 'education', skip }))?.item.id);
    expect(cycled).toEqual(all);
    expect(suggestContent(request({ intent: 'education', skip: 5 }))).toBeNull();
  });

  it('steps through the ranking by the ids passed over', () => {
    const passedOver: string[] = [];
    for (let next = suggestContent(request()); next; next = suggestContent(request({ skip: passedOver }))) {
      passedOver.push(next.item.id);
    }
    expect(passedOver).toEqual(ids(rankContent(request())));
  });

  test.each([
    [-3, 'value-a'],
    [Number.NaN, 'value-a'],
    [1.9, 'insight-a'],
    [Number.POSITIVE_INFINITY, undefined],
  ])('a skip count of %s gives %s', (skip, expected) => {
    expect(suggestContent(request({ skip }))?.item.id).toBe(expected);
  });
});

describe('suggestContent: determinism', () => {
  it('breaks ties by title (ignoring case), then id, whatever the input order', () => {
    const items = [
      makeContentItem({ id: 'z', title: 'beta' }),
      makeContentItem({ id: 'b', title: 'Alpha' }),
      makeContentItem({ id: 'a', title: 'Alpha' }),
      makeContentItem({ id: 'c', title: 'alpha' }),
    ];
    const expected = ['a', 'b', 'c', 'z'];
    expect(ids(rankContent(request({ items, intent: 'insight' })))).toEqual(expected);
    expect(ids(rankContent(request({ items: [...items].reverse(), intent: 'insight' })))).toEqual(expected);
  });

  it('does not reorder the library it was given', () => {
    const items = onePerKind().reverse();
    const before = ids(items);
    rankContent(request({ items, intent: 'news' }));
    expect(ids(items)).toEqual(before);
  });
});
