import * as z from 'zod/mini';
import { describeIssues } from '../core/validation/describe-issues';
import { isStorageFull } from '../db/storage-full';
import type { Handlers } from '../messaging/router';

export const STORAGE_FULL_MESSAGE =
  'The browser has no room left to store Fifth Touch data. Free some disk space, then try again — nothing was changed.';

/**
 * A handler's own errors are already sentences. These two are not: a full disk surfaces as a
 * storage exception, and a record that fails its schema inside a write as zod's issue list.
 */
export function describeHandlerError(error: unknown): unknown {
  if (isStorageFull(error)) return new Error(STORAGE_FULL_MESSAGE);
  if (error instanceof z.core.$ZodError) {
    return new Error(`Fifth Touch could not save this: ${describeIssues(error)}`);
  }
  return error;
}

/** Every handler, with its failures reaching the sender in words. */
export function withErrorsInWords(handlers: Handlers): Handlers {
  const wrapped = Object.entries(handlers).map(([name, handler]) => {
    const run = handler as (request: unknown) => Promise<unknown>;
    return [
      name,
      async (request: unknown) => {
        try {
          return await run(request);
        } catch (error) {
          throw describeHandlerError(error);
        }
      },
    ];
  });
  return Object.fromEntries(wrapped) as Handlers;
}
