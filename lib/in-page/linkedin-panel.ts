import type { TouchOutcome } from '../core/model';
import type { ProspectSummary } from '../core/status/prospect-summary';
import { el } from './dom';
import { describeLastTouch, describeNextStep } from './format';
import { createShadowHost } from './shadow-host';

export interface LinkedInPanelActions {
  logTouch: () => Promise<ProspectSummary>;
  setOutcome: (outcome: TouchOutcome) => Promise<ProspectSummary>;
  saveNote: (note: string) => Promise<ProspectSummary>;
  openRecord: (prospectId: string) => void;
}

/** The one-tap outcomes a LinkedIn touch can have. */
const OUTCOME_CHOICES: [TouchOutcome, string][] = [
  ['connection-request', 'Connection request'],
  ['sent', 'Message sent'],
  ['replied', 'Replied'],
  ['no', 'No'],
];

const LOGGED = 'LinkedIn touch logged.';

interface PanelState {
  name: string;
  summary: ProspectSummary | null | 'loading';
  logged: boolean;
  busy: boolean;
  message: string | null;
  error: string | null;
}

export interface LinkedInPanel {
  host: HTMLElement;
  showPerson: (name: string) => void;
  showSummary: (summary: ProspectSummary | null) => void;
  showError: (message: string) => void;
  /** What the "Log touch" button does, for the keyboard shortcut; answers in the words it shows. */
  logTouch: () => Promise<{ done: boolean; message: string }>;
}

export function mountLinkedInPanel(doc: Document, actions: LinkedInPanelActions, now: () => Date): LinkedInPanel {
  const { host, root } = createShadowHost(
    doc,
    'linkedin-panel',
    'position:fixed;right:16px;bottom:16px;z-index:2147483000;width:300px;',
  );
  const body = el(doc, 'section', { class: 'ft', 'aria-label': 'Fifth Touch' });
  root.append(body);
  let state: PanelState = { name: '', summary: 'loading', logged: false, busy: false, message: null, error: null };

  function update(change: Partial<PanelState>) {
    state = { ...state, ...change };
    render();
  }

  async function run(action: () => Promise<ProspectSummary>, message: string, extra: Partial<PanelState> = {}) {
    update({ busy: true, error: null });
    try {
      update({ summary: await action(), busy: false, message, ...extra });
    } catch (error) {
      update({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  function renderStatus(): Node[] {
    const { summary } = state;
    if (summary === 'loading') return [el(doc, 'p', { class: 'muted' }, 'Checking your follow-ups…')];
    if (summary === null)
      return [el(doc, 'p', { class: 'muted' }, 'New — not followed up yet. Log touch starts the playbook.')];
    const last = describeLastTouch(summary, now());
    const next = el(doc, 'p', {}, describeNextStep(summary, now()));
    const record = el(doc, 'button', { type: 'button', class: 'link' }, 'Open record');
    record.addEventListener('click', () => actions.openRecord(summary.prospectId));
    return last ? [next, el(doc, 'p', { class: 'muted' }, last), record] : [next, record];
  }

  function renderAfterLog(): Node {
    const note = el(doc, 'textarea', { 'aria-label': 'Note', placeholder: 'What did you send or learn? (optional)' });
    const outcomes = OUTCOME_CHOICES.map(([outcome, label]) => {
      const button = el(doc, 'button', { type: 'button', class: 'secondary' }, label);
      button.disabled = state.busy;
      button.addEventListener(
        'click',
        () => void run(() => actions.setOutcome(outcome), `Saved: ${label.toLowerCase()}.`),
      );
      return button;
    });
    const save = el(doc, 'button', { type: 'button' }, 'Save note');
    save.disabled = state.busy;
    save.addEventListener('click', () => void run(() => actions.saveNote(note.value), 'Note saved.'));
    return el(doc, 'div', { role: 'group', 'aria-label': 'How did it go?' }, ...outcomes, note, save);
  }

  async function logTouch(): Promise<{ done: boolean; message: string }> {
    if (state.busy || state.summary === 'loading') {
      return { done: false, message: 'Fifth Touch is still checking this profile; try again in a moment.' };
    }
    if (state.logged) return { done: false, message: 'This visit\u2019s touch is already logged.' };
    await run(actions.logTouch, LOGGED, { logged: true });
    return state.error ? { done: false, message: state.error } : { done: true, message: LOGGED };
  }

  function render() {
    const logButton = el(doc, 'button', { type: 'button' }, 'Log touch');
    // Disabled while logging and after: one visit of a profile logs one touch, so a double
    // click or an impatient second click cannot record two.
    logButton.disabled = state.busy || state.logged || state.summary === 'loading';
    logButton.addEventListener('click', () => void logTouch());
    const nodes: (Node | null)[] = [
      el(doc, 'h2', {}, 'Fifth Touch'),
      el(doc, 'p', { class: 'name' }, state.name),
      ...renderStatus(),
      logButton,
      state.logged ? renderAfterLog() : null,
      el(doc, 'p', { role: 'status' }, state.message ?? ''),
      state.error ? el(doc, 'p', { role: 'alert' }, state.error) : null,
    ];
    body.replaceChildren(...nodes.filter((node): node is Node => node !== null));
  }

  render();
  return {
    host,
    showPerson: (name) => update({ name, summary: 'loading', logged: false, message: null, error: null }),
    showSummary: (summary) => update({ summary }),
    showError: (message) => update({ error: message }),
    logTouch,
  };
}
