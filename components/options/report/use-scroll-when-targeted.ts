import { useEffect, type RefObject } from 'react';

/**
 * The weekly reminder opens `options.html#report` before the page has drawn anything, so the
 * browser's own jump to the anchor finds nothing: scroll once the section is there, and again
 * whenever the hash names it. Scroll anchoring then keeps it in view as sections above fill in.
 */
export function useScrollWhenTargeted(ref: RefObject<HTMLElement | null>, id: string): void {
  useEffect(() => {
    const scrollIfTargeted = () => {
      if (window.location.hash === `#${id}`) ref.current?.scrollIntoView({ block: 'start' });
    };
    scrollIfTargeted();
    window.addEventListener('hashchange', scrollIfTargeted);
    return () => window.removeEventListener('hashchange', scrollIfTargeted);
  }, [ref, id]);
}
