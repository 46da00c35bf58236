import { askEarly } from '@/lib/messaging/ask-early';

describe('asking early', () => {
  it('sends at once, answers the first matching call from that request, and asks afresh after', async () => {
    let sent = 0;
    const ask = vi.fn(async (args: { page: number }) => `reply ${(sent += 1)} for page ${args.page}`);
    const load = askEarly(ask, { page: 5 });
    expect(ask).toHaveBeenCalledTimes(1);
    expect(await load({ page: 5 })).toBe('reply 1 for page 5');
    expect(ask).toHaveBeenCalledTimes(1);
    expect(await load({ page: 5 })).toBe('reply 2 for page 5');
  });

  it('answers the first matching call from a request another script already sent, without sending it again', async () => {
    const ask = vi.fn(async (args: { page: number }) => `asked for page ${args.page}`);
    const load = askEarly(ask, { page: 3 }, Promise.resolve('sent before the app'));
    expect(await load({ page: 3 })).toBe('sent before the app');
    expect(ask).not.toHaveBeenCalled();
    expect(await load({ page: 3 })).toBe('asked for page 3');
  });

  it('asks again when the early request stays silent, and takes whichever answers first', async () => {
    vi.useFakeTimers();
    try {
      const ask = vi.fn(async () => 'asked again');
      const lost = new Promise<string>(() => undefined);
      const load = askEarly(ask, { page: 3 }, lost, 1_500);
      const answer = load({ page: 3 });
      await vi.advanceTimersByTimeAsync(1_499);
      expect(ask).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(ask).toHaveBeenCalledTimes(1);
      expect(await answer).toBe('asked again');
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not ask again when the early request answers in time', async () => {
    vi.useFakeTimers();
    try {
      const ask = vi.fn(async () => 'asked again');
      const load = askEarly(
        ask,
        { page: 3 },
        new Promise((resolve) => setTimeout(() => resolve('early'), 1_000)),
        1_500,
      );
      const answer = load({ page: 3 });
      await vi.advanceTimersByTimeAsync(5_000);
      expect(await answer).toBe('early');
      expect(ask).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks afresh when the first call wants something else', async () => {
    const ask = vi.fn(async (args: { page: number }) => args.page);
    const load = askEarly(ask, { page: 5 });
    expect(await load({ page: 25 })).toBe(25);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('hands a refusal to the caller and raises nothing before', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const load = askEarly(async () => Promise.reject(new Error('The worker said no.')), {});
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(load({})).rejects.toThrow('The worker said no.');
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  describe('peeking at the early answer', () => {
    it('shows nothing until the answer has come, then shows it without taking it', async () => {
      let answer: (value: string) => void = () => undefined;
      const ask = vi.fn(async () => 'asked again');
      const load = askEarly(ask, { page: 3 }, new Promise<string>((resolve) => (answer = resolve)));
      expect(load.peek({ page: 3 })).toBeUndefined();
      answer('early');
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(load.peek({ page: 3 })).toBe('early');
      expect(load.peek({ page: 3 })).toBe('early');
      expect(await load({ page: 3 })).toBe('early');
      expect(ask).not.toHaveBeenCalled();
    });

    it('shows nothing for other arguments, after a call has taken the answer, or after a refusal', async () => {
      const answered = askEarly(async () => 'asked again', { page: 3 }, Promise.resolve('early'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(answered.peek({ page: 4 })).toBeUndefined();
      await answered({ page: 3 });
      expect(answered.peek({ page: 3 })).toBeUndefined();

      let answer: (value: string) => void = () => undefined;
      const takenBeforeItCame = askEarly(
        async () => 'asked again',
        { page: 3 },
        new Promise<string>((resolve) => (answer = resolve)),
      );
      const taken = takenBeforeItCame({ page: 3 });
      answer('early');
      expect(await taken).toBe('early');
      expect(takenBeforeItCame.peek({ page: 3 })).toBeUndefined();

      const refused = askEarly(async () => 'asked again', { page: 3 }, Promise.reject(new Error('no')));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(refused.peek({ page: 3 })).toBeUndefined();
    });
  });
});
