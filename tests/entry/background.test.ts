import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { DEFAULT_CADENCE_ID } from '@/lib/core/model';
import { FifthTouchDatabase } from '@/lib/db/database';
import { makeProspect } from '../factories';
import { sendToWorker, startSeededWorker } from './seeded-worker';

const send = sendToWorker;

describe('background worker', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await new FifthTouchDatabase(() => new Date()).delete();
    background.main();
  });

  it('saves a prospect through a message and lists it', async () => {
    const prospect = makeProspect({ id: 'via-message', name: 'Katherine Johnson' });
    expect(await send({ name: 'saveProspect', request: { prospect } })).toMatchObject({ ok: true });
    expect(await send({ name: 'listProspects', request: {} })).toEqual({ ok: true, response: [prospect] });
  });

  it('rejects a malformed request with a clear error and stores nothing', async () => {
    const reply = await send({
      name: 'saveProspect',
      request: { prospect: { ...makeProspect(), email: 'not-an-email' } },
    });
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(/"saveProspect" request is not valid: prospect\.email is not a valid email/),
    });
    expect(await send({ name: 'listProspects', request: {} })).toEqual({ ok: true, response: [] });
  });

  it('rejects a message from a sender that is not this extension', async () => {
    const reply = await send(
      { name: 'saveProspect', request: { prospect: makeProspect() } },
      { id: 'another-extension' },
    );
    expect(reply).toEqual({ ok: false, error: 'Fifth Touch only answers its own pages and scripts.' });
    expect(await send({ name: 'listProspects', request: {} })).toEqual({ ok: true, response: [] });
  });

  it('rejects an unknown message name', async () => {
    expect(await send({ name: 'deleteEverything' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/did not understand/),
    });
  });

  it('seeds the default playbook on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () =>
      expect(await new FifthTouchDatabase(() => new Date()).cadences.get(DEFAULT_CADENCE_ID)).toBeDefined(),
    );
  });
});

describe('background worker for the Gmail banner', () => {
  beforeEach(async () => {
    await startSeededWorker();
  });

  it('starts follow-ups for a sender, then lists them as due today with their step', async () => {
    const unknown = await send({ name: 'getGmailView', request: { email: 'lena@kestrel.example' } });
    expect(unknown).toMatchObject({ ok: true, response: { summary: null, dueToday: 0, top: [], ignoredDomains: [] } });
    const started = await send({
      name: 'startFollowUps',
      request: { name: 'Lena Vogel', email: 'Lena@Kestrel.example' },
    });
    expect(started).toMatchObject({ ok: true, response: { name: 'Lena Vogel', stage: 'active', stepNumber: 1 } });
    const view = (await send({ name: 'getGmailView', request: { email: 'lena@kestrel.example' } })) as {
      response: { summary: { prospectId: string }; dueToday: number; top: { name: string; email: string }[] };
    };
    expect(view.response.top.length).toBeLessThanOrEqual(3);
    expect(view.response.summary.prospectId).toBeTruthy();
    const logged = await send({
      name: 'logTouch',
      request: { touchId: 'touch-1', prospectId: view.response.summary.prospectId, channel: 'email' },
    });
    expect(logged).toMatchObject({ ok: true, response: { touchCount: 1, channelsLeft: ['call'] } });
  });
});
