import { fireEvent, render, screen, within } from '@testing-library/react';
import { PopupApp } from '@/components/PopupApp';
import { makeProspect, makeTask } from '../factories';
import { makeQueue, makeStepItem } from '../factories/queue';
import type { SuggestionView } from '@/components/queue/queue-actions';
import type { QueueLimits } from '@/lib/core/queue/queue-reply';
import { makeActions, makePopupProps, makeSuggestion, NOW } from './popup-props';

const grace = makeProspect({
  id: 'grace',
  name: 'Grace Hopper',
  email: 'grace@navy.example',
  timeZone: 'America/New_York',
});

function renderWith(
  actions = makeActions(),
  items = [makeStepItem({ prospect: grace, enrollmentId: 'e-grace', intent: 'insight', key: 'step:grace' })],
  suggestions: Record<string, SuggestionView> = {},
) {
  const loadQueue = vi.fn(async () => ({ queue: makeQueue({ dueNow: items }), suggestions }));
  render(<PopupApp {...makePopupProps({ actions, loadQueue })} />);
  return { actions, loadQueue };
}

async function itemNamed(name: string) {
  const list = await screen.findByRole('list', { name: 'Due now' });
  return within(list).getByRole('listitem', { name: new RegExp(name) });
}

describe('queue actions in the popup', () => {
  it('Done logs the step with the chosen outcome and the suggested piece, then reloads', async () => {
    const actions = makeActions();
    const { loadQueue } = renderWith(actions, undefined, { 'step:grace': makeSuggestion() });
    const item = await itemNamed('Grace Hopper');
    await within(item).findByRole('group', { name: 'Suggested content: One number from last quarter' });
    fireEvent.change(within(item).getByLabelText('Outcome for Grace Hopper'), { target: { value: 'voicemail' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Done' }));
    await vi.waitFor(() => expect(loadQueue).toHaveBeenCalledTimes(2));
    expect(actions.done).toHaveBeenCalledWith(
      expect.objectContaining({ enrollmentId: 'e-grace' }),
      'voicemail',
      'starter-insight',
    );
  });

  it('a call-only step defaults to "No answer"', async () => {
    renderWith(makeActions(), [makeStepItem({ prospect: grace, channels: ['call'], channelsLeft: ['call'] })]);
    const item = await itemNamed('Grace Hopper');
    expect((within(item).getByLabelText('Outcome for Grace Hopper') as HTMLSelectElement).value).toBe('no-answer');
    expect(item.textContent).toMatch(/their time/);
  });

  it('"Another" asks for the next piece, passing over the one shown; "Copy" copies the filled text', async () => {
    const suggest = vi.fn(async () =>
      makeSuggestion({ id: 'second', title: 'A checklist', kind: 'education', text: 'Checklist for Grace' }),
    );
    const actions = makeActions({ suggest });
    renderWith(actions, undefined, { 'step:grace': makeSuggestion() });
    const item = await itemNamed('Grace Hopper');
    fireEvent.click(await within(item).findByRole('button', { name: 'Another' }));
    await within(item).findByRole('group', { name: 'Suggested content: A checklist' });
    expect(suggest).toHaveBeenLastCalledWith(expect.anything(), ['starter-insight']);
    fireEvent.click(within(item).getByRole('button', { name: 'Copy' }));
    await within(item).findByRole('button', { name: 'Copied' });
    expect(actions.copy).toHaveBeenCalledWith('Checklist for Grace');
  });

  it('says so when the library has nothing unsent, without asking the worker', async () => {
    const actions = makeActions();
    renderWith(actions);
    const item = await itemNamed('Grace Hopper');
    expect(await within(item).findByText(/nothing unsent/)).toBeTruthy();
    expect(actions.suggest).not.toHaveBeenCalled();
  });

  it('asks the worker for 3 items per section first, counts them all, and brings 20 more, then the rest, on request', async () => {
    const many = Array.from({ length: 28 }, (_, index) =>
      makeStepItem({ key: `step:${index}`, prospect: makeProspect({ id: `p${index}`, name: `Prospect ${index}` }) }),
    );
    // Like the worker: the first limits.dueNow items in full, and the count of all of them.
    const loadQueue = vi.fn(async (limits: QueueLimits) => {
      const queue = makeQueue({ dueNow: many.slice(0, limits.dueNow) });
      return {
        queue: { ...queue, counts: { ...queue.counts, dueNow: many.length, dueToday: many.length } },
        suggestions: {},
      };
    });
    render(<PopupApp {...makePopupProps({ loadQueue })} />);
    const list = await screen.findByRole('list', { name: 'Due now' });
    const shown = () => within(list).getAllByRole('listitem', { name: /^Prospect/ });
    expect(shown()).toHaveLength(3);
    expect(loadQueue).toHaveBeenLastCalledWith({ overdue: 3, dueNow: 3, laterToday: 3, next7Days: 3 });
    expect(screen.getByRole('heading', { name: 'Due now (28)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more of 25' }));
    await vi.waitFor(() => expect(shown()).toHaveLength(23));
    expect(loadQueue).toHaveBeenLastCalledWith(expect.objectContaining({ dueNow: 23, overdue: 3 }));
    fireEvent.click(screen.getByRole('button', { name: 'Show 5 more of 5' }));
    await vi.waitFor(() => expect(shown()).toHaveLength(28));
    expect(screen.queryByRole('button', { name: /^Show .* more/ })).toBeNull();
  });

  it('snoozes for an hour, until tomorrow, or a picked time', async () => {
    const { actions } = renderWith();
    const item = await itemNamed('Grace Hopper');
    fireEvent.click(within(item).getByRole('button', { name: 'Snooze' }));
    fireEvent.click(
      within(within(item).getByRole('group', { name: 'Snooze Grace Hopper' })).getByRole('button', { name: '1 hour' }),
    );
    await vi.waitFor(() =>
      expect(actions.snooze).toHaveBeenCalledWith(expect.anything(), new Date(NOW.getTime() + 3_600_000)),
    );
  });

  it('Give up is disabled before five follow-ups and says why; allowed with a reason', async () => {
    const { actions } = renderWith();
    const item = await itemNamed('Grace Hopper');
    const giveUp = within(item).getByRole('button', { name: 'Give up' }) as HTMLButtonElement;
    expect(giveUp.disabled).toBe(true);
    expect(item.textContent).toContain('Only 0 follow-ups so far — the playbook asks for at least 5 before giving up.');
    fireEvent.change(within(item).getByLabelText('Why give up before five follow-ups?'), {
      target: { value: 'Company closed' },
    });
    fireEvent.click(within(item).getByRole('button', { name: 'Give up with this reason' }));
    await vi.waitFor(() => expect(actions.giveUp).toHaveBeenCalledWith(expect.anything(), 'Company closed'));
  });

  it('Give up is enabled after five follow-ups', async () => {
    renderWith(makeActions(), [makeStepItem({ prospect: grace, followUps: 5 })]);
    const item = await itemNamed('Grace Hopper');
    expect((within(item).getByRole('button', { name: 'Give up' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows an action failure in words next to the item', async () => {
    renderWith(makeActions({ skip: () => Promise.reject(new Error('This step is already done.')) }));
    const item = await itemNamed('Grace Hopper');
    fireEvent.click(within(item).getByRole('button', { name: 'Skip' }));
    expect((await within(item).findByRole('alert')).textContent).toBe('This step is already done.');
  });

  it('moves with j/k, completes with d, opens snooze with s, and focuses search with /', async () => {
    const alan = makeProspect({ id: 'alan', name: 'Alan Turing' });
    const { actions } = renderWith(makeActions(), [
      makeStepItem({ prospect: grace, key: 'step:g' }),
      makeStepItem({ prospect: alan, key: 'step:a' }),
    ]);
    await itemNamed('Alan Turing');
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'j' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Alan Turing/);
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Grace Hopper/);
    fireEvent.keyDown(document.body, { key: 's' });
    expect(screen.getByRole('group', { name: 'Snooze Grace Hopper' })).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'd' });
    await vi.waitFor(() =>
      expect(actions.done).toHaveBeenCalledWith(expect.objectContaining({ key: 'step:g' }), 'sent', undefined),
    );
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByLabelText('Search prospects'));
  });

  it('task items complete and snooze without a Skip', async () => {
    const task = {
      ...makeStepItem({ prospect: grace }),
      kind: 'task' as const,
      taskId: makeTask().id,
      taskKind: 'callback' as const,
      note: 'Call back after the voicemail.',
      label: 'Call back',
    };
    const { actions } = renderWith(makeActions(), [task as never]);
    const item = await itemNamed('Grace Hopper');
    expect(within(item).queryByRole('button', { name: 'Skip' })).toBeNull();
    expect(item.textContent).toContain('Call back after the voicemail.');
    fireEvent.click(within(item).getByRole('button', { name: 'Done' }));
    await vi.waitFor(() => expect(actions.done).toHaveBeenCalled());
  });
});

describe('search and quick add', () => {
  it('searches as the rep types and says when nothing matches', async () => {
    const searchProspects = vi.fn(async (query: string) => (query === 'grace' ? [grace] : []));
    render(<PopupApp {...makePopupProps({ searchProspects })} />);
    fireEvent.change(screen.getByLabelText('Search prospects'), { target: { value: 'grace' } });
    expect((await screen.findByRole('list', { name: 'Search results' })).textContent).toContain('Grace Hopper');
    fireEvent.change(screen.getByLabelText('Search prospects'), { target: { value: 'zzz' } });
    expect(await screen.findByText('No prospect matches “zzz”.')).toBeTruthy();
  });

  it('adds a prospect and reloads the queue; shows a refusal in words', async () => {
    const addProspect = vi.fn(async () => 'Ada is in the playbook: step 1 of 9.');
    const loadQueue = vi.fn(async () => ({ queue: makeQueue(), suggestions: {} }));
    render(<PopupApp {...makePopupProps({ addProspect, loadQueue })} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Ada' } });
    fireEvent.change(screen.getByLabelText('Email or LinkedIn URL'), { target: { value: 'ada@example.com' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Quick add' }));
    expect((await screen.findByRole('status')).textContent).toBe('Ada is in the playbook: step 1 of 9.');
    expect(addProspect).toHaveBeenCalledWith({ name: 'Ada', contact: 'ada@example.com' });
    await vi.waitFor(() => expect(loadQueue).toHaveBeenCalledTimes(2));
    addProspect.mockRejectedValueOnce(new Error('"nope" is neither an email address nor a LinkedIn profile URL.'));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Bo' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Quick add' }));
    expect((await screen.findByRole('alert')).textContent).toContain('neither an email address');
  });
});

describe('speed to lead', () => {
  it('counts down the first hour of an inbound lead', async () => {
    const lead = makeStepItem({
      prospect: makeProspect({ name: 'Inbound Ida' }),
      speedToLead: true,
      dueAt: new Date(NOW.getTime() + 42 * 60_000).toISOString(),
    });
    renderWith(makeActions(), [lead]);
    const item = await itemNamed('Inbound Ida');
    expect(within(item).getByRole('timer').textContent).toBe('first touch due in 42 min');
  });
});
