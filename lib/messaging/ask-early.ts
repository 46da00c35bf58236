/**
 * How long the early request may go unanswered before it is asked again. A worker being
 * registered as the browser starts can drop a message sent that early: its promise then never
 * settles, and the popup would say "Loading" for ever. A warm answer takes about 50 ms and a
 * cold worker's about 700 ms here, so asking again after this costs, at worst, one extra read.
 */
export const EARLY_PATIENCE_MS = 1_500;

/** The first of `sent` and, if it is still silent after `patienceMs`, a fresh ask. */
function answerOrAskAgain<T>(sent: Promise<T>, askAgain: () => Promise<T>, patienceMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => askAgain().then(resolve, reject), patienceMs);
    sent.then(
      (answer) => (clearTimeout(timer), resolve(answer)),
      (refusal: unknown) => (clearTimeout(timer), reject(refusal)),
    );
  });
}

/** The early answer on its way, readable without waiting once it has come. */
export interface AskEarly<A, T> {
  (args: A): Promise<T>;
  /**
   * The early answer if it has already come and no call has taken it, for `args` it was asked
   * with; otherwise `undefined`. Reading does not take it: the first call still does.
   */
  peek(args: A): T | undefined;
}

/**
 * Answers the first call with `args` from a request already on its way: the popup's queue is
 * asked for before React starts, so the worker reads while the page is being built. `sent` is
 * that request when another script sent it; otherwise it is sent now. Every later call, or a
 * first call with other arguments, asks afresh.
 */
export function askEarly<A, T>(
  ask: (args: A) => Promise<T>,
  args: A,
  sent: Promise<T> = ask(args),
  patienceMs = EARLY_PATIENCE_MS,
): AskEarly<A, T> {
  let early: Promise<T> | null = answerOrAskAgain(sent, () => ask(args), patienceMs);
  let arrived: { answer: T } | null = null;
  // A refusal is reported to whoever takes the answer, not as an unhandled rejection meanwhile.
  early.then(
    (answer) => {
      // Taken before it came: the caller has it, and peek must not show it again.
      if (early !== null) arrived = { answer };
    },
    () => undefined,
  );
  const earlyArgs = JSON.stringify(args);
  const isEarly = (next: A) => JSON.stringify(next) === earlyArgs;
  const askFor = (next: A): Promise<T> => {
    const answer = early && isEarly(next) ? early : ask(next);
    early = null;
    arrived = null;
    return answer;
  };
  return Object.assign(askFor, { peek: (next: A) => (arrived && isEarly(next) ? arrived.answer : undefined) });
}
