import { fireEvent, render, screen } from '@testing-library/react';
import { VacationControl, type VacationState } from '@/components/vacation/VacationControl';
import { makeVacationActions, NOW } from '../popup-props';

const RETURN = {
  from: '2026-11-09T08:00:00.000Z',
  until: '2026-11-19T23:00:00.000Z',
  steps: 14,
  prospects: 9,
  tasks: 0,
  workingDays: 6,
};

/** A stand-in worker that keeps the state, so the control reloads what the last action stored. */
function statefulActions(initial: VacationState) {
  let state = initial;
  const set = (next: VacationState) => async () => (state = next);
  return makeVacationActions({
    load: vi.fn(async () => state),
    pause: vi.fn(async (until: string) => (state = { pausedUntil: until, pausedFrom: NOW.toISOString() })),
    returnEarly: vi.fn(set({ vacationReturn: { ...RETURN, steps: 2, prospects: 2, workingDays: 1 } })),
    dismiss: vi.fn(set({})),
  });
}

describe('VacationControl', () => {
  it('pauses until the start of the picked day, then offers "Back early"', async () => {
    const actions = statefulActions({});
    const onChange = vi.fn();
    render(<VacationControl actions={actions} now={() => NOW} onChange={onChange} />);
    fireEvent.change(await screen.findByLabelText('Pause everything until'), { target: { value: '2026-12-24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pause everything' }));
    expect(await screen.findByText(/Paused until .*: no reminders and no badge until then\./)).toBeTruthy();
    const until = new Date(vi.mocked(actions.pause).mock.calls[0]![0]);
    expect([until.getDate(), until.getHours(), until.getMinutes()]).toEqual([24, 0, 0]);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('back early shows what the return moved, until dismissed', async () => {
    const actions = statefulActions({ pausedUntil: '2026-12-01T23:00:00.000Z', pausedFrom: NOW.toISOString() });
    render(<VacationControl actions={actions} now={() => NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Back early' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain(
      'Welcome back — 2 steps for 2 prospects moved by 1 working day, so nothing waits as overdue.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await vi.waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(screen.getByRole('button', { name: 'Pause everything' })).toBeTruthy();
  });

  test.each([
    [RETURN, 'Welcome back — 14 steps for 9 prospects moved by 6 working days, so nothing waits as overdue.'],
    [
      { ...RETURN, steps: 1, prospects: 1, tasks: 3 },
      'Welcome back — 1 step for 1 prospect moved by 6 working days, and 3 to-dos with them, so nothing waits as overdue.',
    ],
    [
      { ...RETURN, steps: 0, prospects: 0 },
      'Welcome back — nothing fell due while you were away; the rest of each playbook moved by 6 working days.',
    ],
  ])('says in words what moved (%#)', async (vacationReturn, words) => {
    render(<VacationControl actions={statefulActions({ vacationReturn })} now={() => NOW} />);
    expect((await screen.findByRole('status')).textContent).toContain(words);
  });

  it('a pause whose date has passed offers a new pause, not "Back early"', async () => {
    render(<VacationControl actions={statefulActions({ pausedUntil: '2026-11-20T23:00:00.000Z' })} now={() => NOW} />);
    expect(await screen.findByRole('button', { name: 'Pause everything' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back early' })).toBeNull();
  });

  it('says why a pause was refused, and asks for a day when none is picked', async () => {
    const actions = makeVacationActions({
      pause: vi.fn(async () => Promise.reject(new Error('Pick a day after today to pause until; nothing was paused.'))),
    });
    render(<VacationControl actions={actions} now={() => NOW} />);
    fireEvent.submit((await screen.findByRole('button', { name: 'Pause everything' })).closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('Pick the day you are back to pause until.');
    fireEvent.change(screen.getByLabelText('Pause everything until'), { target: { value: '2026-11-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pause everything' }));
    expect(await screen.findByText('Pick a day after today to pause until; nothing was paused.')).toBeTruthy();
  });
});
