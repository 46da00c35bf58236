import type { MessageName } from './protocol';

/**
 * What the Gmail banner and the LinkedIn panel may ask. Content scripts live inside pages we do
 * not control, so a script there that went wrong must not be able to restore, delete or export
 * the rep's data: everything else answers only the extension's own pages.
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageName> = new Set<MessageName>([
  'getGmailView',
  'startFollowUps',
  'logTouch',
  'snoozeStep',
  'pauseProspect',
  'getProspectSummary',
  'logProfileTouch',
  'updateTouch',
  'openProspect',
  // "Same person as … (LinkedIn)? Link" in the banner: a merge, but one the rep can undo.
  'linkGmailSender',
]);
