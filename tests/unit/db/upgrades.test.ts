import { readdirSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { Touch } from '@/lib/core/model';
import { digestAllTouches } from '@/lib/core/queue/touch-digest';
import { digestStoredTouches, FifthTouchDatabase, SCHEMA_V2 } from '@/lib/db/database';
import { readQueueInput } from '@/lib/db/queue-source';

interface FrozenVersion {
  version: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

const FIXTURES = 'tests/fixtures/db';
const frozen: FrozenVersion[] = readdirSync(FIXTURES)
  .filter((name) => /^version-\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(`${FIXTURES}/${name}`, 'utf8')) as FrozenVersion)
  .sort((first, second) => first.version - second.version);
const version1 = frozen[0]!;

let opened = 0;
const uniqueName = () => `fifth-touch-upgrade-${process.pid}-${(opened += 1)}`;

/** Writes a frozen copy the way that version stored it: its own schema, its own records. */
async function createFrozen(name: string, copy: FrozenVersion): Promise<void> {
  const old = new Dexie(name);
  old.version(copy.version).stores(copy.stores);
  await old.transaction('rw', Object.keys(copy.tables), async () => {
    for (const [table, records] of Object.entries(copy.tables)) await old.table(table).bulkAdd(records);
  });
  old.close();
}

/** Every table's records in primary-key order, as a plain document to compare. */
async function contentsOf(db: Dexie, tables: string[]): Promise<Record<string, unknown[]>> {
  const contents: Record<string, unknown[]> = {};
  for (const table of tables) contents[table] = await db.table(table).toArray();
  return contents;
}

function sortedLikeTheStore(copy: FrozenVersion): Record<string, unknown[]> {
  const keyOf = (table: string) => copy.stores[table]!.split(',')[0]!.trim();
  return Object.fromEntries(
    Object.entries(copy.tables).map(([table, records]) => [
      table,
      [...records].sort((first, second) => String(first[keyOf(table)]).localeCompare(String(second[keyOf(table)]))),
    ]),
  );
}

describe('database upgrades', () => {
  it('has a frozen copy of every shipped version, 1 up to the current one, the newest matching the code', () => {
    const current = new FifthTouchDatabase(() => new Date(), uniqueName());
    expect(frozen.map((copy) => copy.version)).toEqual(Array.from({ length: current.verno }, (_, index) => index + 1));
    const indexesOf = (schema: string) => schema.split(',').map((part) => part.trim());
    const inCode = Object.fromEntries(
      current.tables.map(({ name, schema }) => [
        name,
        [schema.primKey.src, ...schema.indexes.map((index) => index.src)],
      ]),
    );
    const newest = frozen.at(-1);
    const frozenIndexes = Object.entries(newest?.stores ?? {}).map(([name, schema]) => [name, indexesOf(schema)]);
    expect(Object.fromEntries(frozenIndexes)).toEqual(inCode);
  });

  it.each(frozen.map((copy) => [copy.version, copy] as const))(
    'version %i opens under the current schema with nothing lost',
    async (_version, copy) => {
      const name = uniqueName();
      await createFrozen(name, copy);
      const db = new FifthTouchDatabase(() => new Date(), name);
      const tables = Object.keys(copy.tables);
      expect(await contentsOf(db, tables)).toEqual(sortedLikeTheStore(copy));
      const touches = (copy.tables.touches ?? []).map((touch) => Touch.parse(touch));
      expect((await db.touchDigests.toArray()).sort((a, b) => a.prospectId.localeCompare(b.prospectId))).toEqual(
        digestAllTouches(touches).sort((a, b) => a.prospectId.localeCompare(b.prospectId)),
      );
      const queue = await readQueueInput(db, new Date('2026-11-20T11:00:00.000Z'), 'Europe/Berlin');
      expect(queue.touchDigests.find((digest) => digest.prospectId === 'p-maria-gonzalez')?.yeses).toHaveLength(1);
      db.close();
    },
  );

  it('an upgrade stopped half way leaves version 1 as it was, and the next start upgrades it', async () => {
    const name = uniqueName();
    await createFrozen(name, version1);
    const interrupted = new Dexie(name);
    interrupted.version(1).stores(version1.stores);
    interrupted
      .version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (transaction) => {
        await digestStoredTouches(transaction);
        throw new Error('The service worker was stopped during the upgrade.');
      });
    await expect(interrupted.open()).rejects.toThrow(/stopped during the upgrade/);
    interrupted.close();

    const asStored = new Dexie(name);
    await asStored.open();
    expect(asStored.verno).toBe(1);
    expect(asStored.tables.map((table) => table.name)).not.toContain('touchDigests');
    expect(await contentsOf(asStored, Object.keys(version1.tables))).toEqual(sortedLikeTheStore(version1));
    asStored.close();

    const db = new FifthTouchDatabase(() => new Date(), name);
    expect(await db.touchDigests.count()).toBe(new Set(version1.tables.touches!.map((t) => t.prospectId)).size);
    db.close();
  });

  it('version 2 → 3 settles due times that mean nothing to do, and touches nothing else', async () => {
    const version2 = frozen.find((copy) => copy.version === 2)!;
    const tables = structuredClone(version2.tables);
    const upgradedAt = new Date('2026-11-23T18:00:00.000Z');
    const stale = { nextDueAt: '2026-11-24T10:00:00.000Z', history: [], channelsDone: [] };
    const enrollment = (id: string, prospectId: string, extra: Record<string, unknown> = {}) => ({
      id,
      prospectId,
      cadenceId: 'playbook-28-day',
      startedAt: '2026-11-01T09:00:00.000Z',
      stepIndex: 2,
      ...stale,
      ...extra,
    });
    const prospect = (id: string, status: string) => ({
      ...tables.prospects![0]!,
      id,
      email: `${id}@example.com`,
      status,
    });
    tables.prospects!.push(prospect('won-deal', 'won'), prospect('lost-deal', 'lost'), {
      ...prospect('damaged', 'won'),
      name: 42,
    });
    tables.enrollments!.push(
      enrollment('e-won', 'won-deal'),
      enrollment('e-finished', 'p-kenji-watanabe', { stepIndex: 9 }),
      enrollment('e-paused', 'p-kenji-watanabe', { pausedAt: '2026-11-20T09:00:00.000Z' }),
      enrollment('e-damaged', 'damaged'),
    );
    const openTask = (id: string, prospectId: string) => ({
      id,
      prospectId,
      kind: 'callback',
      status: 'open',
      dueAt: '2026-11-24T15:00:00.000Z',
      note: '',
    });
    tables.tasks!.push(openTask('t-lost', 'lost-deal'), openTask('t-damaged', 'damaged'));
    const name = uniqueName();
    await createFrozen(name, { ...version2, tables });

    const db = new FifthTouchDatabase(() => upgradedAt, name);
    const enrollments = new Map((await db.enrollments.toArray()).map((record) => [record.id, record]));
    for (const id of ['e-won', 'e-finished', 'e-paused']) expect(enrollments.get(id)?.nextDueAt).toBeUndefined();
    expect(enrollments.get('e-damaged')?.nextDueAt).toBe(stale.nextDueAt);
    expect(enrollments.get('e-maria')?.nextDueAt).toBe('2026-11-20T10:00:00.000Z');
    const tasks = new Map((await db.tasks.toArray()).map((record) => [record.id, record]));
    expect(tasks.get('t-lost')).toMatchObject({ status: 'done', doneAt: upgradedAt.toISOString() });
    expect(tasks.get('t-damaged')?.status).toBe('open');
    expect(tasks.get('task-callback-maria')?.status).toBe('open');
    expect(await db.enrollments.where('[stepIndex+nextDueAt]').between([3, ''], [3, '\uffff']).primaryKeys()).toEqual([
      'e-maria',
    ]);
    db.close();
  });
});
