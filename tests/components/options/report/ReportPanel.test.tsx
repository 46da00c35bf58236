import { fireEvent, render, screen, within } from '@testing-library/react';
import { ReportPanel, type ReportPanelProps } from '@/components/options/report/ReportPanel';
import type { WeeklyReport } from '@/lib/core/metrics';
import type { MonthlyGoals } from '@/lib/core/model';
import { fixtureReport } from './fixture-report';

function renderPanel(report: WeeklyReport = fixtureReport('2026-11-11'), overrides: Partial<ReportPanelProps> = {}) {
  const props: ReportPanelProps = {
    getWeeklyReport: vi.fn(async () => report),
    saveGoals: vi.fn(async (goals: MonthlyGoals) => goals),
    downloadReportCsv: vi.fn(),
    printReport: vi.fn(),
    ...overrides,
  };
  render(<ReportPanel {...props} />);
  return props;
}

function figure(term: string): string {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('ReportPanel', () => {
  it('shows the week, its figures and its leads as the fixture works out by hand', async () => {
    renderPanel();
    await screen.findByText('Mon 9 Nov 2026 – Sun 15 Nov 2026');
    expect(figure('Leads added')).toBe('5');
    expect(figure('Followed up')).toBe('80% (4 of 5)');
    expect(figure('Median time to first touch')).toBe('1 h 23 min');
    expect(figure('90th percentile time to first touch')).toBe('8 h');
    expect(figure('Touches per lead')).toBe('1.6');
    expect(figure('Given up')).toBe('2');
    expect(rowsOf(screen.getByRole('table', { name: 'Leads added this week' }))).toEqual([
      ['Eve Evans', 'gmail', 'Mon 9 Nov 00:30', '1', 'Not in a playbook', 'lost'],
      ['Ada Archer', 'gmail', 'Mon 9 Nov 09:00', '3', 'Step 4 of 9: email, linkedin, due Fri 13 Nov 09:00', 'active'],
      ['Ben Baker', 'linkedin', 'Tue 10 Nov 11:00', '3', 'Not in a playbook', 'won'],
      ['Cleo Clark', 'manual', 'Wed 11 Nov 10:00', '1', 'Step 2 of 9: email, x, due Tue 17 Nov 09:00', 'active'],
      ['Dan Diaz', 'import', 'Thu 12 Nov 14:00', '0', 'Step 1 of 9: call, email, due Thu 12 Nov 15:00', 'active'],
    ]);
    const givenUp = screen.getByRole('list', { name: 'Given up this week' });
    expect(
      within(givenUp)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Jon Jones: after 5 touches', 'Eve Evans: after 1 touch (before the five no’s, with a reason)']);
  });

  it('draws each chart as a titled image with the same numbers in a table', async () => {
    renderPanel();
    const curveTitle = 'Closed without success: share stopped after each number of touches, you and the industry';
    expect((await screen.findByRole('img', { name: curveTitle })).tagName.toLowerCase()).toBe('svg');
    expect(rowsOf(screen.getByRole('table', { name: curveTitle }))).toEqual([
      ['1', '40%', '44%'],
      ['2', '20%', '22%'],
      ['3', '20%', '14%'],
      ['4', '0%', '12%'],
      ['5+', '20%', '8%'],
    ]);
    expect(
      screen.getByText(/Of your 5 prospects closed without success.*1 more were closed without a single touch\./),
    ).toBeTruthy();
    const touchTitle = 'Meetings booked and deals won this week, by the touch on which they happened';
    screen.getByRole('img', { name: touchTitle });
    const byTouch = rowsOf(screen.getByRole('table', { name: touchTitle }));
    expect(byTouch.filter(([, meetings, wins]) => meetings !== '0' || wins !== '0')).toEqual([
      ['3', '1', '1'],
      ['5', '1', '0'],
      ['7', '0', '1'],
    ]);
  });

  it('shows this month and last month against the goals', async () => {
    renderPanel();
    const goals = await screen.findByRole('table', { name: 'Progress against the goals' });
    expect(rowsOf(goals)).toEqual([
      ['Median time to first touch', 'at most 1 h', '45 min (met)', '1 h 30 min (not yet)'],
      ['Touches per lead', 'at least 5', '1.7 (not yet)', '3.3 (not yet)'],
      ['Leads followed up', 'at least 90%', '83% (not yet)', '100% (met)'],
      ['Meetings', 'at least 4', '2 (not yet)', '1 (not yet)'],
    ]);
    expect(within(goals).getByRole('columnheader', { name: 'This month (2026-11)' })).toBeTruthy();
  });

  it('goes to the previous, next or a chosen week, and offers no next week while this one is going', async () => {
    const current = fixtureReport('2026-11-25');
    const props = renderPanel(current);
    await screen.findByText('Mon 23 Nov 2026 – Sun 29 Nov 2026');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Next week' }).disabled).toBe(true);
    expect(screen.getByText('No leads were added this week.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
    await vi.waitFor(() => expect(props.getWeeklyReport).toHaveBeenLastCalledWith('2026-11-16'));
    fireEvent.change(screen.getByLabelText('Week of'), { target: { value: '2026-11-11' } });
    await vi.waitFor(() => expect(props.getWeeklyReport).toHaveBeenLastCalledWith('2026-11-11'));
  });

  it('says when a week is longer or shorter because the clocks change', async () => {
    renderPanel(fixtureReport('2026-10-21'));
    await screen.findByText(/Monday to Sunday in Europe\/Berlin; 169 hours, as the clocks change/);
  });

  it('saves goals, then reloads the report; refuses a bad goal in words naming the field', async () => {
    const props = renderPanel();
    const form = await screen.findByRole('form', { name: 'Monthly goals' });
    fireEvent.change(within(form).getByLabelText('Meetings, at least'), { target: { value: '6' } });
    fireEvent.change(within(form).getByLabelText('Touches per lead, at least'), { target: { value: '5.5' } });
    // happy-dom does not submit a form from its button's click (Chromium does: see the e2e test).
    fireEvent.submit(form);
    await within(form).findByText('Goals saved.');
    expect(props.saveGoals).toHaveBeenCalledWith({
      firstTouchMinutes: 60,
      touchesPerLead: 5.5,
      followedUpPercent: 90,
      meetings: 6,
    });
    await vi.waitFor(() => expect(props.getWeeklyReport).toHaveBeenCalledTimes(2));

    fireEvent.change(within(form).getByLabelText('Leads followed up, at least (%)'), { target: { value: '150' } });
    fireEvent.change(within(form).getByLabelText('Touches per lead, at least'), { target: { value: '' } });
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'These goals were not saved. Touches per lead, at least needs a number. Leads followed up, at least (%) is too large (at most 100).',
    );
    expect(props.saveGoals).toHaveBeenCalledTimes(1);
  });

  it('prints and downloads the report it shows', async () => {
    const report = fixtureReport('2026-11-11');
    const props = renderPanel(report);
    fireEvent.click(await screen.findByRole('button', { name: 'Print report' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download report (CSV)' }));
    expect(props.printReport).toHaveBeenCalledTimes(1);
    expect(props.downloadReportCsv).toHaveBeenCalledWith(report);
  });

  it('explains a report that could not be made', async () => {
    renderPanel(undefined, { getWeeklyReport: vi.fn(async () => Promise.reject(new Error('The database is busy.'))) });
    expect((await screen.findByRole('alert')).textContent).toBe('The database is busy.');
  });
});
