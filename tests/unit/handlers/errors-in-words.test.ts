import Dexie from 'dexie';
import * as z from 'zod/mini';
import { isStorageFull } from '@/lib/db/storage-full';
import { describeHandlerError, STORAGE_FULL_MESSAGE } from '@/lib/handlers/errors-in-words';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('errors a handler cannot word itself', () => {
  it.each([
    ['the DOMException IndexedDB throws', quota()],
    ["Dexie's own QuotaExceededError", new Dexie.QuotaExceededError('Quota exceeded', quota())],
    ['an abort Dexie wraps around it', new Dexie.AbortError('Transaction aborted', quota())],
    ['a bulk write whose operations failed', new Dexie.BulkError('2 of 3 operations failed', [quota(), quota()])],
    ['a cause two levels down', new Error('write failed', { cause: new Dexie.AbortError('aborted', quota()) })],
  ])('recognises a full disk in %s', (_label, error) => {
    expect(isStorageFull(error)).toBe(true);
    expect((describeHandlerError(error) as Error).message).toBe(STORAGE_FULL_MESSAGE);
  });

  it.each([
    ['a constraint error', new Dexie.ConstraintError('Key already exists')],
    ['an abort for another reason', new Dexie.AbortError('aborted', new DOMException('x', 'DataError'))],
    ['a plain value', 'QuotaExceededError'],
    ['nothing', undefined],
  ])('does not mistake %s for a full disk', (_label, error) => {
    expect(isStorageFull(error)).toBe(false);
  });

  it('words a record that failed its schema inside a write, instead of printing the issue list', () => {
    const result = z.object({ linkedinUrl: z.string().check(z.maxLength(5)) }).safeParse({ linkedinUrl: 'too long' });
    const message = (describeHandlerError(result.error) as Error).message;
    expect(message).toBe('Fifth Touch could not save this: linkedinUrl is too long (at most 5 characters).');
  });

  it('passes a handler’s own sentence through unchanged', () => {
    const error = new Error('That prospect no longer exists.');
    expect(describeHandlerError(error)).toBe(error);
  });
});
