import { mountLinkedInPanel, type LinkedInPanelActions } from '@/lib/in-page/linkedin-panel';
import type { ProspectSummary } from '@/lib/core/status/prospect-summary';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const SUMMARY: ProspectSummary = {
  prospectId: 'p-1',
  name: 'Abgar Gulo',
  stage: 'active',
  stepNumber: 1,
  stepCount: 9,
  channels: ['call', 'email'],
  channelsLeft: ['call', 'email'],
  dueAt: '2026-11-24T15:00:00.000Z',
  lastTouch: { channel: 'linkedin', at: '2026-11-24T09:59:00.000Z', outcome: 'sent', note: '' },
  touchCount: 1,
  yeses: [],
};

function setup() {
  let resolveLog: (summary: ProspectSummary) => void = () => undefined;
  const actions: LinkedInPanelActions = {
    logTouch: vi.fn(() => new Promise<ProspectSummary>((resolve) => (resolveLog = resolve))),
    setOutcome: vi.fn(async () => SUMMARY),
    saveNote: vi.fn(async () => SUMMARY),
    openRecord: vi.fn(),
  };
  const panel = mountLinkedInPanel(document, actions, () => NOW);
  document.body.replaceChildren(panel.host);
  const root = panel.host.shadowRoot!;
  const buttonNamed = (name: string) =>
    [...root.querySelectorAll('button')].find((button) => button.textContent === name)!;
  return { panel, actions, root, buttonNamed, finishLog: () => resolveLog(SUMMARY) };
}

describe('LinkedIn panel', () => {
  it("opens a known person's record", () => {
    const { panel, actions, buttonNamed } = setup();
    panel.showPerson('Abgar Gulo');
    panel.showSummary(SUMMARY);
    buttonNamed('Open record').click();
    expect(actions.openRecord).toHaveBeenCalledWith('p-1');
  });

  it('names the person, says they are new, and logs one touch however often it is clicked', async () => {
    const { panel, actions, root, buttonNamed, finishLog } = setup();
    expect(panel.host.dataset.fifthTouch).toBe('linkedin-panel');
    panel.showPerson('Abgar Gulo');
    panel.showSummary(null);
    expect(root.querySelector('.name')?.textContent).toBe('Abgar Gulo');
    expect(root.textContent).toContain('New — not followed up yet');
    buttonNamed('Log touch').click();
    buttonNamed('Log touch').click();
    finishLog();
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('LinkedIn touch logged.'));
    buttonNamed('Log touch').click();
    expect(actions.logTouch).toHaveBeenCalledOnce();
    expect(root.textContent).toContain('Step 1 of 9 · Call + Email due');
  });

  it('offers one-tap outcomes and a note after logging', async () => {
    const { panel, actions, root, buttonNamed, finishLog } = setup();
    panel.showPerson('Abgar Gulo');
    panel.showSummary(null);
    buttonNamed('Log touch').click();
    finishLog();
    await vi.waitFor(() => expect(root.querySelector('[aria-label="How did it go?"]')).not.toBeNull());
    buttonNamed('Replied').click();
    expect(actions.setOutcome).toHaveBeenCalledWith('replied');
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved: replied.'));
    const note = root.querySelector('textarea')!;
    note.value = 'Asked about pricing';
    buttonNamed('Save note').click();
    expect(actions.saveNote).toHaveBeenCalledWith('Asked about pricing');
  });

  it('resets when another person is shown', () => {
    const { panel, root } = setup();
    panel.showPerson('Abgar Gulo');
    panel.showSummary(SUMMARY);
    panel.showPerson('Surendra Thota');
    expect(root.querySelector('.name')?.textContent).toBe('Surendra Thota');
    expect(root.textContent).toContain('Checking your follow-ups…');
  });

  it('renders a hostile name as text', () => {
    const { panel, root } = setup();
    panel.showPerson('<img src=x onerror=alert(1)>');
    expect(root.querySelector('.name')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
  });
});
