import fc from 'fast-check';
import { checkRows, guessMapping, mapRows, readCsvFile, type MappedRow } from '@/lib/core/csv';
import { canonicalProfileUrl } from '@/lib/sites/linkedin/profile-url';
import { malformedCsvArb } from './malformed-csv';
import { openSeededWorld } from './seeded-world';
import { whyNotWorded } from './worded-rejection';

/** Hundreds of inputs against a real (fake-indexeddb) database take a while on a busy machine. */
const TIMEOUT_MS = 120_000;
const RUNS = 300;

/** What the options page makes of a chosen file: a refusal, or the mapped rows and each row's problem. */
function readOnPage(text: string): { refusal: string } | { rows: MappedRow[]; importable: number; errors: string[] } {
  try {
    const table = readCsvFile(text, 'prospects.csv');
    const rows = mapRows(table, guessMapping(table.headers));
    const { valid, errors } = checkRows(rows, canonicalProfileUrl);
    return { rows, importable: valid.length, errors };
  } catch (error) {
    return { refusal: (error as Error).message };
  }
}

function expectWorded(message: string, names: RegExp) {
  expect(whyNotWorded(message), message).toBeNull();
  expect(message).toMatch(names);
}

describe('malformed CSV files', () => {
  it(
    `refuses ${RUNS} generated malformed files on the page and in the worker, in words, changing nothing`,
    async () => {
      const world = await openSeededWorld();
      const before = await world.snapshot();
      const tried = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(malformedCsvArb, async ({ kind, text, names }) => {
          tried.set(kind, (tried.get(kind) ?? 0) + 1);
          const page = readOnPage(text);
          if ('refusal' in page) {
            expectWorded(page.refusal, names);
          } else {
            expect(page.importable, kind).toBe(0);
            expect(page.errors).toHaveLength(page.rows.length);
            page.errors.forEach((error) => expectWorded(error, names));
            // A page is never trusted: the rows it should have held back go to the worker anyway.
            const reply = await world.send({ name: 'importProspects', request: { rows: page.rows } });
            expect(reply.ok, kind).toBe(false);
            if (!reply.ok) expectWorded(reply.error, names);
          }
          expect(await world.snapshot()).toBe(before);
        }),
        { numRuns: RUNS },
      );
      console.info('Malformed CSV files tried, by kind:', Object.fromEntries(tried));
      expect([...tried.values()].reduce((sum, count) => sum + count, 0)).toBe(RUNS);
      expect(tried.size).toBe(9);
    },
    TIMEOUT_MS,
  );
});
