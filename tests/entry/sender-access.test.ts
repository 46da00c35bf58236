import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { FifthTouchDatabase } from '@/lib/db/database';
import { makeProspect } from '../factories';

async function deliver(message: unknown, url: string): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id, url });
  return replies.find(Boolean);
}

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/thread-1';

describe('background worker: who may ask what', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await new FifthTouchDatabase(() => new Date()).delete();
    background.main();
  });

  it('refuses a restore from the Gmail content script and keeps the data', async () => {
    const popup = fakeBrowser.runtime.getURL('/popup.html');
    const prospect = makeProspect({ id: 'kept', name: 'Kept Person' });
    expect(await deliver({ name: 'saveProspect', request: { prospect } }, popup)).toMatchObject({ ok: true });

    const wipe = { name: 'restoreBackup', request: { document: { format: 'fifth-touch-backup' }, mode: 'replace' } };
    expect(await deliver(wipe, GMAIL)).toEqual({
      ok: false,
      error: '"restoreBackup" can only be asked from Fifth Touch\u2019s own popup or options page.',
    });
    expect(await deliver({ name: 'saveProspect', request: { prospect: makeProspect() } }, GMAIL)).toMatchObject({
      ok: false,
    });
    expect(await deliver({ name: 'listProspects', request: {} }, popup)).toEqual({ ok: true, response: [prospect] });
  });

  it('answers the banner from the Gmail content script', async () => {
    expect(await deliver({ name: 'getGmailView', request: {} }, GMAIL)).toMatchObject({
      ok: true,
      response: { dueToday: 0, top: [] },
    });
  });
});
