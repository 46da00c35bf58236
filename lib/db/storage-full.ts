/** The DOMException name IndexedDB uses when the browser's storage quota or the disk is full. */
const QUOTA_EXCEEDED = 'QuotaExceededError';

interface WrappedError {
  name?: unknown;
  /** Dexie keeps the IndexedDB error it wrapped here (e.g. an AbortError caused by the quota). */
  inner?: unknown;
  cause?: unknown;
  /** Dexie's BulkError lists each failed operation's error. */
  failures?: unknown;
}

/**
 * Whether a failed write failed because storage is full. IndexedDB reports it as a
 * QuotaExceededError, which Dexie passes on as its own error of that name or wraps in another.
 */
export function isStorageFull(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const wrapped = error as WrappedError;
  if (wrapped.name === QUOTA_EXCEEDED) return true;
  const failures = Array.isArray(wrapped.failures) ? wrapped.failures : Object.values(wrapped.failures ?? {});
  return [wrapped.inner, wrapped.cause, ...failures].some((inner) => isStorageFull(inner, depth + 1));
}
