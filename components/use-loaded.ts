import { useEffect, useState } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

/**
 * Runs a loader on mount and again whenever `version` changes (after an action), keeping the
 * last value on screen meanwhile. The loader is a prop so views stay free of browser APIs.
 * `inHand` gives the value the first load would bring if it is already here (an answer asked
 * for before React started): the first render shows it instead of "Loading", and the first
 * load, bringing that same value, renders nothing more.
 */
export function useLoaded<T>(load: () => Promise<T>, version = 0, inHand?: () => T | undefined): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>(() => {
    const value = inHand?.();
    return value === undefined ? { state: 'loading' } : { state: 'ready', value };
  });
  useEffect(() => {
    let current = true;
    load().then(
      (value) =>
        current &&
        setLoaded((shown) => (shown.state === 'ready' && shown.value === value ? shown : { state: 'ready', value })),
      (error: unknown) =>
        current && setLoaded({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [load, version]);
  return loaded;
}
