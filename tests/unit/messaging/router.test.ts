import { createMessenger } from '@/lib/messaging/client';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { makeProspect } from '../../factories';

const EXTENSION_ID = 'fifth-touch-id';

function makeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const refuse = () => Promise.reject(new Error('not used in this test'));
  return {
    listProspects: async () => [makeProspect({ id: 'listed' })],
    saveProspect: async ({ prospect }) => prospect,
    getTodayQueue: refuse,
    getGmailView: refuse,
    searchProspects: refuse,
    addProspect: refuse,
    suggestContent: refuse,
    giveUp: refuse,
    startFollowUps: refuse,
    logTouch: refuse,
    getProspectSummary: refuse,
    logProfileTouch: refuse,
    updateTouch: refuse,
    exportBackup: refuse,
    previewBackup: refuse,
    restoreBackup: refuse,
    completeStep: refuse,
    snoozeStep: refuse,
    skipStep: refuse,
    completeTask: refuse,
    snoozeTask: refuse,
    pauseProspect: refuse,
    resumeProspect: refuse,
    listCadences: refuse,
    saveCadence: refuse,
    deleteCadence: refuse,
    resetDefaultCadence: refuse,
    exportPlaybook: refuse,
    importPlaybook: refuse,
    listContent: refuse,
    saveContentItem: refuse,
    deleteContentItem: refuse,
    getSettings: refuse,
    saveSettings: refuse,
    importProspects: refuse,
    exportProspectsCsv: refuse,
    exportTouchesCsv: refuse,
    getProspectRecord: refuse,
    updateProspect: refuse,
    saveProspectNote: refuse,
    deleteProspectNote: refuse,
    changeProspectStatus: refuse,
    changeCadence: refuse,
    restartCadence: refuse,
    mergeProspects: refuse,
    undoMerge: refuse,
    linkGmailSender: refuse,
    openProspect: refuse,
    ...overrides,
  };
}

describe('message router and messenger', () => {
  it('answers a valid request from the extension and the messenger parses it', async () => {
    const route = createRouter(makeHandlers(), EXTENSION_ID);
    const send = createMessenger((message) => route(message, { id: EXTENSION_ID }));
    expect((await send('listProspects', {})).map((prospect) => prospect.id)).toEqual(['listed']);
  });

  it('rejects a foreign sender before looking at the message', async () => {
    const listProspects = vi.fn(async () => []);
    const route = createRouter(makeHandlers({ listProspects }), EXTENSION_ID);
    expect(await route({ name: 'listProspects', request: {} }, { id: 'some-other-extension' })).toEqual({
      ok: false,
      error: 'Fifth Touch only answers its own pages and scripts.',
    });
    expect(await route({ name: 'listProspects', request: {} }, {})).toMatchObject({ ok: false });
    expect(listProspects).not.toHaveBeenCalled();
  });

  it.each([
    [
      { name: 'dropDatabase', request: {} },
      /did not understand that message: name is not one of the \d+ allowed values\./,
    ],
    ['just a string', /did not understand that message/],
    [
      { name: 'saveProspect', request: { prospect: { name: 'No id' } } },
      /"saveProspect" request is not valid: prospect\.id should be a string/,
    ],
    [{ name: 'listProspects', request: { limit: 0 } }, /limit is too small/],
  ])('rejects a bad request %j in words', async (message, error) => {
    const route = createRouter(makeHandlers(), EXTENSION_ID);
    const reply = await route(message, { id: EXTENSION_ID });
    expect(reply.ok).toBe(false);
    expect(reply.ok === false && reply.error).toMatch(error);
  });

  it('turns a handler failure into a refusal the messenger throws', async () => {
    const route = createRouter(
      makeHandlers({ listProspects: () => Promise.reject(new Error('Disk is full.')) }),
      EXTENSION_ID,
    );
    const send = createMessenger((message) => route(message, { id: EXTENSION_ID }));
    await expect(send('listProspects', {})).rejects.toThrow('Disk is full.');
  });

  it('refuses a reply that does not match the protocol', async () => {
    const send = createMessenger(async () => ({ ok: true, response: [{ id: 1 }] }));
    await expect(send('listProspects', {})).rejects.toThrow(/unexpected "listProspects" reply/);
  });

  it('says so when the background does not answer', async () => {
    const send = createMessenger(async () => undefined);
    await expect(send('listProspects', {})).rejects.toThrow(/did not answer/);
  });
});
