import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessenger } from '@/lib/messaging/client';
import { sendToWorker, startSeededWorker } from './seeded-worker';

/** The worker's replies, parsed by the protocol as the pages parse them. */
const send = createMessenger((message) => sendToWorker(message));

const PROFILE = {
  profileUrl: 'https://www.linkedin.com/in/anna-lindqvist-%C3%B6berg/',
  name: 'Anna Lindqvist Öberg',
  headline: '',
  company: 'Fjord & Fell AB',
  location: null,
};
const SENDER = { name: 'Anna Öberg', email: 'anna.oberg@fjordfell.example' };

describe('background worker for one person across LinkedIn and Gmail', () => {
  let linkedInId: string;

  beforeEach(async () => {
    await startSeededWorker();
    const logged = await send('logProfileTouch', { touchId: 'li-1', profile: PROFILE });
    linkedInId = logged.summary.prospectId;
  });

  it("offers the LinkedIn record to a Gmail sender from that company, and linking gives it the sender's email", async () => {
    const view = await send('getGmailView', SENDER);
    expect(view).toMatchObject({
      summary: null,
      match: { prospectId: linkedInId, name: 'Anna Lindqvist Öberg', reason: 'company-domain' },
    });
    const linked = await send('linkGmailSender', { prospectId: linkedInId, ...SENDER });
    expect(linked).toMatchObject({ summary: { prospectId: linkedInId, touchCount: 1 } });
    expect(linked.mergeId).toBeUndefined();
    const after = await send('getGmailView', SENDER);
    expect(after.summary?.prospectId).toBe(linkedInId);
    expect(after.match).toBeUndefined();
  });

  it("merges the sender's own record into the LinkedIn one, and undo brings both back", async () => {
    const started = await send('startFollowUps', SENDER);
    await send('logTouch', { touchId: 'gm-1', prospectId: started.prospectId, channel: 'email' });
    const linked = await send('linkGmailSender', { prospectId: linkedInId, ...SENDER });
    expect(linked).toMatchObject({ summary: { prospectId: linkedInId, touchCount: 2 } });

    const record = await send('getProspectRecord', { prospectId: linkedInId });
    expect(record.touches.map((touch) => touch.id).sort()).toEqual(['gm-1', 'li-1']);
    expect(record.prospect.email).toBe(SENDER.email);

    const undone = await send('undoMerge', { mergeId: linked.mergeId ?? '' });
    expect(undone.prospectIds).toEqual([linkedInId, started.prospectId]);
    expect((await send('getProspectSummary', { email: SENDER.email }))?.touchCount).toBe(1);
  });

  it('opens the record in a tab for the in-page views, which cannot open extension pages', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await send('openProspect', { prospectId: linkedInId })).toEqual({});
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(new RegExp(`/prospect\\.html\\?id=${linkedInId}$`)),
    });
  });

  it('refuses an invalid edit in words and keeps the record', async () => {
    await expect(
      send('updateProspect', { prospectId: linkedInId, changes: { linkedinUrl: 'http://x' } }),
    ).rejects.toThrow(/^Not saved: linkedinUrl /);
    const record = await send('getProspectRecord', { prospectId: linkedInId });
    expect(record.prospect.linkedinUrl).toBe(PROFILE.profileUrl);
  });
});
