import { observePage } from '@/lib/in-page/observe-page';

const flushMutations = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('observePage', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it('reacts to the first change at once, then at most once per interval with a trailing call', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    // A long interval, so a loaded machine cannot stretch the burst below past it.
    observePage(document.body, onChange, controller.signal, 500);
    document.body.append(document.createElement('div'));
    await flushMutations();
    expect(onChange).toHaveBeenCalledTimes(1);
    for (let index = 0; index < 5; index += 1) {
      document.body.append(document.createElement('span'));
      await flushMutations();
    }
    expect(onChange).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2), { timeout: 3_000 });
    controller.abort();
  });

  it('stops when the content script is invalidated', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    observePage(document.body, onChange, controller.signal, 40);
    controller.abort();
    document.body.append(document.createElement('div'));
    await flushMutations();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(onChange).not.toHaveBeenCalled();
  });
});
