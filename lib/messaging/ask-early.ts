/**
 * Sends a request now and answers the first call with the same arguments from it: the popup asks
 * for its queue before React starts, so the worker reads while the page is being built. Every
 * later call, or a first call with other arguments, asks afresh.
 */
export function askEarly<A, T>(ask: (args: A) => Promise<T>, args: A): (args: A) => Promise<T> {
  let early: Promise<T> | null = ask(args);
  // A refusal is reported to whoever takes the answer, not as an unhandled rejection meanwhile.
  early.catch(() => undefined);
  const earlyArgs = JSON.stringify(args);
  return (next) => {
    const answer = early && JSON.stringify(next) === earlyArgs ? early : ask(next);
    early = null;
    return answer;
  };
}
