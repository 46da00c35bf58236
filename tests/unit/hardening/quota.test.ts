import { STORAGE_FULL_MESSAGE } from '@/lib/handlers/errors-in-words';
import { readSampleBackup } from '../db/sample-backup';
import { openSeededWorld } from './seeded-world';

/**
 * Makes IndexedDB refuse writes once `allowed` of them went through, as a full disk does part-way
 * through a write: the object store throws a DOMException named QuotaExceededError.
 */
function fillTheDiskAfter(allowed: number) {
  let writes = 0;
  const refuse = <A extends unknown[], R>(write: (...args: A) => R) =>
    function (this: IDBObjectStore, ...args: A): R {
      writes += 1;
      if (writes > allowed) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return write.apply(this, args);
    };
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(refuse(IDBObjectStore.prototype.put));
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(refuse(IDBObjectStore.prototype.add));
  return { writes: () => writes };
}

const freshBackup = () => {
  const backup = readSampleBackup();
  backup.prospects = backup.prospects.map((prospect) => ({ ...prospect, notes: 'From the other laptop.' }));
  return backup;
};

/** Writes that touch several tables at once, sent as the popup, the options page and the banner send them. */
const SCENARIOS: [string, unknown][] = [
  [
    'restoring a backup over everything',
    { name: 'restoreBackup', request: { document: freshBackup(), mode: 'replace' } },
  ],
  ['merging a backup in', { name: 'restoreBackup', request: { document: freshBackup(), mode: 'merge' } }],
  [
    'importing a CSV file',
    {
      name: 'importProspects',
      request: {
        rows: [
          { row: 2, values: { name: 'Ada Lovelace', email: 'ada@analytical.example' } },
          { row: 3, values: { name: 'Grace Hopper', email: 'grace@navy.example' } },
          { row: 4, values: { name: 'María González', email: 'maria.gonzalez@northwind.example', tags: 'csv' } },
        ],
      },
    },
  ],
  [
    'logging a touch',
    {
      name: 'logTouch',
      request: { touchId: 't-new', prospectId: 'p-maria-gonzalez', channel: 'call', outcome: 'no-answer' },
    },
  ],
  [
    'finishing a step',
    { name: 'completeStep', request: { enrollmentId: 'e-maria', outcome: 'replied', touchIdPrefix: 'done-e-maria' } },
  ],
  ['adding a prospect', { name: 'addProspect', request: { name: 'Ada Lovelace', contact: 'ada@analytical.example' } }],
];

describe('a full disk', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(SCENARIOS.flatMap(([label, message]) => [0, 1, 2].map((allowed) => [label, allowed, message] as const)))(
    '%s with %i write(s) let through says so in words and loses nothing stored',
    async (_label, allowed, message) => {
      const world = await openSeededWorld();
      const before = await world.snapshot();
      const disk = fillTheDiskAfter(allowed);
      const reply = await world.send(message);
      vi.restoreAllMocks();
      expect(disk.writes()).toBeGreaterThan(allowed);
      expect(reply).toEqual({ ok: false, error: STORAGE_FULL_MESSAGE });
      expect(await world.snapshot()).toBe(before);
    },
  );

  it('writes again once there is room', async () => {
    const world = await openSeededWorld();
    fillTheDiskAfter(0);
    const touch = { name: 'logTouch', request: { touchId: 't-new', prospectId: 'p-maria-gonzalez', channel: 'call' } };
    expect(await world.send(touch)).toMatchObject({ ok: false });
    vi.restoreAllMocks();
    expect(await world.send(touch)).toMatchObject({ ok: true });
    expect(await world.db.touches.get('t-new')).toMatchObject({ channel: 'call' });
  });
});
