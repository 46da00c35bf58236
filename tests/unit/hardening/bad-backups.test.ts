import fc from 'fast-check';
import { readBackupText } from '@/lib/core/backup';
import { malformedBackupArb, type MalformedBackup } from './malformed-backups';
import { openSeededWorld, type SeededWorld } from './seeded-world';
import { whyNotWorded } from './worded-rejection';

/** Hundreds of inputs against a real (fake-indexeddb) database take a while on a busy machine. */
const TIMEOUT_MS = 120_000;
const RUNS = 300;

/**
 * The options page's path for a chosen file: read the text, preview, then restore either way. The
 * preview only counts records, so a reference it cannot check yet (merge may resolve it) passes it.
 */
async function refusals(world: SeededWorld, input: MalformedBackup): Promise<string[]> {
  let document: unknown;
  if ('text' in input) {
    try {
      document = readBackupText(input.text, 'backup.json');
    } catch (error) {
      return [(error as Error).message];
    }
  } else {
    document = input.document;
  }
  const preview = await world.send({ name: 'previewBackup', request: { document } });
  if (preview.ok !== (input.kind === 'dangling reference')) return ['the preview was wrong about it'];
  const replies = [
    ...(preview.ok ? [] : [preview]),
    await world.send({ name: 'restoreBackup', request: { document, mode: 'replace' } }),
    await world.send({ name: 'restoreBackup', request: { document, mode: 'merge' } }),
  ];
  return replies.map((reply) => (reply.ok ? 'accepted' : reply.error));
}

describe('malformed backups', () => {
  it(
    `refuses ${RUNS} generated malformed backups in words, both modes, and changes nothing`,
    async () => {
      const world = await openSeededWorld();
      const before = await world.snapshot();
      const tried = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(malformedBackupArb, async (input) => {
          tried.set(input.kind, (tried.get(input.kind) ?? 0) + 1);
          for (const message of await refusals(world, input)) {
            expect(message, input.kind).not.toMatch(/^(accepted|the preview was wrong about it)$/);
            expect(whyNotWorded(message), message).toBeNull();
            expect(message).toMatch(input.names);
          }
          expect(await world.snapshot()).toBe(before);
        }),
        { numRuns: RUNS },
      );
      console.info('Malformed backups tried, by kind:', Object.fromEntries(tried));
      expect([...tried.values()].reduce((sum, count) => sum + count, 0)).toBe(RUNS);
      expect([...tried.keys()].sort()).toEqual([
        'dangling reference',
        'duplicate id',
        'huge string',
        'missing field',
        'missing table',
        'not JSON',
        'not an object',
        'wrong format',
        'wrong type',
        'wrong version',
      ]);
    },
    TIMEOUT_MS,
  );
});
