import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProspectActions } from '@/components/prospect/prospect-actions';
import { ProspectView } from '@/components/prospect/ProspectView';
import type { ProspectRecord } from '@/lib/core/prospects/prospect-record';
import { makeProspect } from '../../factories';

function makeRecord(overrides: Partial<ProspectRecord> = {}): ProspectRecord {
  const prospect = makeProspect({
    id: 'p-1',
    name: 'Abgar Gulo',
    email: undefined,
    company: 'Recruitjob.se',
    title: 'Founder',
    linkedinUrl: 'https://www.linkedin.com/in/abgargulo/',
    noteEntries: [{ id: 'n-1', at: '2026-11-22T09:00:00.000Z', text: 'Budget is approved', yes: true }],
  });
  return {
    prospect,
    summary: {
      prospectId: 'p-1',
      name: prospect.name,
      stage: 'active',
      channels: [],
      channelsLeft: [],
      touchCount: 2,
      yeses: [],
      stepNumber: 2,
      stepCount: 3,
    },
    cadence: { id: 'default', name: 'Fifth touch (28 days)' },
    steps: [
      { number: 1, day: 1, channels: ['call', 'email'], status: 'done', at: '2026-11-20T10:00:00.000Z' },
      { number: 2, day: 3, channels: ['linkedin'], status: 'due', at: '2026-11-24T10:00:00.000Z' },
      { number: 3, day: 5, channels: ['x'], status: 'upcoming' },
    ],
    touches: [
      {
        id: 't-2',
        channel: 'email',
        at: '2026-11-21T10:00:00.000Z',
        outcome: 'yes',
        note: 'Agreed delays cost 3%',
        stepNumber: 1,
      },
      {
        id: 't-1',
        channel: 'linkedin',
        at: '2026-11-20T10:00:00.000Z',
        outcome: 'sent',
        note: '',
        content: { id: 'c-1', title: 'Three numbers from last quarter' },
      },
    ],
    yeses: [
      { source: 'touch', id: 't-2', at: '2026-11-21T10:00:00.000Z', text: 'Agreed delays cost 3%' },
      { source: 'note', id: 'n-1', at: '2026-11-22T09:00:00.000Z', text: 'Budget is approved' },
    ],
    followUps: 2,
    cadences: [
      { id: 'default', name: 'Fifth touch (28 days)' },
      { id: 'nurture-monthly', name: 'Monthly nurture' },
    ],
    matches: [{ prospectId: 'p-2', name: 'Abgar Gulo', reason: 'same-name' }],
    ...overrides,
  };
}

function makeActions(overrides: Partial<ProspectActions> = {}): ProspectActions {
  return {
    load: vi.fn(async () => makeRecord()),
    update: vi.fn(async () => 'Saved.'),
    saveNote: vi.fn(async () => 'Note saved.'),
    deleteNote: vi.fn(async () => 'Note deleted.'),
    updateTouch: vi.fn(async () => 'Note saved.'),
    changeStatus: vi.fn(async () => 'Closed as won. Congratulations!'),
    changeCadence: vi.fn(async () => 'Playbook changed.'),
    restartCadence: vi.fn(async () => 'Playbook restarted from step 1 today.'),
    search: vi.fn(async () => []),
    merge: vi.fn(async () => ({ mergeId: 'm-1', message: 'Abgar Gulo is now part of Abgar Gulo: 1 touch moved.' })),
    undoMerge: vi.fn(async () => 'Unlinked: both records are back as they were.'),
    ...overrides,
  };
}

async function renderView(actions = makeActions()) {
  render(<ProspectView actions={actions} />);
  await screen.findByRole('heading', { level: 1, name: 'Abgar Gulo' });
  return { actions, user: userEvent.setup() };
}

const section = (name: RegExp | string) => screen.getByRole('region', { name });

describe('the prospect record view', () => {
  it('pins the yeses above the details, the steps and the history, newest touch first', async () => {
    await renderView();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings[0]).toBe('Yeses so far');
    expect(
      within(screen.getByRole('list', { name: 'Yeses' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent?.split(' (')[0]),
    ).toEqual(['Agreed delays cost 3%', 'Budget is approved']);
    const steps = within(screen.getByRole('list', { name: 'Cadence steps' })).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent?.split(' — ')[1]?.split(' ')[0])).toEqual(['done', 'due', 'upcoming']);
    expect(steps[0]?.textContent).toContain('Step 1 · day 1 · Call + Email');
    const touches = within(screen.getByRole('list', { name: 'Touch history' })).getAllByRole('listitem');
    expect(touches[0]?.getAttribute('aria-label')).toMatch(/^Email · Yes · /);
    expect(touches[1]?.textContent).toContain('Sent: Three numbers from last quarter');
    expect(screen.getByLabelText('Company')).toHaveProperty('value', 'Recruitjob.se');
  });

  it('saves a field as soon as the rep leaves it, clears an emptied one, and reloads', async () => {
    const { actions, user } = await renderView();
    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), '  CEO ');
    await user.tab();
    expect(actions.update).toHaveBeenCalledWith({ title: 'CEO' });
    await user.clear(screen.getByLabelText('LinkedIn URL'));
    await user.tab();
    expect(actions.update).toHaveBeenCalledWith({ linkedinUrl: null });
    await user.type(screen.getByLabelText('Tags (comma-separated)'), 'saas, saas,  emea{Enter}');
    expect(actions.update).toHaveBeenCalledWith({ tags: ['saas', 'emea'] });
    await within(section('Details')).findByText('Saved.');
    expect(actions.load).toHaveBeenCalledTimes(4);
  });

  it('shows why an edit was refused and keeps what the rep typed', async () => {
    const update = vi.fn(async () => {
      throw new Error('Not saved: email is not a valid email.');
    });
    const { user } = await renderView(makeActions({ update }));
    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.tab();
    expect(await within(section('Details')).findByRole('alert')).toHaveProperty(
      'textContent',
      'Not saved: email is not a valid email.',
    );
    expect(screen.getByLabelText('Email')).toHaveProperty('value', 'not-an-email');
  });

  it('refuses a deal value that is not a number without asking the worker', async () => {
    const { actions, user } = await renderView();
    await user.type(screen.getByLabelText('Deal value'), '12k');
    await user.tab();
    expect(await within(section('Details')).findByRole('alert')).toHaveProperty(
      'textContent',
      'The deal value must be a number, like 12000.',
    );
    expect(actions.update).not.toHaveBeenCalled();
  });

  it("edits a touch's note and marks a touch as a yes", async () => {
    const { actions, user } = await renderView();
    const older = within(screen.getByRole('list', { name: 'Touch history' })).getAllByRole('listitem')[1]!;
    await user.type(within(older).getByLabelText('Note'), 'Liked the numbers');
    await user.click(within(older).getByRole('button', { name: 'Save note' }));
    expect(actions.updateTouch).toHaveBeenCalledWith('t-1', { note: 'Liked the numbers' });
    await user.click(within(older).getByRole('button', { name: 'Mark as yes' }));
    expect(actions.updateTouch).toHaveBeenCalledWith('t-1', { note: 'Liked the numbers', outcome: 'yes' });
  });

  it('adds a note marked as a yes and unmarks an existing one', async () => {
    const { actions, user } = await renderView();
    const notes = section('Notes');
    await user.type(within(notes).getByLabelText('New note'), 'Wants a pilot in Q1');
    await user.click(within(notes).getByLabelText('They agreed to this (a yes)'));
    await user.click(within(notes).getByRole('button', { name: 'Add note' }));
    expect(actions.saveNote).toHaveBeenCalledWith({ text: 'Wants a pilot in Q1', yes: true });
    await user.click(within(notes).getByRole('checkbox', { name: 'Yes' }));
    expect(actions.saveNote).toHaveBeenCalledWith({ noteId: 'n-1', text: 'Budget is approved', yes: false });
  });

  it('closes as lost only with a reason before five follow-ups, in the policy’s words', async () => {
    const { actions, user } = await renderView();
    const status = section(/^Status/);
    await user.selectOptions(within(status).getByLabelText('New status'), 'lost');
    expect(status.textContent).toContain('Only 2 follow-ups so far');
    await user.type(within(status).getByLabelText('Why give up now?'), 'They were acquired');
    await user.click(within(status).getByRole('button', { name: 'Change status' }));
    expect(actions.changeStatus).toHaveBeenCalledWith({ status: 'lost', reason: 'They were acquired' });
  });

  it('pauses until a date', async () => {
    const { actions, user } = await renderView();
    const status = section(/^Status/);
    await user.selectOptions(within(status).getByLabelText('New status'), 'paused');
    await user.type(within(status).getByLabelText('Paused until'), '2026-12-01');
    await user.click(within(status).getByRole('button', { name: 'Change status' }));
    expect(actions.changeStatus).toHaveBeenCalledWith({
      status: 'paused',
      until: new Date('2026-12-01T00:00').toISOString(),
    });
  });

  it('changes the playbook and restarts it', async () => {
    const { actions, user } = await renderView();
    const cadence = section(/^Playbook/);
    expect(within(cadence).getByRole('button', { name: 'Change playbook' })).toHaveProperty('disabled', true);
    await user.selectOptions(within(cadence).getByLabelText('Playbook'), 'nurture-monthly');
    await user.click(within(cadence).getByRole('button', { name: 'Change playbook' }));
    expect(actions.changeCadence).toHaveBeenCalledWith('nurture-monthly');
    await user.click(within(cadence).getByRole('button', { name: 'Restart from step 1' }));
    expect(actions.restartCadence).toHaveBeenCalledOnce();
  });

  it('links a likely duplicate in one click and can undo it', async () => {
    const { actions, user } = await renderView();
    const link = section('Same person elsewhere?');
    await user.click(within(link).getByRole('button', { name: 'Link Abgar Gulo' }));
    expect(actions.merge).toHaveBeenCalledWith('p-2');
    await within(link).findByText('Abgar Gulo is now part of Abgar Gulo: 1 touch moved.');
    await user.click(within(link).getByRole('button', { name: 'Undo link' }));
    expect(actions.undoMerge).toHaveBeenCalledWith('m-1');
    await within(link).findByText('Unlinked: both records are back as they were.');
  });

  it('finds another record to link by name, never this one', async () => {
    const search = vi.fn(async () => [
      makeProspect({ id: 'p-1', name: 'Abgar Gulo' }),
      makeProspect({ id: 'p-9', name: 'A. Gulo', company: 'Recruitjob' }),
    ]);
    const { actions, user } = await renderView(makeActions({ search }));
    await user.type(screen.getByLabelText('Link to existing prospect'), 'Gulo');
    const results = await screen.findByRole('list', { name: 'Prospects to link' });
    expect(within(results).getAllByRole('listitem')).toHaveLength(1);
    await user.click(within(results).getByRole('button', { name: 'Link A. Gulo' }));
    expect(actions.merge).toHaveBeenCalledWith('p-9');
  });

  it('says so in words when the record cannot be read', async () => {
    render(
      <ProspectView
        actions={makeActions({ load: async () => Promise.reject(new Error('That prospect no longer exists.')) })}
      />,
    );
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'That prospect no longer exists.');
  });
});
