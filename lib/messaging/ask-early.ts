/**
 * Answers the first call with `args` from a request already on its way: the popup's queue is
 * asked for before React starts, so the worker reads while the page is being built. `sent` is
 * that request when another script sent it; otherwise it is sent now. Every later call, or a
 * first call with other arguments, asks afresh.
 */
export function askEarly<A, T>(ask: (args: A) => Promise<T>, args: A, sent: Promise<T> = ask(args)) {
  let early: Promise<T> | null = sent;
  // A refusal is reported to whoever takes the answer, not as an unhandled rejection meanwhile.
  early.catch(() => undefined);
  const earlyArgs = JSON.stringify(args);
  return (next: A): Promise<T> => {
    const answer = early && JSON.stringify(next) === earlyArgs ? early : ask(next);
    early = null;
    return answer;
  };
}
