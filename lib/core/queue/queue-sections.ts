// No imports: popup-early.js bundles this file, and it should stay a few hundred bytes.

export const QUEUE_SECTIONS = ['overdue', 'dueNow', 'laterToday', 'next7Days'] as const;
export type QueueSection = (typeof QUEUE_SECTIONS)[number];

/**
 * Items of each section the popup gets in full at first: the popup (at most 600 px tall) shows
 * about three items, and each one rendered costs the first paint its controls' style and layout
 * (about 2 ms an item at 10k in the bench), as each one read costs the worker (lib/db/queue-page.ts).
 */
export const QUEUE_PAGE = 3;
/** What the popup asks for first, before the rep asks for more of any section. */
export const FIRST_QUEUE_LIMITS: Readonly<Record<QueueSection, number>> = Object.freeze({
  overdue: QUEUE_PAGE,
  dueNow: QUEUE_PAGE,
  laterToday: QUEUE_PAGE,
  next7Days: QUEUE_PAGE,
});
/** Items "Show more" adds to a section: the rep asked for them, so a longer read is fine. */
export const QUEUE_MORE = 20;
