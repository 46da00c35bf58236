import { createMessenger } from '@/lib/messaging/client';
import { CONTENT_SCRIPT_MESSAGES } from '@/lib/messaging/content-script-messages';
import { PROTOCOL, type MessageName } from '@/lib/messaging/protocol';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { makeProspect } from '../../factories';

const EXTENSION_ID = 'fifth-touch-id';
const EXTENSION = { id: EXTENSION_ID, pagesUrl: `chrome-extension://${EXTENSION_ID}/` };
const FROM_POPUP = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` };
/** A content script's sender carries the page it runs in, not one of ours. */
const FROM_LINKEDIN = { id: EXTENSION_ID, url: 'https://www.linkedin.com/in/someone/' };
const ALL_MESSAGES = Object.keys(PROTOCOL) as MessageName[];
const PAGES_ONLY = ALL_MESSAGES.filter((name) => !CONTENT_SCRIPT_MESSAGES.has(name));

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
    getVacation: refuse,
    pauseEverything: refuse,
    returnEarly: refuse,
    dismissVacationReturn: refuse,
    getPipeline: refuse,
    getWeeklyReport: refuse,
    saveGoals: refuse,
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
    const route = createRouter(makeHandlers(), EXTENSION);
    const send = createMessenger((message) => route(message, FROM_POPUP));
    expect((await send('listProspects', {})).map((prospect) => prospect.id)).toEqual(['listed']);
  });

  it('rejects a foreign sender before looking at the message', async () => {
    const listProspects = vi.fn(async () => []);
    const route = createRouter(makeHandlers({ listProspects }), EXTENSION);
    expect(await route({ name: 'listProspects', request: {} }, { id: 'some-other-extension' })).toEqual({
      ok: false,
      error: 'Fifth Touch only answers its own pages and scripts.',
    });
    expect(await route({ name: 'listProspects', request: {} }, {})).toMatchObject({ ok: false });
    expect(listProspects).not.toHaveBeenCalled();
  });

  it.each(PAGES_ONLY)('refuses "%s" from a content script without calling its handler', async (name) => {
    const handler = vi.fn(async () => ({}));
    const route = createRouter(makeHandlers({ [name]: handler }), EXTENSION);
    expect(await route({ name, request: {} }, FROM_LINKEDIN)).toEqual({
      ok: false,
      error: `"${name}" can only be asked from Fifth Touch\u2019s own popup or options page.`,
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses the destructive messages from a sender with no page, or a look-alike of our pages', async () => {
    const restoreBackup = vi.fn(async () => ({}));
    const route = createRouter(makeHandlers({ restoreBackup }), EXTENSION);
    const message = { name: 'restoreBackup', request: { document: {}, mode: 'replace' } };
    expect(await route(message, { id: EXTENSION_ID })).toMatchObject({ ok: false });
    expect(await route(message, { id: EXTENSION_ID, url: 'chrome-extension://another-id/popup.html' })).toMatchObject({
      ok: false,
    });
    expect(
      await route(message, { id: EXTENSION_ID, url: `https://evil.example/chrome-extension://${EXTENSION_ID}/` }),
    ).toMatchObject({ ok: false });
    expect(restoreBackup).not.toHaveBeenCalled();
    expect(await route(message, FROM_POPUP)).toEqual({ ok: true, response: {} });
  });

  it('still answers the banner and panel messages from a content script', async () => {
    const logProfileTouch = vi.fn(async () => ({}) as never);
    const route = createRouter(makeHandlers({ logProfileTouch }), EXTENSION);
    const profile = { profileUrl: 'https://www.linkedin.com/in/someone/', name: 'Some One', headline: '' };
    const request = { touchId: 'touch-1', profile: { ...profile, company: null, location: null } };
    expect(await route({ name: 'logProfileTouch', request }, FROM_LINKEDIN)).toMatchObject({ ok: true });
    expect(logProfileTouch).toHaveBeenCalledOnce();
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
    const route = createRouter(makeHandlers(), EXTENSION);
    const reply = await route(message, FROM_POPUP);
    expect(reply.ok).toBe(false);
    expect(reply.ok === false && reply.error).toMatch(error);
  });

  it('turns a handler failure into a refusal the messenger throws', async () => {
    const route = createRouter(
      makeHandlers({ listProspects: () => Promise.reject(new Error('Disk is full.')) }),
      EXTENSION,
    );
    const send = createMessenger((message) => route(message, FROM_POPUP));
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
