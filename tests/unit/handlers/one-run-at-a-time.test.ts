import { oneRunAtATime } from '@/lib/handlers/one-run-at-a-time';

/** A task whose runs the test finishes one by one, recording what each run "read" when it started. */
function controlledTask(source: { value: number }) {
  const finishers: (() => void)[] = [];
  const reads: number[] = [];
  let active = 0;
  let overlapped = false;
  const task = () => {
    reads.push(source.value);
    active += 1;
    overlapped ||= active > 1;
    return new Promise<void>((resolve) => {
      finishers.push(() => {
        active -= 1;
        resolve();
      });
    });
  };
  const finishNext = async () => {
    finishers.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { task, reads, finishNext, overlapped: () => overlapped, pending: () => finishers.length };
}

describe('oneRunAtATime', () => {
  it('runs at once when idle', async () => {
    const source = { value: 1 };
    const { task, reads, finishNext } = controlledTask(source);
    const refresh = oneRunAtATime(task);
    const done = refresh();
    expect(reads).toEqual([1]);
    await finishNext();
    await done;
  });

  it('never overlaps runs, and the last run starts after the last call, so it reads the last write', async () => {
    const source = { value: 1 };
    const { task, reads, finishNext, overlapped, pending } = controlledTask(source);
    const refresh = oneRunAtATime(task);
    const first = refresh();
    source.value = 2;
    const second = refresh();
    source.value = 3;
    const third = refresh();
    expect(second).toBe(third);
    await finishNext();
    expect(pending()).toBe(1);
    await finishNext();
    await Promise.all([first, second, third]);
    expect(reads).toEqual([1, 3]);
    expect(overlapped()).toBe(false);
  });

  it('runs again after a failed run', async () => {
    let calls = 0;
    const refresh = oneRunAtATime(async () => {
      calls += 1;
      if (calls === 1) throw new Error('The badge could not be set.');
    });
    const failed = refresh();
    const next = refresh();
    await expect(failed).rejects.toThrow('The badge could not be set.');
    await next;
    expect(calls).toBe(2);
  });
});
