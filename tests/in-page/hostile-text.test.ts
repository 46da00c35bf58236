import { mountGmailBanner } from '@/lib/in-page/gmail-banner';
import type { GmailBannerActions } from '@/lib/in-page/gmail-banner-state';
import { mountLinkedInPanel } from '@/lib/in-page/linkedin-panel';
import type { ProspectSummary } from '@/lib/core/status/prospect-summary';
import { HOSTILE_LIST } from '../fixtures/hostile-strings';
import { expectNoMarkupFrom } from '../components/expect-inert';

const NOW = new Date('2026-11-24T10:00:00.000Z');

function summaryOf(text: string): ProspectSummary {
  return {
    prospectId: 'p-1',
    name: text,
    stage: 'active',
    enrollmentId: 'e-1',
    stepNumber: 2,
    stepCount: 9,
    channels: ['email'],
    channelsLeft: ['email'],
    dueAt: '2026-11-24T15:00:00.000Z',
    lastTouch: { channel: 'email', at: '2026-11-24T09:00:00.000Z', outcome: 'replied', note: text },
    touchCount: 3,
    yeses: [text],
  };
}

const textsOf = (root: ShadowRoot, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent);

describe.each(HOSTILE_LIST)('page text "%s" in the in-page UI', (_label, text) => {
  it('is shown as inert text in the Gmail banner: name, last note, yeses, due list and errors', async () => {
    const actions: GmailBannerActions = {
      startFollowUps: vi.fn(async () => undefined),
      logEmail: vi.fn(async () => {
        throw new Error(text);
      }),
      snooze: vi.fn(async () => undefined),
      pause: vi.fn(async () => undefined),
      pauseForReply: vi.fn(async () => undefined),
      openItem: vi.fn(),
      linkMatch: vi.fn(async () => undefined),
      openRecord: vi.fn(),
    };
    const banner = mountGmailBanner(document, actions, () => NOW);
    document.body.replaceChildren(banner.host);
    const root = banner.host.shadowRoot!;
    const person = { name: text, email: 'lena@kestrel.example' };
    banner.showPerson(person);
    expect(root.querySelector('.name')?.textContent).toBe(text);
    banner.showView({
      person,
      summary: summaryOf(text),
      replied: true,
      dueToday: 1,
      top: [{ key: 'k', name: text, label: text }],
    });
    expect(root.querySelector('.name')?.textContent).toBe(text);
    expect(textsOf(root, '[aria-label="Yeses"] li')).toEqual([text]);
    expect(textsOf(root, '[aria-label="Due today"] li')).toEqual([`${text} — ${text}`]);
    expect(root.textContent).toContain(`— ${text}`);
    expect(root.textContent).toContain(`${text} replied`);
    expectNoMarkupFrom(root);
    [...root.querySelectorAll('button')].find((button) => button.textContent?.startsWith('Log'))?.click();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain(text));
    expectNoMarkupFrom(root);
    expect(document.body.querySelectorAll('script, img, svg')).toHaveLength(0);
  });

  it('is shown as inert text in the LinkedIn panel: name, last note and errors', () => {
    const panel = mountLinkedInPanel(
      document,
      { logTouch: vi.fn(), setOutcome: vi.fn(), saveNote: vi.fn(), openRecord: vi.fn() },
      () => NOW,
    );
    document.body.replaceChildren(panel.host);
    const root = panel.host.shadowRoot!;
    panel.showPerson(text);
    panel.showSummary(summaryOf(text));
    expect(root.querySelector('.name')?.textContent).toBe(text);
    expect(root.textContent).toContain(`— ${text}`);
    panel.showError(text);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(text);
    expectNoMarkupFrom(root);
    expect(document.body.querySelectorAll('script, img, svg')).toHaveLength(0);
  });
});
