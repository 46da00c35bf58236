import { useEffect, type RefObject } from 'react';

/** What a rep does to take over the scrolling: from then on the page stays where they put it. */
const USER_INPUT = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

/**
 * The weekly reminder opens `options.html#report` before the page has drawn anything, so the
 * browser's own jump to the anchor finds nothing, and the sections above still grow as their data
 * arrives. So: scroll to the section, and again each time the page changes size, until the rep
 * scrolls, types or clicks. A later change of hash to it scrolls there too.
 */
export function useScrollWhenTargeted(ref: RefObject<HTMLElement | null>, id: string): void {
  useEffect(() => {
    const isTargeted = () => window.location.hash === `#${id}`;
    const scroll = () => ref.current?.scrollIntoView({ block: 'start' });
    const onHashChange = () => {
      if (isTargeted()) scroll();
    };
    window.addEventListener('hashchange', onHashChange);
    const follow = isTargeted() ? new ResizeObserver(scroll) : null;
    const stopFollowing = () => {
      follow?.disconnect();
      for (const type of USER_INPUT) window.removeEventListener(type, stopFollowing);
    };
    if (follow) {
      follow.observe(document.body);
      for (const type of USER_INPUT) window.addEventListener(type, stopFollowing, { passive: true });
      scroll();
    }
    return () => {
      stopFollowing();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [ref, id]);
}
