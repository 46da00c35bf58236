import { QueueLimits } from '@/lib/core/queue/queue-reply';
import { readReply } from '@/lib/messaging/client';
import { EARLY_QUEUE_MESSAGE, sendEarlyQueueRequest, takeEarlyQueueReply } from '@/lib/messaging/early-queue-request';
import { Envelope, PROTOCOL } from '@/lib/messaging/protocol';

describe('the popup\u2019s early queue request', () => {
  afterEach(() => {
    takeEarlyQueueReply();
  });

  it('asks for what the popup asks for first, in a message the worker accepts', () => {
    const envelope = Envelope.parse(EARLY_QUEUE_MESSAGE);
    expect(envelope.name).toBe('getTodayQueue');
    expect(PROTOCOL.getTodayQueue.request.parse(envelope.request)).toEqual({ limits: QueueLimits.parse(undefined) });
  });

  it('leaves the raw reply for the app, which takes it once', async () => {
    const transport = vi.fn(async () => ({ ok: true, response: 'the raw reply' }));
    sendEarlyQueueRequest(transport);
    expect(transport).toHaveBeenCalledWith(EARLY_QUEUE_MESSAGE);
    expect(await takeEarlyQueueReply()).toEqual({ ok: true, response: 'the raw reply' });
    expect(takeEarlyQueueReply()).toBeUndefined();
  });

  it('has nothing to give when the early script did not run', () => {
    expect(takeEarlyQueueReply()).toBeUndefined();
  });

  it('hands a refusal to the app, read like any reply, and raises nothing before', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    sendEarlyQueueRequest(async () => ({ ok: false, error: 'The worker said no.' }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const taken = takeEarlyQueueReply();
    await expect(taken?.then((raw) => readReply('getTodayQueue', raw))).rejects.toThrow('The worker said no.');
    sendEarlyQueueRequest(() => Promise.reject(new Error('No worker.')));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(takeEarlyQueueReply()).rejects.toThrow('No worker.');
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
