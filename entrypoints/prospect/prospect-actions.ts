import type { ProspectActions } from '@/components/prospect/prospect-actions';
import type { Messenger } from '@/lib/messaging/client';

/** The record view's actions for one prospect, each one message to the worker. */
export function createProspectActions(send: Messenger, prospectId: string): ProspectActions {
  const words = async (reply: Promise<{ message: string }>) => (await reply).message;
  return {
    load: () => send('getProspectRecord', { prospectId }),
    update: (changes) => words(send('updateProspect', { prospectId, changes })),
    saveNote: ({ noteId, text, yes }) =>
      words(send('saveProspectNote', { prospectId, text, yes, ...(noteId ? { noteId } : {}) })),
    deleteNote: (noteId) => words(send('deleteProspectNote', { prospectId, noteId })),
    updateTouch: async (touchId, change) => {
      await send('updateTouch', { touchId, ...change });
      return change.outcome === 'yes' ? 'Marked as a yes.' : 'Note saved.';
    },
    changeStatus: (change) => words(send('changeProspectStatus', { prospectId, ...change })),
    changeCadence: (cadenceId) => words(send('changeCadence', { prospectId, cadenceId })),
    restartCadence: () => words(send('restartCadence', { prospectId })),
    search: (query) => send('searchProspects', { query }),
    merge: (otherId) => send('mergeProspects', { survivorId: prospectId, absorbedId: otherId }),
    undoMerge: (mergeId) => words(send('undoMerge', { mergeId })),
  };
}
