import { el } from './dom';
import { describeLastTouch, describeNextStep } from './format';
import type { GmailBannerActions, GmailBannerView } from './gmail-banner-state';
import { createShadowHost } from './shadow-host';

export interface GmailBanner {
  host: HTMLElement;
  /** Shows a person at once (the name first, the rest once the worker answers). */
  showPerson: (person: GmailBannerView['person']) => void;
  showView: (view: GmailBannerView) => void;
  showError: (message: string) => void;
  /** What the "Log email" button does, for the keyboard shortcut; answers in the words it shows. */
  logEmail: () => Promise<{ done: boolean; message: string }>;
}

const EMAIL_LOGGED = 'Email logged.';

interface BannerState {
  view: GmailBannerView | null;
  pendingPerson: GmailBannerView['person'];
  collapsed: boolean;
  busy: boolean;
  message: string;
  error: string | null;
}

function followUpsDue(count: number): string {
  return count === 0 ? 'Nothing due today' : `${count} follow-up${count === 1 ? '' : 's'} due today`;
}

export function mountGmailBanner(doc: Document, actions: GmailBannerActions, now: () => Date): GmailBanner {
  const { host, root } = createShadowHost(doc, 'gmail-banner', 'display:block;margin:8px 16px;');
  const body = el(doc, 'section', { class: 'ft banner', role: 'region', 'aria-label': 'Fifth Touch' });
  root.append(body);
  let state: BannerState = { view: null, pendingPerson: null, collapsed: false, busy: false, message: '', error: null };

  function update(change: Partial<BannerState>) {
    state = { ...state, ...change };
    render();
  }

  async function runAction(action: () => Promise<void>, done: string): Promise<void> {
    update({ busy: true, error: null });
    await action().then(
      () => update({ busy: false, message: done }),
      (error: unknown) => update({ busy: false, error: error instanceof Error ? error.message : String(error) }),
    );
  }

  function button(label: string, action: () => Promise<void>, done: string, secondary = false): HTMLButtonElement {
    const element = el(doc, 'button', { type: 'button', ...(secondary ? { class: 'secondary' } : {}) }, label);
    element.disabled = state.busy;
    element.addEventListener('click', () => void runAction(action, done));
    return element;
  }

  async function logEmail(): Promise<{ done: boolean; message: string }> {
    const person = state.pendingPerson;
    if (!person) return { done: false, message: 'Open a thread with a prospect to log an email.' };
    const view = state.view;
    if (state.busy || !view || view.person?.email !== person.email) {
      return { done: false, message: 'Fifth Touch is still checking this thread; try again in a moment.' };
    }
    if (view.summary?.stage !== 'active') {
      const message = view.summary
        ? `${person.name} has no follow-ups running.`
        : `Start follow-ups for ${person.name} first.`;
      update({ error: message });
      return { done: false, message };
    }
    await runAction(actions.logEmail, EMAIL_LOGGED);
    return state.error ? { done: false, message: state.error } : { done: true, message: EMAIL_LOGGED };
  }

  function renderPerson(): Node[] {
    // The page decides who is shown; a view still in flight for the previous thread must not.
    const person = state.pendingPerson;
    if (!person) return [];
    const nameLine = el(doc, 'p', { class: 'name' }, person.name);
    const view = state.view;
    if (!view || view.person?.email !== person.email) return [nameLine, el(doc, 'p', { class: 'muted' }, 'Checking…')];
    const { summary } = view;
    const link = view.match
      ? [button(`Same person as ${view.match.name} (LinkedIn)? Link`, actions.linkMatch, 'Linked: one record now.')]
      : [];
    if (!summary) {
      return [
        nameLine,
        ...link,
        button(`Start follow-ups for ${person.name}`, actions.startFollowUps, 'Follow-ups started.'),
      ];
    }
    const last = describeLastTouch(summary, now());
    const record = el(doc, 'button', { type: 'button', class: 'link' }, 'Open record');
    record.addEventListener('click', actions.openRecord);
    const nodes: Node[] = [nameLine, ...link, el(doc, 'p', {}, describeNextStep(summary, now())), record];
    if (last) nodes.push(el(doc, 'p', { class: 'muted' }, last));
    if (summary.yeses.length > 0) {
      nodes.push(el(doc, 'ul', { 'aria-label': 'Yeses' }, ...summary.yeses.map((yes) => el(doc, 'li', {}, yes))));
    }
    if (view.replied) {
      nodes.push(
        el(doc, 'p', { class: 'reply' }, `${person.name} replied`),
        button('Pause cadence', actions.pauseForReply, 'Cadence paused; answer their reply within the hour.'),
      );
    }
    if (summary.stage === 'active') {
      nodes.push(
        button('Log email', actions.logEmail, EMAIL_LOGGED),
        button('Snooze', actions.snooze, 'Snoozed for a day.', true),
        button('Pause', actions.pause, 'Follow-ups paused.', true),
      );
    }
    return nodes;
  }

  function renderDue(): Node[] {
    const view = state.view;
    if (!view || view.top.length === 0) return [];
    const items = view.top.map((item) => {
      const open = el(doc, 'button', { type: 'button', class: 'link' }, `${item.name} — ${item.label}`);
      open.addEventListener('click', () => actions.openItem(item.key));
      return el(doc, 'li', {}, open);
    });
    return [el(doc, 'ul', { 'aria-label': 'Due today' }, ...items)];
  }

  function render() {
    const toggle = el(
      doc,
      'button',
      { type: 'button', class: 'secondary', 'aria-expanded': String(!state.collapsed) },
      state.collapsed ? 'Show' : 'Hide',
    );
    toggle.addEventListener('click', () => update({ collapsed: !state.collapsed }));
    const head = el(
      doc,
      'div',
      { class: 'head' },
      el(doc, 'h2', {}, 'Fifth Touch'),
      el(doc, 'span', { class: 'due-count' }, state.view ? followUpsDue(state.view.dueToday) : ''),
      toggle,
    );
    const details = state.collapsed
      ? []
      : [
          ...renderPerson(),
          ...renderDue(),
          el(doc, 'p', { role: 'status' }, state.message),
          ...(state.error ? [el(doc, 'p', { role: 'alert' }, state.error)] : []),
        ];
    body.replaceChildren(head, ...details);
  }

  render();
  return {
    host,
    showPerson: (person) => update({ pendingPerson: person, message: '', error: null }),
    showView: (view) => update({ view }),
    showError: (message) => update({ error: message }),
    logEmail,
  };
}
