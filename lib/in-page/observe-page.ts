/**
 * Calls `onChange` after the page's DOM changes, at most once per `intervalMs`: a throttle, not a
 * debounce, because a single-page app that never stops mutating would starve a debounce.
 * Stops when `signal` aborts (the content script was invalidated).
 */
export function observePage(root: Node, onChange: () => void, signal: AbortSignal, intervalMs = 50): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onChange();
    }, intervalMs);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
