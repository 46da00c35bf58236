import type { EarlyQueueAnswer } from '@/lib/messaging/early-queue-request';
import { readFirstQueue } from '@/lib/messaging/queue-snapshot';
import { makeProspect } from '../../factories';
import { makeQueue, makeStepItem } from '../../factories/queue';

const queueOf = (name: string) => ({
  queue: makeQueue({ overdue: [makeStepItem({ prospect: makeProspect({ name }) })] }),
  suggestions: {},
});
const fromSnapshot = (raw: unknown): Promise<EarlyQueueAnswer> => Promise.resolve({ raw, fromSnapshot: true });

describe('the popup\u2019s first page, read from what popup-early.js fetched', () => {
  it('reads a snapshot with the same checks as a reply, and says it came from one', async () => {
    const askWorker = vi.fn(async () => queueOf('From the worker'));
    const first = await readFirstQueue(
      fromSnapshot({ validUntil: '2026-11-25T13:00:00.000Z', reply: queueOf('Grace Hopper') }),
      askWorker,
    );
    expect(first.fromSnapshot).toBe(true);
    expect(first.queue.queue.overdue[0]?.prospect.name).toBe('Grace Hopper');
    expect(askWorker).not.toHaveBeenCalled();
  });

  it('asks the worker instead of a snapshot that does not read, and says why in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = { validUntil: '2026-11-25T13:00:00.000Z', reply: { queue: 'not a queue', suggestions: {} } };
    const first = await readFirstQueue(fromSnapshot(broken), async () => queueOf('From the worker'));
    expect(first).toMatchObject({
      fromSnapshot: false,
      queue: { queue: { overdue: [{ prospect: { name: 'From the worker' } }] } },
    });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('reply.queue'));
    warn.mockRestore();
  });

  it('reads the worker\u2019s reply as any reply: a refusal becomes its words', async () => {
    const worker = (raw: unknown): Promise<EarlyQueueAnswer> => Promise.resolve({ raw, fromSnapshot: false });
    const askWorker = vi.fn(async () => queueOf('unused'));
    const first = await readFirstQueue(worker({ ok: true, response: queueOf('Ada Lovelace') }), askWorker);
    expect(first).toMatchObject({
      fromSnapshot: false,
      queue: { queue: { overdue: [{ prospect: { name: 'Ada Lovelace' } }] } },
    });
    await expect(readFirstQueue(worker({ ok: false, error: 'The worker said no.' }), askWorker)).rejects.toThrow(
      'The worker said no.',
    );
    expect(askWorker).not.toHaveBeenCalled();
  });
});
