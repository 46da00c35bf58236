import { useEffect, useRef, useState } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

/** What may come with the first load. */
export interface FirstLoad<T> {
  /**
   * The value the first load would bring if it is already here (an answer asked for before React
   * started): the first render shows it instead of "Loading", and the first load, bringing that
   * same value, renders nothing more.
   */
  inHand?: () => T | undefined;
  /**
   * Asked once, when the first load has brought its value: true when that value may be stale (a
   * snapshot kept by the worker rather than its reply), which is then shown and loaded once more.
   */
  loadAgain?: () => boolean;
}

/**
 * Runs a loader on mount and again whenever `version` changes (after an action), keeping the
 * last value on screen meanwhile. The loader is a prop so views stay free of browser APIs.
 */
export function useLoaded<T>(load: () => Promise<T>, version = 0, first: FirstLoad<T> = {}): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>(() => {
    const value = first.inHand?.();
    return value === undefined ? { state: 'loading' } : { state: 'ready', value };
  });
  // Only the first load asks, so the function it asks is the one given first.
  const [loadAgain] = useState(() => first.loadAgain);
  const firstLoadDone = useRef(false);
  useEffect(() => {
    let current = true;
    const show = (value: T) =>
      current &&
      setLoaded((shown) => (shown.state === 'ready' && shown.value === value ? shown : { state: 'ready', value }));
    // The second load most often brings what is already shown, as a new object: equal data keeps
    // the shown value, so the views below are not drawn again just as the page first appears.
    const showIfChanged = (value: T) =>
      current &&
      setLoaded((shown) =>
        shown.state === 'ready' && JSON.stringify(shown.value) === JSON.stringify(value)
          ? shown
          : { state: 'ready', value },
      );
    const fail = (error: unknown) =>
      current && setLoaded({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    load().then((value) => {
      show(value);
      if (!current || firstLoadDone.current) return;
      firstLoadDone.current = true;
      if (loadAgain?.()) load().then(showIfChanged, fail);
    }, fail);
    return () => {
      current = false;
    };
  }, [load, version, loadAgain]);
  return loaded;
}
