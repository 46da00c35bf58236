import { describeMatch } from '../core/prospects/build-record';
import { dueTodayItems } from '../core/queue/due-today';
import type { FifthTouchDatabase } from '../db/database';
import { recordTouch, startFollowUps, type WriteContext } from '../db/follow-ups';
import { suggestLinkedInMatch } from '../db/prospect-matches';
import { readProspectSummary } from '../db/prospect-summary';
import { readQueuePage } from '../db/queue-source';
import type { Handlers } from '../messaging/router';

/** How many due items the Gmail banner lists. */
const BANNER_TOP_ITEMS = 3;
// Today's sections come in that order, so the first few of each hold the banner's top items.
const BANNER_LIMITS = {
  overdue: BANNER_TOP_ITEMS,
  dueNow: BANNER_TOP_ITEMS,
  laterToday: BANNER_TOP_ITEMS,
  next7Days: 0,
};

export interface InPageContext {
  db: FifthTouchDatabase;
  now: () => Date;
  homeTimeZone: () => string;
  writeContext: () => WriteContext;
}

type InPageHandlers = Pick<Handlers, 'getGmailView' | 'startFollowUps' | 'logTouch'>;

/** What the Gmail banner asks of the worker. */
export function createInPageHandlers({ db, now, homeTimeZone, writeContext }: InPageContext): InPageHandlers {
  async function summaryOf(prospectId: string) {
    const summary = await readProspectSummary(db, { prospectId }, now());
    if (!summary) throw new Error('That prospect no longer exists.');
    return summary;
  }

  return {
    getGmailView: async ({ email, name }) => {
      const at = now();
      const [summary, page, match] = await Promise.all([
        email ? readProspectSummary(db, { email }, at) : Promise.resolve(null),
        readQueuePage(db, at, homeTimeZone(), BANNER_LIMITS),
        email && name ? suggestLinkedInMatch(db, { name, email }) : Promise.resolve(undefined),
      ]);
      const due = dueTodayItems(page.queue);
      return {
        summary,
        ignoredDomains: page.settings.ignoredDomains,
        ...(match ? { match: describeMatch(match) } : {}),
        dueToday: page.queue.counts.dueToday,
        top: due.slice(0, BANNER_TOP_ITEMS).map((item) => ({
          key: item.key,
          name: item.prospect.name,
          label: item.label,
          ...(item.prospect.email ? { email: item.prospect.email } : {}),
          ...(item.prospect.linkedinUrl ? { linkedinUrl: item.prospect.linkedinUrl } : {}),
        })),
      };
    },
    startFollowUps: async ({ name, email }) => {
      const { prospect } = await startFollowUps(db, { name, email, source: 'gmail', inbound: true }, writeContext());
      return summaryOf(prospect.id);
    },
    logTouch: async ({ touchId, prospectId, channel, outcome, note }) => {
      await recordTouch(
        db,
        { id: touchId, prospectId, channel, ...(outcome ? { outcome } : {}), ...(note !== undefined ? { note } : {}) },
        writeContext(),
      );
      return summaryOf(prospectId);
    },
  };
}
