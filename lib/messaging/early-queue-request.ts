import { FIRST_QUEUE_LIMITS } from '../core/queue/queue-sections';
import type { Transport } from './client';

/**
 * The popup's first queue request, sent by a tiny script of its own (entrypoints/popup-early.ts)
 * before the page's React bundle is even fetched: the worker (woken if it was stopped) reads the
 * queue while the bundle loads. The two scripts share nothing but the page's global object, so the
 * raw reply waits there until the app takes it and reads it like any other reply.
 */
declare global {
  var fifthTouchEarlyQueueReply: Promise<unknown> | undefined;
}

export const EARLY_QUEUE_MESSAGE = { name: 'getTodayQueue', request: { limits: FIRST_QUEUE_LIMITS } } as const;

export function sendEarlyQueueRequest(transport: Transport): void {
  const reply = transport(EARLY_QUEUE_MESSAGE);
  // A refusal is read by whoever takes the reply, not raised as an unhandled rejection meanwhile.
  reply.catch(() => undefined);
  globalThis.fifthTouchEarlyQueueReply = reply;
}

/** The raw reply of the early request, once; `undefined` if the early script did not run. */
export function takeEarlyQueueReply(): Promise<unknown> | undefined {
  const reply = globalThis.fifthTouchEarlyQueueReply;
  globalThis.fifthTouchEarlyQueueReply = undefined;
  return reply;
}
