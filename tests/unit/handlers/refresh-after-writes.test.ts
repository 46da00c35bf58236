import { PROTOCOL, type MessageName } from '@/lib/messaging/protocol';
import type { Handlers } from '@/lib/messaging/router';
import { READ_ONLY_MESSAGES, refreshAfterWrites } from '@/lib/handlers/refresh-after-writes';

const NAMES = Object.keys(PROTOCOL) as MessageName[];

function answeringHandlers(answer: () => Promise<unknown>): Handlers {
  return Object.fromEntries(NAMES.map((name) => [name, answer])) as unknown as Handlers;
}

describe('refresh after writes', () => {
  it.each(NAMES)('%s refreshes unless it only reads', async (name) => {
    const refresh = vi.fn(async () => undefined);
    const handlers = refreshAfterWrites(
      answeringHandlers(async () => 'answer'),
      refresh,
      vi.fn(),
    );
    const handler = handlers[name] as (request: unknown) => Promise<unknown>;
    expect(await handler({})).toBe('answer');
    expect(refresh).toHaveBeenCalledTimes(READ_ONLY_MESSAGES.has(name) ? 0 : 1);
  });

  it('does not refresh after a failed write, and the failure reaches the sender', async () => {
    const refresh = vi.fn(async () => undefined);
    const handlers = refreshAfterWrites(
      answeringHandlers(() => Promise.reject(new Error('Disk full.'))),
      refresh,
      vi.fn(),
    );
    await expect(handlers.saveProspect({} as never)).rejects.toThrow('Disk full.');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('keeps a successful write successful when the refresh fails, and logs why', async () => {
    const logFailure = vi.fn();
    const failure = new Error('alarms unavailable');
    const handlers = refreshAfterWrites(
      answeringHandlers(async () => 'saved'),
      () => Promise.reject(failure),
      logFailure,
    );
    expect(await handlers.saveProspect({} as never)).toBe('saved');
    expect(logFailure).toHaveBeenCalledWith(failure);
  });
});
