/**
 * Calls `onChange` when the page's DOM changes: at once for the first change (a navigation then
 * shows the new person before the page's next frame), then at most once per `intervalMs` while
 * the page keeps mutating, with a trailing call so the last change is never missed. A throttle,
 * not a debounce: a single-page app that never stops mutating would starve a debounce.
 * Stops when `signal` aborts (the content script was invalidated).
 */
export function observePage(root: Node, onChange: () => void, signal: AbortSignal, intervalMs = 50): void {
  let lastCall = -Infinity;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  function call() {
    lastCall = performance.now();
    if (!signal.aborted) onChange();
  }
  const observer = new MutationObserver(() => {
    const since = performance.now() - lastCall;
    if (since >= intervalMs) call();
    else if (trailing === undefined) {
      trailing = setTimeout(() => {
        trailing = undefined;
        call();
      }, intervalMs - since);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(trailing);
  });
}
