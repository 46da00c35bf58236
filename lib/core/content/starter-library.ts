import type { ContentItem } from '../model';
import { STARTER_EDUCATION } from './starter/education';
import { STARTER_INSIGHT } from './starter/insight';
import { STARTER_NEWS } from './starter/news';
import { STARTER_PERSONAL } from './starter/personal';
import { STARTER_VALUE } from './starter/value';

/**
 * Pieces a new rep starts from, written by us. Double braces are filled from the prospect
 * (`fillTemplate`); square brackets are for the rep to replace before sending, and every figure
 * is one of those, so nothing here states a statistic as fact.
 */
export const STARTER_CONTENT: ContentItem[] = [
  ...STARTER_VALUE,
  ...STARTER_INSIGHT,
  ...STARTER_EDUCATION,
  ...STARTER_NEWS,
  ...STARTER_PERSONAL,
];
