import { suggestForProspect } from '../db/content';
import type { FifthTouchDatabase } from '../db/database';
import { startFollowUps, type WriteContext } from '../db/follow-ups';
import { giveUpOnProspect } from '../db/give-up';
import { readProspectSummary } from '../db/prospect-summary';
import { searchProspects } from '../db/prospects';
import type { Handlers } from '../messaging/router';
import { canonicalProfileUrl } from '../sites/linkedin';

const SEARCH_LIMIT = 20;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface PopupContext {
  db: FifthTouchDatabase;
  now: () => Date;
  writeContext: () => WriteContext;
}

type PopupHandlers = Pick<Handlers, 'searchProspects' | 'addProspect' | 'suggestContent' | 'giveUp'>;

/** "Quick add" takes one field: an email or a LinkedIn profile URL, told apart here. */
function contactOf(contact: string): { email: string } | { linkedinUrl: string } | Record<string, never> {
  if (contact === '') return {};
  if (EMAIL.test(contact)) return { email: contact };
  const linkedinUrl = canonicalProfileUrl(contact);
  if (linkedinUrl) return { linkedinUrl };
  throw new Error(`"${contact}" is neither an email address nor a LinkedIn profile URL.`);
}

export function createPopupHandlers({ db, now, writeContext }: PopupContext): PopupHandlers {
  return {
    searchProspects: ({ query }) => searchProspects(db, query, SEARCH_LIMIT),
    addProspect: async ({ name, contact }) => {
      const { prospect } = await startFollowUps(
        db,
        { name, ...contactOf(contact), source: 'manual', inbound: false },
        writeContext(),
      );
      const summary = await readProspectSummary(db, { prospectId: prospect.id }, now());
      if (!summary) throw new Error('The prospect could not be read back.');
      return summary;
    },
    suggestContent: ({ prospectId, intent, stepNumber, passedOver }) =>
      suggestForProspect(db, {
        prospectId,
        passedOver,
        ...(intent ? { intent } : {}),
        ...(stepNumber ? { stepNumber } : {}),
      }),
    giveUp: async ({ prospectId, reason }) => ({ message: await giveUpOnProspect(db, prospectId, reason, now()) }),
  };
}
