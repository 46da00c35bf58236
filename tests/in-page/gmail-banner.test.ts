import { mountGmailBanner } from '@/lib/in-page/gmail-banner';
import type { GmailBannerActions, GmailBannerView } from '@/lib/in-page/gmail-banner-state';
import type { ProspectSummary } from '@/lib/core/status/prospect-summary';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const LENA = { name: 'Lena Vogel', email: 'lena@kestrel.example' };

function makeSummary(overrides: Partial<ProspectSummary> = {}): ProspectSummary {
  return {
    prospectId: 'p-1',
    name: 'Lena Vogel',
    stage: 'active',
    enrollmentId: 'e-1',
    stepNumber: 2,
    stepCount: 9,
    channels: ['email', 'x'],
    channelsLeft: ['x'],
    dueAt: '2026-11-24T15:00:00.000Z',
    touchCount: 3,
    yeses: [],
    ...overrides,
  };
}

function makeView(overrides: Partial<GmailBannerView> = {}): GmailBannerView {
  return { person: LENA, summary: makeSummary(), replied: false, dueToday: 4, top: [], ...overrides };
}

function setup() {
  const actions: GmailBannerActions = {
    startFollowUps: vi.fn(async () => undefined),
    logEmail: vi.fn(async () => undefined),
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
  const buttonNamed = (name: string) =>
    [...root.querySelectorAll('button')].find((button) => button.textContent === name);
  return { banner, actions, root, buttonNamed };
}

describe('Gmail banner', () => {
  it('is an open shadow root region named Fifth Touch under the agreed host', () => {
    const { banner, root } = setup();
    expect(banner.host.dataset.fifthTouch).toBe('gmail-banner');
    expect(root.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Fifth Touch');
  });

  it('names the person at once, then where they stand with the actions', () => {
    const { banner, root, buttonNamed } = setup();
    banner.showPerson(LENA);
    expect(root.querySelector('.name')?.textContent).toBe('Lena Vogel');
    expect(root.textContent).toContain('Checking…');
    banner.showView(makeView({ summary: makeSummary({ yeses: ['Agreed delays cost 3%'] }) }));
    expect(root.textContent).toContain('4 follow-ups due today');
    expect(root.textContent).toContain('Step 2 of 9 · X due');
    expect(root.querySelector('[aria-label="Yeses"]')?.textContent).toBe('Agreed delays cost 3%');
    for (const name of ['Log email', 'Snooze', 'Pause']) expect(buttonNamed(name)).toBeDefined();
  });

  it('offers to start follow-ups for an unknown sender and reports success', async () => {
    const { banner, root, actions, buttonNamed } = setup();
    banner.showPerson(LENA);
    banner.showView(makeView({ summary: null }));
    buttonNamed('Start follow-ups for Lena Vogel')!.click();
    expect(actions.startFollowUps).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Follow-ups started.'));
  });

  it('offers to link a sender to the record met on LinkedIn, in one click', async () => {
    const { banner, root, actions, buttonNamed } = setup();
    banner.showPerson(LENA);
    banner.showView(makeView({ summary: null, match: { prospectId: 'p-li', name: 'Lena Vogel' } }));
    buttonNamed('Same person as Lena Vogel (LinkedIn)? Link')!.click();
    expect(actions.linkMatch).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Linked: one record now.'));
  });

  it('opens the record of a known sender and offers no link without a match', () => {
    const { banner, actions, buttonNamed } = setup();
    banner.showPerson(LENA);
    banner.showView(makeView());
    expect(buttonNamed('Same person as Lena Vogel (LinkedIn)? Link')).toBeUndefined();
    buttonNamed('Open record')!.click();
    expect(actions.openRecord).toHaveBeenCalledOnce();
  });

  it('never shows the previous thread’s person once the page shows another or none', () => {
    const { banner, root } = setup();
    banner.showPerson(LENA);
    banner.showView(makeView());
    banner.showPerson(null);
    expect(root.querySelector('.name')).toBeNull();
    banner.showPerson({ name: 'Joy Okafor', email: 'joy@meridian.example' });
    expect(root.querySelector('.name')?.textContent).toBe('Joy Okafor');
    expect(root.textContent).not.toContain('Step 2 of 9');
  });

  it('says the prospect replied and offers to pause', () => {
    const { banner, root, actions, buttonNamed } = setup();
    banner.showPerson(LENA);
    banner.showView(makeView({ replied: true }));
    expect(root.textContent).toContain('Lena Vogel replied');
    buttonNamed('Pause cadence')!.click();
    expect(actions.pauseForReply).toHaveBeenCalledOnce();
  });

  it('disables the buttons while an action runs, so a double click acts once', () => {
    const { banner, actions, buttonNamed } = setup();
    banner.showPerson(LENA);
    banner.showView(makeView());
    buttonNamed('Log email')!.click();
    buttonNamed('Log email')!.click();
    expect(actions.logEmail).toHaveBeenCalledOnce();
  });

  it('shows an action failure in words', async () => {
    const { banner, root, actions, buttonNamed } = setup();
    vi.mocked(actions.snooze).mockRejectedValueOnce(new Error('This prospect has no follow-up to snooze.'));
    banner.showPerson(LENA);
    banner.showView(makeView());
    buttonNamed('Snooze')!.click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toBe('This prospect has no follow-up to snooze.'),
    );
  });

  it('lists the top due items and opens one on click; collapses and expands', () => {
    const { banner, root, actions, buttonNamed } = setup();
    banner.showView(
      makeView({
        person: null,
        summary: null,
        dueToday: 1,
        top: [{ key: 'step:e-9', name: 'Grace Hopper', label: 'Step 4 of 9' }],
      }),
    );
    expect(root.textContent).toContain('1 follow-up due today');
    buttonNamed('Grace Hopper — Step 4 of 9')!.click();
    expect(actions.openItem).toHaveBeenCalledWith('step:e-9');
    buttonNamed('Hide')!.click();
    expect(root.querySelector('[aria-label="Due today"]')).toBeNull();
    expect(buttonNamed('Show')?.getAttribute('aria-expanded')).toBe('false');
  });

  it('renders hostile page text as text', () => {
    const { banner, root } = setup();
    const hostile = '<img src=x onerror=alert(1)>';
    banner.showPerson({ name: hostile, email: 'x@example.com' });
    banner.showView(
      makeView({
        person: { name: hostile, email: 'x@example.com' },
        summary: makeSummary({
          lastTouch: { channel: 'email', at: '2026-11-23T10:00:00.000Z', outcome: 'sent', note: hostile },
        }),
      }),
    );
    expect(root.querySelector('.name')?.textContent).toBe(hostile);
    expect(root.textContent).toContain(`— ${hostile}`);
    expect(root.querySelector('img')).toBeNull();
  });
});
