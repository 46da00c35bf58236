/** "1 prospect", "3 prospects": every word these counts name takes a plain -s. */
export function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
