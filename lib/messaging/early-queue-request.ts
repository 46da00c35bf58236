import { FIRST_QUEUE_LIMITS } from '../core/queue/queue-sections';
import type { Transport } from './client';

/**
 * The popup's first queue page, fetched by a tiny script of its own (entrypoints/popup-early.ts)
 * before the page's React bundle is even fetched. The page the worker kept (queue-snapshots.ts)
 * comes from session storage in a few ms, with no worker involved; when none is kept, or it has
 * expired, the worker (woken if it was stopped) is asked and reads the queue while the bundle
 * loads. The two scripts share nothing but the page's global object, so the raw answer waits there
 * until the app takes it and checks it like any other reply.
 */
declare global {
  var fifthTouchEarlyQueueAnswer: Promise<EarlyQueueAnswer> | undefined;
}

export const EARLY_QUEUE_MESSAGE = { name: 'getTodayQueue', request: { limits: FIRST_QUEUE_LIMITS } } as const;

export interface EarlyQueueAnswer {
  /** Unchecked: the app reads the worker's reply and a snapshot with zod alike. */
  raw: unknown;
  /** A snapshot the worker kept, which the popup checks with the worker once it is on screen. */
  fromSnapshot: boolean;
}

export interface EarlyQueueSources {
  readSnapshot: () => Promise<unknown>;
  transport: Transport;
  now: () => number;
}

/** Only whether it has expired; everything else is checked by the app, which has zod. */
function isCurrent(snapshot: unknown, now: number): boolean {
  if (typeof snapshot !== 'object' || snapshot === null) return false;
  const { validUntil } = snapshot as { validUntil?: unknown };
  return typeof validUntil === 'string' && now < Date.parse(validUntil);
}

async function answerEarly({ readSnapshot, transport, now }: EarlyQueueSources): Promise<EarlyQueueAnswer> {
  const snapshot = await readSnapshot().catch(() => undefined);
  if (isCurrent(snapshot, now())) return { raw: snapshot, fromSnapshot: true };
  return { raw: await transport(EARLY_QUEUE_MESSAGE), fromSnapshot: false };
}

export function sendEarlyQueueRequest(sources: EarlyQueueSources): void {
  const answer = answerEarly(sources);
  // A refusal is read by whoever takes the answer, not raised as an unhandled rejection meanwhile.
  answer.catch(() => undefined);
  globalThis.fifthTouchEarlyQueueAnswer = answer;
}

/** The early answer, once; `undefined` if the early script did not run. */
export function takeEarlyQueueAnswer(): Promise<EarlyQueueAnswer> | undefined {
  const answer = globalThis.fifthTouchEarlyQueueAnswer;
  globalThis.fifthTouchEarlyQueueAnswer = undefined;
  return answer;
}
