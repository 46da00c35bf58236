/** `list[index]` for an index the caller knows is in range (lint forbids `!`); throws if it is not. */
export function pick<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`index ${index} is outside a list of ${list.length}`);
  return value;
}

/** `map.get(key)` for a key the caller put there. */
export function lookUp<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`nothing stored for ${String(key)}`);
  return value;
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
