import { openSeededWorld } from './seeded-world';
import { whyNotWorded } from './worded-rejection';

describe('links the worker hands to pages', () => {
  it('never hands the Gmail banner a javascript: profile link from a record that slipped past validation', async () => {
    const world = await openSeededWorld();
    await world.db.prospects.update('p-kenji-watanabe', { linkedinUrl: 'javascript:alert(1)' });
    const reply = await world.send({ name: 'getGmailView', request: {} });
    // Stored records are parsed again on the way out, so the damaged one is named instead of shown.
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('(id p-kenji-watanabe) is damaged') });
    expect(whyNotWorded(reply.ok ? '' : reply.error)).toBeNull();
    expect(JSON.stringify(reply)).not.toContain('javascript:');
  });
});
