import type { FifthTouchDatabase } from '../db/database';
import type { WriteContext } from '../db/follow-ups';
import { changeCadence, restartCadence } from '../db/prospect-cadence';
import { deleteProspectNote, saveProspectNote, updateProspectDetails } from '../db/prospect-edits';
import { mergeProspects, undoMerge } from '../db/prospect-merge';
import { readProspectRecord } from '../db/prospect-record';
import { changeProspectStatus } from '../db/prospect-status';
import { readProspectSummary } from '../db/prospect-summary';
import { findProspectByEmail } from '../db/prospects';
import type { Handlers } from '../messaging/router';
import { openTab, prospectRecordUrl } from '../platform/tabs';

export interface ProspectContext {
  db: FifthTouchDatabase;
  now: () => Date;
  writeContext: () => WriteContext;
}

type ProspectHandlers = Pick<
  Handlers,
  | 'getProspectRecord'
  | 'updateProspect'
  | 'saveProspectNote'
  | 'deleteProspectNote'
  | 'changeProspectStatus'
  | 'changeCadence'
  | 'restartCadence'
  | 'mergeProspects'
  | 'undoMerge'
  | 'linkGmailSender'
  | 'openProspect'
>;

/** What the prospect record view, and the links to it from Gmail and LinkedIn, ask of the worker. */
export function createProspectHandlers({ db, now, writeContext }: ProspectContext): ProspectHandlers {
  async function summaryOf(prospectId: string) {
    const summary = await readProspectSummary(db, { prospectId }, now());
    if (!summary) throw new Error('That prospect no longer exists.');
    return summary;
  }

  /** The Gmail sender's own record (if any) merges into the LinkedIn one; otherwise it gains the email. */
  async function linkSender(prospectId: string, email: string) {
    const own = await findProspectByEmail(db, email);
    if (own && own.id !== prospectId) {
      const merged = await mergeProspects(db, prospectId, own.id, writeContext());
      return { prospectId: merged.survivorId, message: merged.message, mergeId: merged.mergeId };
    }
    if (!own) await updateProspectDetails(db, prospectId, { email });
    return { prospectId, message: `Linked: ${email} is now on this record.` };
  }

  return {
    getProspectRecord: ({ prospectId }) => readProspectRecord(db, prospectId, now()),
    updateProspect: async ({ prospectId, changes }) => {
      await updateProspectDetails(db, prospectId, changes);
      return { message: 'Saved.' };
    },
    saveProspectNote: async ({ prospectId, noteId, text, yes }) => {
      await saveProspectNote(db, prospectId, { ...(noteId ? { id: noteId } : {}), text, yes }, writeContext());
      return { message: 'Note saved.' };
    },
    deleteProspectNote: async ({ prospectId, noteId }) => {
      await deleteProspectNote(db, prospectId, noteId);
      return { message: 'Note deleted.' };
    },
    changeProspectStatus: async (change) => ({ message: await changeProspectStatus(db, change, writeContext()) }),
    changeCadence: async ({ prospectId, cadenceId }) => {
      await changeCadence(db, prospectId, cadenceId, writeContext());
      return { message: 'Playbook changed; the touches made so far still count.' };
    },
    restartCadence: async ({ prospectId }) => {
      await restartCadence(db, prospectId, writeContext());
      return { message: 'Playbook restarted from step 1 today.' };
    },
    mergeProspects: ({ survivorId, absorbedId }) => mergeProspects(db, survivorId, absorbedId, writeContext()),
    undoMerge: async ({ mergeId }) => ({
      ...(await undoMerge(db, mergeId)),
      message: 'Unlinked: both records are back as they were.',
    }),
    linkGmailSender: async ({ prospectId, email }) => {
      const linked = await linkSender(prospectId, email);
      return {
        summary: await summaryOf(linked.prospectId),
        message: linked.message,
        ...(linked.mergeId ? { mergeId: linked.mergeId } : {}),
      };
    },
    openProspect: async ({ prospectId }) => {
      await openTab(prospectRecordUrl(prospectId));
      return {};
    },
  };
}
