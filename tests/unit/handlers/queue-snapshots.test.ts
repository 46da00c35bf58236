import { FIRST_QUEUE_LIMITS, QUEUE_MORE } from '@/lib/core/queue/queue-sections';
import type { QueueSnapshot } from '@/lib/core/queue/queue-snapshot';
import { createQueueSnapshots, isFirstPage } from '@/lib/handlers/queue-snapshots';
import { makeQueue } from '../../factories/queue';

const snapshot = (validUntil: string): QueueSnapshot => ({
  validUntil,
  reply: { queue: makeQueue(), suggestions: {} },
});

function world() {
  const stored: { value: QueueSnapshot | undefined } = { value: undefined };
  const store = {
    save: vi.fn(async (value: QueueSnapshot) => void (stored.value = value)),
    forget: vi.fn(async () => void (stored.value = undefined)),
  };
  const logFailure = vi.fn();
  return { stored, store, logFailure, snapshots: createQueueSnapshots(store, logFailure) };
}

/** A read that ends when the test says so. */
function pendingRead(value: QueueSnapshot) {
  let finish: () => void = () => undefined;
  const done = new Promise<QueueSnapshot>((resolve) => (finish = () => resolve(value)));
  return { read: () => done, finish };
}

describe('the kept first page of the queue', () => {
  it('keeps what a read gives and passes it on', async () => {
    const { stored, snapshots } = world();
    const read = snapshot('2026-11-25T13:00:00.000Z');
    expect(await snapshots.readAndKeep(async () => read)).toBe(read);
    expect(stored.value).toBe(read);
  });

  it('forgets what it kept before a write starts, and gives the write\u2019s answer or refusal', async () => {
    const { stored, snapshots } = world();
    await snapshots.readAndKeep(async () => snapshot('2026-11-25T13:00:00.000Z'));
    let keptDuringWrite: QueueSnapshot | undefined = snapshot('2026-11-25T13:00:00.000Z');
    const answer = await snapshots.guardWrite(async () => ((keptDuringWrite = stored.value), 'written'));
    expect(answer).toBe('written');
    expect(keptDuringWrite).toBeUndefined();
    await expect(snapshots.guardWrite(() => Promise.reject(new Error('Disk full.')))).rejects.toThrow('Disk full.');
  });

  it('does not keep a read that a write started during: it may have read before the write', async () => {
    const { stored, snapshots } = world();
    const older = pendingRead(snapshot('2026-11-25T13:00:00.000Z'));
    const reading = snapshots.readAndKeep(older.read);
    await snapshots.guardWrite(async () => 'written');
    older.finish();
    expect(await reading).toEqual(snapshot('2026-11-25T13:00:00.000Z'));
    expect(stored.value).toBeUndefined();
    const after = snapshot('2026-11-25T14:00:00.000Z');
    await snapshots.readAndKeep(async () => after);
    expect(stored.value).toBe(after);
  });

  it('does not keep a read that began while a write was running, nor one during a write that failed', async () => {
    const { stored, snapshots } = world();
    let endWrite: () => void = () => undefined;
    const writing = snapshots.guardWrite(() => new Promise<void>((resolve) => (endWrite = resolve)));
    await snapshots.readAndKeep(async () => snapshot('2026-11-25T13:00:00.000Z'));
    expect(stored.value).toBeUndefined();
    endWrite();
    await writing;
    const failing = pendingRead(snapshot('2026-11-25T13:00:00.000Z'));
    const reading = snapshots.readAndKeep(failing.read);
    await snapshots.guardWrite(() => Promise.reject(new Error('Disk full.'))).catch(() => undefined);
    failing.finish();
    await reading;
    expect(stored.value).toBeUndefined();
  });

  it('lets a write go on, and a read answer, when session storage fails, and logs why', async () => {
    const { store, logFailure, snapshots } = world();
    const failure = new Error('storage.session quota');
    store.forget.mockRejectedValueOnce(failure);
    store.save.mockRejectedValueOnce(failure);
    expect(await snapshots.guardWrite(async () => 'written')).toBe('written');
    const read = snapshot('2026-11-25T13:00:00.000Z');
    expect(await snapshots.readAndKeep(async () => read)).toBe(read);
    expect(logFailure).toHaveBeenCalledTimes(2);
  });

  it('is only the page the popup asks for first', () => {
    expect(isFirstPage(FIRST_QUEUE_LIMITS)).toBe(true);
    expect(isFirstPage({ ...FIRST_QUEUE_LIMITS, overdue: FIRST_QUEUE_LIMITS.overdue + QUEUE_MORE })).toBe(false);
  });
});
