/** Longer than any sentence a rep reads; a message this long is quoting input back at them. */
const MAX_MESSAGE_LENGTH = 800;

/**
 * Why a message is not a sentence in words, or null when it is one: it starts with a word or a
 * quote, ends with a full stop, is bounded, and carries no raw zod issue list, object dump or stack.
 */
export function whyNotWorded(message: string): string | null {
  if (message.trim() === '') return 'it is empty';
  if (message.length > MAX_MESSAGE_LENGTH) return `it is ${message.length} characters long`;
  if (!/^["“\p{L}\p{N}]/u.test(message)) return 'it does not start with a word';
  if (!/[.!?]["”)]?$/.test(message)) return 'it does not end like a sentence';
  if (message.includes('[object Object]')) return 'it prints an object as [object Object]';
  if (/"(code|path|expected|issues)"\s*:/.test(message)) return 'it is raw validation JSON';
  if (/\n\s+at /.test(message) || /\bat .+\.(ts|js):\d+/.test(message)) return 'it holds a stack trace';
  if (/\bundefined\b|\bNaN\b/.test(message)) return 'it prints undefined or NaN';
  return null;
}
