import { QueueLimits } from '@/lib/core/queue/queue-reply';
import { readReply } from '@/lib/messaging/client';
import {
  EARLY_QUEUE_MESSAGE,
  type EarlyQueueSources,
  sendEarlyQueueRequest,
  takeEarlyQueueAnswer,
} from '@/lib/messaging/early-queue-request';
import { Envelope, PROTOCOL } from '@/lib/messaging/protocol';

const NOW = Date.parse('2026-11-25T09:00:00.000Z');
const WORKER_REPLY = { ok: true, response: 'the raw reply' };

function sources(
  snapshot: () => Promise<unknown>,
  transport = vi.fn(async (_message: unknown): Promise<unknown> => WORKER_REPLY),
) {
  return { readSnapshot: snapshot, transport, now: () => NOW } satisfies EarlyQueueSources;
}

describe('the popup\u2019s early queue request', () => {
  afterEach(() => {
    takeEarlyQueueAnswer();
  });

  it('asks for what the popup asks for first, in a message the worker accepts', () => {
    const envelope = Envelope.parse(EARLY_QUEUE_MESSAGE);
    expect(envelope.name).toBe('getTodayQueue');
    expect(PROTOCOL.getTodayQueue.request.parse(envelope.request)).toEqual({ limits: QueueLimits.parse(undefined) });
  });

  it('takes a snapshot that has not expired, without asking the worker', async () => {
    const snapshot = { validUntil: '2026-11-25T09:00:00.001Z', reply: 'unchecked here' };
    const early = sources(async () => snapshot);
    sendEarlyQueueRequest(early);
    expect(await takeEarlyQueueAnswer()).toEqual({ raw: snapshot, fromSnapshot: true });
    expect(early.transport).not.toHaveBeenCalled();
  });

  it.each([
    ['has expired', { validUntil: '2026-11-25T09:00:00.000Z', reply: {} }],
    ['has no expiry', { reply: {} }],
    ['has an expiry that is not a time', { validUntil: 'soon', reply: {} }],
    ['is not an object', 'a string'],
    ['is not there', undefined],
  ])('asks the worker when the snapshot %s', async (_case, snapshot) => {
    const early = sources(async () => snapshot);
    sendEarlyQueueRequest(early);
    expect(await takeEarlyQueueAnswer()).toEqual({ raw: WORKER_REPLY, fromSnapshot: false });
    expect(early.transport).toHaveBeenCalledWith(EARLY_QUEUE_MESSAGE);
  });

  it('asks the worker when session storage cannot be read', async () => {
    const early = sources(() => Promise.reject(new Error('storage.session is unavailable')));
    sendEarlyQueueRequest(early);
    expect(await takeEarlyQueueAnswer()).toEqual({ raw: WORKER_REPLY, fromSnapshot: false });
  });

  it('leaves the answer for the app, which takes it once', async () => {
    sendEarlyQueueRequest(sources(async () => undefined));
    expect(await takeEarlyQueueAnswer()).toBeDefined();
    expect(takeEarlyQueueAnswer()).toBeUndefined();
  });

  it('has nothing to give when the early script did not run', () => {
    expect(takeEarlyQueueAnswer()).toBeUndefined();
  });

  it('hands a refusal to the app, read like any reply, and raises nothing before', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    sendEarlyQueueRequest(
      sources(
        async () => undefined,
        vi.fn(async () => ({ ok: false, error: 'The worker said no.' }) as unknown),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    const taken = takeEarlyQueueAnswer();
    await expect(taken?.then(({ raw }) => readReply('getTodayQueue', raw))).rejects.toThrow('The worker said no.');
    sendEarlyQueueRequest(
      sources(
        async () => undefined,
        vi.fn((): Promise<unknown> => Promise.reject(new Error('No worker.'))),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(takeEarlyQueueAnswer()).rejects.toThrow('No worker.');
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
