import type { ProspectSummary } from '@/lib/core/status/prospect-summary';
import { mountGmailBanner } from '@/lib/in-page/gmail-banner';
import { mountLinkedInPanel } from '@/lib/in-page/linkedin-panel';
import { createPageCommandListener } from '@/lib/messaging/page-commands';

const NOW = () => new Date('2026-11-24T10:00:00.000Z');
const OURS = { id: 'fifth-touch-id' };
const LOG = { command: 'logTouch' };
const LENA = { name: 'Lena Vogel', email: 'lena@kestrel.example' };
const SUMMARY: ProspectSummary = {
  prospectId: 'p-1',
  name: 'Lena Vogel',
  stage: 'active',
  enrollmentId: 'e-1',
  stepNumber: 2,
  stepCount: 9,
  channels: ['email'],
  channelsLeft: ['email'],
  dueAt: '2026-11-24T15:00:00.000Z',
  touchCount: 1,
  yeses: [],
};

function statusOf(host: HTMLElement): string | undefined {
  return host.shadowRoot!.querySelector('[role="status"]')?.textContent ?? undefined;
}

describe('the log-touch shortcut on the LinkedIn panel', () => {
  function setup() {
    const logTouch = vi.fn(async () => SUMMARY);
    const panel = mountLinkedInPanel(
      document,
      {
        logTouch,
        setOutcome: vi.fn(async () => SUMMARY),
        saveNote: vi.fn(async () => SUMMARY),
        openRecord: vi.fn(),
      },
      NOW,
    );
    document.body.replaceChildren(panel.host);
    return { panel, logTouch, listen: createPageCommandListener(OURS.id, panel.logTouch) };
  }

  it('logs the touch the button logs, once per visit, and answers in the panel\u2019s words', async () => {
    const { panel, logTouch, listen } = setup();
    panel.showPerson('Lena Vogel');
    panel.showSummary(null);
    expect(await listen(LOG, OURS)).toEqual({ done: true, message: 'LinkedIn touch logged.' });
    expect(statusOf(panel.host)).toBe('LinkedIn touch logged.');
    expect(await listen(LOG, OURS)).toEqual({ done: false, message: 'This visit\u2019s touch is already logged.' });
    expect(logTouch).toHaveBeenCalledOnce();
  });

  it('ignores commands from anyone but this extension, and ones it does not know', async () => {
    const { panel, logTouch, listen } = setup();
    panel.showPerson('Lena Vogel');
    panel.showSummary(null);
    expect(await listen(LOG, { id: 'another-extension' })).toMatchObject({ done: false });
    expect(await listen(LOG, {})).toMatchObject({ done: false });
    expect(await listen({ command: 'deleteEverything' }, OURS)).toMatchObject({ done: false });
    expect(logTouch).not.toHaveBeenCalled();
  });

  it('waits for the profile check instead of logging blind', async () => {
    const { panel, logTouch, listen } = setup();
    panel.showPerson('Lena Vogel');
    expect(await listen(LOG, OURS)).toMatchObject({ done: false, message: /still checking/ });
    expect(logTouch).not.toHaveBeenCalled();
  });
});

describe('the log-touch shortcut on the Gmail banner', () => {
  function setup() {
    const logEmail = vi.fn(async () => undefined);
    const banner = mountGmailBanner(
      document,
      {
        startFollowUps: vi.fn(async () => undefined),
        logEmail,
        snooze: vi.fn(async () => undefined),
        pause: vi.fn(async () => undefined),
        pauseForReply: vi.fn(async () => undefined),
        openItem: vi.fn(),
        linkMatch: vi.fn(async () => undefined),
        openRecord: vi.fn(),
      },
      NOW,
    );
    document.body.replaceChildren(banner.host);
    return { banner, logEmail, listen: createPageCommandListener(OURS.id, banner.logEmail) };
  }
  const view = (summary: ProspectSummary | null) => ({ person: LENA, summary, replied: false, dueToday: 1, top: [] });

  it('logs an email for the thread\u2019s prospect as "Log email" does', async () => {
    const { banner, logEmail, listen } = setup();
    banner.showPerson(LENA);
    banner.showView(view(SUMMARY));
    expect(await listen(LOG, OURS)).toEqual({ done: true, message: 'Email logged.' });
    expect(logEmail).toHaveBeenCalledOnce();
    expect(statusOf(banner.host)).toBe('Email logged.');
  });

  test.each([
    ['no thread is open', null, null, 'Open a thread with a prospect to log an email.'],
    ['the person is not followed up yet', LENA, null, 'Start follow-ups for Lena Vogel first.'],
    [
      'their follow-ups are closed',
      LENA,
      { ...SUMMARY, stage: 'finished' as const },
      'Lena Vogel has no follow-ups running.',
    ],
  ])('says what to do when %s', async (_case, person, summary, message) => {
    const { banner, logEmail, listen } = setup();
    banner.showPerson(person);
    if (person) banner.showView(view(summary));
    expect(await listen(LOG, OURS)).toEqual({ done: false, message });
    expect(logEmail).not.toHaveBeenCalled();
  });

  it('says why the log failed, as the button would', async () => {
    const { banner, logEmail, listen } = setup();
    logEmail.mockRejectedValueOnce(new Error('That prospect no longer exists.'));
    banner.showPerson(LENA);
    banner.showView(view(SUMMARY));
    expect(await listen(LOG, OURS)).toEqual({ done: false, message: 'That prospect no longer exists.' });
  });
});
