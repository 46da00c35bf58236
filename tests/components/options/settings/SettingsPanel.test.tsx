import { fireEvent, render, screen } from '@testing-library/react';
import { makeDefaultSettings, type Settings } from '@/lib/core/model';
import { SettingsPanel, type SettingsPanelProps } from '@/components/options/settings/SettingsPanel';
import { makeVacationActions, NOW } from '../../popup-props';

function renderPanel(overrides: Partial<SettingsPanelProps> = {}) {
  const props: SettingsPanelProps = {
    getSettings: vi.fn(async () => makeDefaultSettings('Europe/Berlin')),
    saveSettings: vi.fn(async (settings: Settings) => settings),
    vacation: makeVacationActions(),
    now: () => NOW,
    ...overrides,
  };
  render(<SettingsPanel {...props} />);
  return props;
}

function lastSaved(props: SettingsPanelProps): Settings {
  return vi.mocked(props.saveSettings).mock.calls.at(-1)![0];
}

function type(label: string, value: string) {
  const field = screen.getByLabelText(label);
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

describe('SettingsPanel', () => {
  it('saves a changed field on blur and says so', async () => {
    const props = renderPanel();
    await screen.findByLabelText('Home time zone');
    type('Callback delay (working days)', '4');
    expect((await screen.findByText('Saved: Callback delay (working days).')).getAttribute('role')).toBe('status');
    expect(lastSaved(props).callbackDelayWorkingDays).toBe(4);
  });

  it('saves checkboxes and selects at once', async () => {
    const props = renderPanel();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Saturday' }));
    await screen.findByText('Saved: Working days.');
    expect(lastSaved(props).workingDays).toEqual([1, 2, 3, 4, 5, 6]);
    fireEvent.change(screen.getByLabelText('Weekly report day'), { target: { value: '1' } });
    await screen.findByText('Saved: Weekly report day.');
    expect(lastSaved(props).weeklyReport.day).toBe(1);
    // Each save builds on the one before, so the Saturday tick is still there.
    expect(lastSaved(props).workingDays).toContain(6);
  });

  it('pauses everything through the same message as the popup, not by saving settings', async () => {
    const props = renderPanel();
    fireEvent.change(await screen.findByLabelText('Pause everything until'), { target: { value: '2026-12-24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pause everything' }));
    await vi.waitFor(() => expect(props.vacation.pause).toHaveBeenCalledTimes(1));
    expect(new Date(vi.mocked(props.vacation.pause).mock.calls[0]![0]).getDate()).toBe(24);
    expect(props.saveSettings).not.toHaveBeenCalled();
  });

  it.each([
    ['Home time zone', 'Mars/Olympus', 'Home time zone should be an IANA time zone such as Europe/Berlin.'],
    ['Callback delay (working days)', '0', 'Callback delay (working days) is too small (at least 1).'],
    ['Speed-to-lead window (minutes)', '2.5', 'Speed-to-lead window (minutes) must be a whole number.'],
    ['Working hours start', '', 'Working hours start should be a time like 09:30.'],
  ])('explains a bad %s beside the field and saves nothing', async (label, value, message) => {
    const props = renderPanel();
    await screen.findByLabelText(label);
    type(label, value);
    const field = screen.getByLabelText(label);
    const error = document.getElementById(field.getAttribute('aria-describedby')!)!;
    expect(error.textContent?.trim()).toBe(message);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((field as HTMLInputElement).value).toBe(value);
    expect(props.saveSettings).not.toHaveBeenCalled();
  });

  it('refuses to leave no working day, keeping the boxes as ticked', async () => {
    const props = renderPanel({
      getSettings: async () => ({ ...makeDefaultSettings('Europe/Berlin'), workingDays: [1] }),
    });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Monday' }));
    expect((await screen.findByRole('alert')).textContent?.trim()).toBe('Working days needs at least one working day.');
    expect((screen.getByRole('checkbox', { name: 'Monday' }) as HTMLInputElement).checked).toBe(false);
    expect(props.saveSettings).not.toHaveBeenCalled();
  });

  it('shows the worker\u2019s refusal beside the field', async () => {
    renderPanel({ saveSettings: () => Promise.reject(new Error('These settings were not saved: storage is full.')) });
    await screen.findByLabelText('Home time zone');
    type('Home time zone', 'Europe/Paris');
    expect((await screen.findByRole('alert')).textContent?.trim()).toBe(
      'These settings were not saved: storage is full.',
    );
  });
});
