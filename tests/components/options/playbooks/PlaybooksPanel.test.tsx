import { fireEvent, render, screen, within } from '@testing-library/react';
import { DEFAULT_CADENCE } from '@/lib/core/model';
import { PlaybooksPanel, type PlaybooksPanelProps } from '@/components/options/playbooks/PlaybooksPanel';

function renderPanel(overrides: Partial<PlaybooksPanelProps> = {}) {
  const props: PlaybooksPanelProps = {
    listCadences: vi.fn(async () => [{ cadence: DEFAULT_CADENCE, enrolledCount: 3 }]),
    saveCadence: vi.fn(async () => ({ refitted: 3 })),
    deleteCadence: vi.fn(async () => undefined),
    resetDefaultCadence: vi.fn(async () => undefined),
    exportPlaybook: vi.fn(async () => undefined),
    importPlaybook: vi.fn(async () => ({ cadence: DEFAULT_CADENCE, addedContent: 2 })),
    ...overrides,
  };
  render(<PlaybooksPanel {...props} />);
  return props;
}

async function editDefault() {
  fireEvent.click(await screen.findByRole('button', { name: 'Edit 28-day playbook' }));
  return screen.getByRole('form', { name: 'Edit 28-day playbook' });
}

describe('PlaybooksPanel', () => {
  it('lists playbooks with their size and who uses them', async () => {
    renderPanel();
    const item = await screen.findByRole('listitem', { name: '28-day playbook' });
    expect(item.textContent).toContain('9 steps over 28 days, 3 prospects');
  });

  it('adds a step on day 35 and saves, saying progress is kept', async () => {
    const props = renderPanel();
    const form = await editDefault();
    fireEvent.click(within(form).getByRole('button', { name: 'Add step' }));
    const step = within(form).getByRole('group', { name: 'Step 10' });
    expect((within(step).getByLabelText('Day') as HTMLInputElement).value).toBe('35');
    fireEvent.click(within(form).getByRole('button', { name: 'Save playbook' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Saved 28-day playbook. 3 prospects keep their progress.',
    );
    const saved = vi.mocked(props.saveCadence).mock.calls[0]![0];
    expect(saved.id).toBe(DEFAULT_CADENCE.id);
    expect(saved.steps.at(-1)).toEqual({ day: 35, channels: ['email'] });
  });

  it('explains a step out of order and a step without channels beside the step, and does not save', async () => {
    const props = renderPanel();
    const form = await editDefault();
    const second = within(form).getByRole('group', { name: 'Step 2' });
    fireEvent.change(within(second).getByLabelText('Day'), { target: { value: '1' } });
    const third = within(form).getByRole('group', { name: 'Step 3' });
    fireEvent.click(within(third).getByRole('checkbox', { name: 'X (Twitter)' }));
    expect(within(second).getByRole('alert').textContent).toBe(
      'Day 1 must come after step 1\u2019s day 1: each step follows the one before it.',
    );
    expect(within(third).getByRole('alert').textContent).toBe('Choose at least one channel.');
    const save = within(form).getByRole('button', { name: 'Save playbook' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.submit(form);
    expect(props.saveCadence).not.toHaveBeenCalled();
  });

  it('asks for at least one step and a name', async () => {
    renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'New playbook' }));
    const form = screen.getByRole('form', { name: 'New playbook' });
    fireEvent.change(within(form).getByLabelText('Playbook name'), { target: { value: ' ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Remove step 1' }));
    const alerts = within(form)
      .getAllByRole('alert')
      .map((alert) => alert.textContent);
    expect(alerts).toContain('A playbook needs at least one step.');
    expect(alerts).toContain('Give the playbook a name.');
  });

  it('duplicates as a new playbook without an id', async () => {
    const props = renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Duplicate 28-day playbook' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save playbook' }));
    await screen.findByRole('status');
    expect(vi.mocked(props.saveCadence).mock.calls[0]![0]).toEqual({
      name: '28-day playbook (copy)',
      steps: DEFAULT_CADENCE.steps,
    });
  });

  it('shows the worker\u2019s refusal to delete a playbook in use', async () => {
    renderPanel({
      deleteCadence: () => Promise.reject(new Error('"28-day playbook" cannot be deleted: 3 prospects use it.')),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete 28-day playbook' }));
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Please confirm' })).getByRole('button', { name: 'Delete it' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      '"28-day playbook" cannot be deleted: 3 prospects use it.',
    );
  });

  it('resets the default playbook only after confirming', async () => {
    const props = renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Reset the default playbook' }));
    expect(props.resetDefaultCadence).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reset it' }));
    expect((await screen.findByRole('status')).textContent).toBe('The default playbook is back as shipped.');
    expect(props.resetDefaultCadence).toHaveBeenCalledOnce();
  });

  it('imports a playbook file and rejects one that is not JSON', async () => {
    const props = renderPanel();
    const input = await screen.findByLabelText('Import playbook');
    fireEvent.change(input, { target: { files: [new File(['nope'], 'notes.txt')] } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'notes.txt is not a playbook file: it is not valid JSON. Nothing was changed.',
    );
    fireEvent.change(input, { target: { files: [new File(['{"format":"fifth-touch-playbook"}'], 'p.json')] } });
    expect((await screen.findByRole('status')).textContent).toBe('Imported 28-day playbook with 2 new content pieces.');
    expect(props.importPlaybook).toHaveBeenCalledWith({ format: 'fifth-touch-playbook' });
  });
});
