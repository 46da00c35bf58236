import fc from 'fast-check';
import { malformedMessageArb } from './malformed-messages';
import { openSeededWorld } from './seeded-world';
import { whyNotWorded } from './worded-rejection';

/** Hundreds of inputs against a real (fake-indexeddb) database take a while on a busy machine. */
const TIMEOUT_MS = 120_000;
const RUNS = 400;

describe('malformed messages', () => {
  it(
    `refuses ${RUNS} generated malformed messages to the worker in words, changing nothing`,
    async () => {
      const world = await openSeededWorld();
      const before = await world.snapshot();
      const tried = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(malformedMessageArb, async ({ kind, message, names }) => {
          tried.set(kind, (tried.get(kind) ?? 0) + 1);
          const reply = await world.send(message);
          expect(reply.ok, kind).toBe(false);
          if (!reply.ok) {
            expect(whyNotWorded(reply.error), reply.error).toBeNull();
            expect(reply.error).toMatch(names);
          }
          expect(await world.snapshot()).toBe(before);
        }),
        { numRuns: RUNS },
      );
      console.info('Malformed messages tried, by kind:', Object.fromEntries(tried));
      expect([...tried.values()].reduce((sum, count) => sum + count, 0)).toBe(RUNS);
      expect(tried.size).toBe(8);
    },
    TIMEOUT_MS,
  );
});
