import { act, renderHook, waitFor } from '@testing-library/react';
import { useLoaded } from '@/components/use-loaded';

describe('useLoaded', () => {
  it('starts loading, then shows what the loader brought', async () => {
    const { result } = renderHook(() => useLoaded(async () => 'queue'));
    expect(result.current).toEqual({ state: 'loading' });
    await waitFor(() => expect(result.current).toEqual({ state: 'ready', value: 'queue' }));
  });

  it('starts with a value already in hand, and renders nothing more when the first load brings that same value', async () => {
    const inHand = { items: 3 };
    let renders = 0;
    let load: () => void = () => undefined;
    const loader = vi.fn(() => new Promise<typeof inHand>((resolve) => (load = () => resolve(inHand))));
    const { result } = renderHook(() => {
      renders += 1;
      return useLoaded(loader, 0, { inHand: () => inHand });
    });
    expect(result.current).toEqual({ state: 'ready', value: inHand });
    const rendersBeforeTheLoad = renders;
    await act(async () => load());
    expect(loader).toHaveBeenCalledTimes(1);
    expect(renders).toBe(rendersBeforeTheLoad);
  });

  it('replaces the value in hand when the load brings another', async () => {
    const { result } = renderHook(() => useLoaded(async () => 'fresh', 0, { inHand: () => 'in hand' }));
    expect(result.current).toEqual({ state: 'ready', value: 'in hand' });
    await waitFor(() => expect(result.current).toEqual({ state: 'ready', value: 'fresh' }));
  });

  it('starts loading when nothing is in hand yet', () => {
    const { result } = renderHook(() =>
      useLoaded(() => new Promise<string>(() => undefined), 0, { inHand: () => undefined }),
    );
    expect(result.current).toEqual({ state: 'loading' });
  });

  it('loads once more when the first value may be stale, shows the newer one, and asks only once', async () => {
    const loader = vi.fn().mockResolvedValueOnce('snapshot').mockResolvedValueOnce('reply').mockResolvedValue('later');
    const loadAgain = vi.fn(() => true);
    const { result, rerender } = renderHook(({ version }) => useLoaded(loader, version, { loadAgain }), {
      initialProps: { version: 0 },
    });
    await waitFor(() => expect(result.current).toEqual({ state: 'ready', value: 'reply' }));
    rerender({ version: 1 });
    await waitFor(() => expect(result.current).toEqual({ state: 'ready', value: 'later' }));
    expect(loader).toHaveBeenCalledTimes(3);
    expect(loadAgain).toHaveBeenCalledTimes(1);
  });

  it('keeps the value shown when the second load brings equal data as a new object', async () => {
    const first = { names: ['Grace Hopper'] };
    let answerAgain: () => void = () => undefined;
    const loader = vi
      .fn()
      .mockResolvedValueOnce(first)
      .mockReturnValueOnce(new Promise((resolve) => (answerAgain = () => resolve({ names: ['Grace Hopper'] }))));
    const { result } = renderHook(() => useLoaded(loader, 0, { loadAgain: () => true }));
    await waitFor(() => expect(loader).toHaveBeenCalledTimes(2));
    await act(async () => answerAgain());
    // The same object: React skips rendering the views below, which would draw the same queue again.
    expect(result.current.state === 'ready' && result.current.value).toBe(first);
  });

  it('loads once when the first value is fresh', async () => {
    const loader = vi.fn(async () => 'reply');
    const { result } = renderHook(() => useLoaded(loader, 0, { loadAgain: () => false }));
    await waitFor(() => expect(result.current).toEqual({ state: 'ready', value: 'reply' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loader).toHaveBeenCalledTimes(1);
  });
});
