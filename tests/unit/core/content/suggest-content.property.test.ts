import fc from 'fast-check';
import { CONTENT_KINDS, type ContentItem } from '@/lib/core/model';
import { rankContent, suggestContent, type ContentRequest } from '@/lib/core/content';
import { makeContentItem, makeProspect } from '../../../factories';

const TAGS = ['saas', 'logistics', 'finance', 'manufacturing', 'first-touch'];

const libraryArb: fc.Arbitrary<ContentItem[]> = fc
  .uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[a-e]{1,3}$/),
      kind: fc.constantFrom(...CONTENT_KINDS),
      title: fc.constantFrom('Alpha', 'alpha', 'Beta', 'Gamma'),
      tags: fc.subarray(TAGS),
    }),
    { selector: (item) => item.id, maxLength: 25 },
  )
  .map((drawn) => drawn.map((item) => makeContentItem(item)));

const scenarioArb = libraryArb.chain((items) =>
  fc.record({
    items: fc.constant(items),
    sentContentIds: fc.subarray(items.map((item) => item.id)).chain((sent) =>
      // Ids of pieces since deleted from the library must not matter either.
      fc.array(fc.constantFrom('gone-1', 'gone-2'), { maxLength: 2 }).map((gone) => [...sent, ...gone]),
    ),
    intent: fc.option(fc.constantFrom(...CONTENT_KINDS), { nil: undefined }),
    stepNumber: fc.integer({ min: 1, max: 30 }),
    prospectTags: fc.subarray(TAGS),
  }),
);

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer Drawn> ? Drawn : never;

const requestOf = (scenario: Scenario): ContentRequest => ({
  items: scenario.items,
  sentContentIds: scenario.sentContentIds,
  intent: scenario.intent,
  stepNumber: scenario.stepNumber,
  prospect: makeProspect({ tags: scenario.prospectTags }),
});

describe('suggestContent (property)', () => {
  it('never suggests a sent piece, and "Another" by count visits each unsent piece exactly once', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const request = requestOf(scenario);
        const sent = new Set(scenario.sentContentIds);
        const unsent = scenario.items.filter((item) => !sent.has(item.id)).map((item) => item.id);
        const visited: string[] = [];
        for (let skip = 0; skip <= unsent.length; skip += 1) {
          const suggestion = suggestContent({ ...request, skip });
          if (suggestion) visited.push(suggestion.item.id);
        }
        expect(visited.some((id) => sent.has(id))).toBe(false);
        expect(new Set(visited).size).toBe(visited.length);
        expect([...visited].sort()).toEqual([...unsent].sort());
        expect(suggestContent({ ...request, skip: unsent.length })).toBeNull();
      }),
    );
  });

  it('"Another" by ids passed over visits each unsent piece exactly once, then gives null', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const request = requestOf(scenario);
        const sent = new Set(scenario.sentContentIds);
        const passedOver: string[] = [];
        for (let next = suggestContent(request); next; next = suggestContent({ ...request, skip: passedOver })) {
          expect(sent.has(next.item.id)).toBe(false);
          expect(passedOver).not.toContain(next.item.id);
          passedOver.push(next.item.id);
        }
        expect(passedOver.length).toBe(scenario.items.filter((item) => !sent.has(item.id)).length);
      }),
    );
  });

  it('ranks the same whatever order the library comes in', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((scenario) =>
          fc.tuple(
            fc.constant(scenario),
            fc.shuffledSubarray(scenario.items, { minLength: scenario.items.length, maxLength: scenario.items.length }),
          ),
        ),
        ([scenario, shuffled]) => {
          const request = requestOf(scenario);
          expect(rankContent({ ...request, items: shuffled })).toEqual(rankContent(request));
        },
      ),
    );
  });

  it('suggests the wanted kind whenever an unsent piece of that kind exists', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const request = requestOf(scenario);
        const suggestion = suggestContent(request);
        if (!suggestion) return;
        const sent = new Set(scenario.sentContentIds);
        const wantedLeft = scenario.items.some((item) => item.kind === suggestion.wantedKind && !sent.has(item.id));
        expect(suggestion.item.kind === suggestion.wantedKind).toBe(wantedLeft);
      }),
    );
  });
});
