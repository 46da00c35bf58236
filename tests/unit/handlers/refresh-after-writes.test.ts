import { PROTOCOL, type MessageName } from '@/lib/messaging/protocol';
import type { Handlers } from '@/lib/messaging/router';
import { READ_ONLY_MESSAGES, refreshAfterWrites } from '@/lib/handlers/refresh-after-writes';

const NAMES = Object.keys(PROTOCOL) as MessageName[];

function answeringHandlers(answer: () => Promise<unknown>): Handlers {
  return Object.fromEntries(NAMES.map((name) => [name, answer])) as unknown as Handlers;
}

describe('refresh after writes', () => {
  it.each(NAMES)('%s is a write (forget the snapshot first, refresh after) unless it only reads', async (name) => {
    const steps: string[] = [];
    const refresh = vi.fn(async () => void steps.push('refresh'));
    const guardWrite = async <T>(write: () => Promise<T>) => {
      steps.push('guard');
      const answer = await write();
      steps.push('guarded');
      return answer;
    };
    const handlers = refreshAfterWrites(
      answeringHandlers(async () => (steps.push('handler'), 'answer')),
      { guardWrite, refresh, logFailure: vi.fn() },
    );
    const handler = handlers[name] as (request: unknown) => Promise<unknown>;
    expect(await handler({})).toBe('answer');
    expect(steps).toEqual(READ_ONLY_MESSAGES.has(name) ? ['handler'] : ['guard', 'handler', 'guarded', 'refresh']);
  });

  it('does not refresh after a failed write, and the failure reaches the sender', async () => {
    const refresh = vi.fn(async () => undefined);
    const handlers = refreshAfterWrites(
      answeringHandlers(() => Promise.reject(new Error('Disk full.'))),
      {
        guardWrite: (write) => write(),
        refresh,
        logFailure: vi.fn(),
      },
    );
    await expect(handlers.saveProspect({} as never)).rejects.toThrow('Disk full.');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('keeps a successful write successful when the refresh fails, and logs why', async () => {
    const logFailure = vi.fn();
    const failure = new Error('alarms unavailable');
    const handlers = refreshAfterWrites(
      answeringHandlers(async () => 'saved'),
      {
        guardWrite: (write) => write(),
        refresh: () => Promise.reject(failure),
        logFailure,
      },
    );
    expect(await handlers.saveProspect({} as never)).toBe('saved');
    expect(logFailure).toHaveBeenCalledWith(failure);
  });
});
