import { mkdirSync, readFileSync } from 'node:fs';
import { launchExtension, type LoadedExtension } from './helpers/extension';
import { chooseBackupFile, openOptions } from './helpers/options';
import {
  downloadReportCsv,
  openReport,
  readFigures,
  readRows,
  reportSection,
  showWeek,
} from './helpers/options-report';

const REPORT_BACKUP = readFileSync('tests/fixtures/backup/report-backup.json', 'utf8');
const WEEK_OF_9_NOV = 'Mon 9 Nov 2026 – Sun 15 Nov 2026';

/**
 * The expected figures are worked out by hand, lead by lead, in the comment at the top of
 * tests/unit/handlers/report-handlers.test.ts (the same fixture, a Berlin rep). In short, for the
 * week of Mon 9 – Sun 15 Nov 2026: 5 leads (Eve, Ada, Ben, Cleo, Dan), 4 followed up = 80%;
 * minutes to the first touch 30, 45, 120, 480 → median 82.5 ("1 h 23 min"), 90th percentile 480
 * ("8 h"); 8 touches / 5 leads = 1.6; given up: Jon after 5, Eve after 1; meetings on touches 3
 * and 5, wins on touches 3 and 7; the give-up curve 40/20/20/0/20% against 44/22/14/12/8%.
 * The counts stop at the end of that week, so the figures do not depend on today's date.
 */
describe('weekly report in real Chromium', () => {
  let extension: LoadedExtension;

  beforeEach(async () => {
    extension = await launchExtension();
    const options = await openOptions(extension);
    await chooseBackupFile(options, 'report-backup.json', REPORT_BACKUP);
    await options.getByRole('button', { name: 'Replace my data' }).click();
    await options
      .getByRole('status')
      .getByText(/^Restored 15 prospects/)
      .waitFor();
    await options.close();
  });

  afterEach(async () => {
    await extension.close();
  });

  it('opens at #report and shows the hand-counted figures of a restored history; saves a screenshot', async () => {
    const page = await openReport(extension);
    await page.waitForFunction(() => {
      const heading = [...document.querySelectorAll('h2')].find((h2) => h2.textContent === 'Weekly report');
      const top = heading?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < window.innerHeight;
    });

    await showWeek(page, '2026-11-11', WEEK_OF_9_NOV);
    const report = reportSection(page);
    expect(await readFigures(page)).toEqual({
      'Leads added': '5',
      'Followed up': '80% (4 of 5)',
      'Median time to first touch': '1 h 23 min',
      '90th percentile time to first touch': '8 h',
      'Touches per lead': '1.6',
      'Given up': '2',
    });
    expect(await readRows(report.getByRole('table', { name: 'Leads added this week' }))).toEqual([
      ['Eve Evans', 'gmail', 'Mon 9 Nov 00:30', '1', 'Not in a playbook', 'lost'],
      ['Ada Archer', 'gmail', 'Mon 9 Nov 09:00', '3', 'Step 4 of 9: email, linkedin, due Fri 13 Nov 09:00', 'active'],
      ['Ben Baker', 'linkedin', 'Tue 10 Nov 11:00', '3', 'Not in a playbook', 'won'],
      ['Cleo Clark', 'manual', 'Wed 11 Nov 10:00', '1', 'Step 2 of 9: email, x, due Tue 17 Nov 09:00', 'active'],
      ['Dan Diaz', 'import', 'Thu 12 Nov 14:00', '0', 'Step 1 of 9: call, email, due Thu 12 Nov 15:00', 'active'],
    ]);
    expect(
      await report.getByRole('list', { name: 'Given up this week' }).getByRole('listitem').allTextContents(),
    ).toEqual(['Jon Jones: after 5 touches', 'Eve Evans: after 1 touch (before the five no’s, with a reason)']);
    const curveName = /^Closed without success/;
    await report.getByRole('img', { name: curveName }).waitFor();
    expect(await readRows(report.getByRole('table', { name: curveName }))).toEqual([
      ['1', '40%', '44%'],
      ['2', '20%', '22%'],
      ['3', '20%', '14%'],
      ['4', '0%', '12%'],
      ['5+', '20%', '8%'],
    ]);
    const byTouch = await readRows(report.getByRole('table', { name: /^Meetings booked and deals won/ }));
    expect(byTouch.filter(([, meetings, wins]) => meetings !== '0' || wins !== '0')).toEqual([
      ['3', '1', '1'],
      ['5', '1', '0'],
      ['7', '0', '1'],
    ]);
    expect(await readRows(report.getByRole('table', { name: 'Progress against the goals' }))).toEqual([
      ['Median time to first touch', 'at most 1 h', '45 min (met)', '1 h 30 min (not yet)'],
      ['Touches per lead', 'at least 5', '1.7 (not yet)', '3.3 (not yet)'],
      ['Leads followed up', 'at least 90%', '83% (not yet)', '100% (met)'],
      ['Meetings', 'at least 4', '2 (not yet)', '1 (not yet)'],
    ]);

    mkdirSync('docs', { recursive: true });
    await page.setViewportSize({ width: 900, height: 900 });
    await report.screenshot({ path: 'docs/report.png' });
  });

  it('moves between weeks, saves goals, exports CSV and prints the report alone', async () => {
    const page = await openReport(extension);
    await showWeek(page, '2026-11-11', WEEK_OF_9_NOV);
    const report = reportSection(page);

    // Mon 2 – Sun 8 Nov: only Olaf (3 Nov), first touched after 20 minutes, then once more.
    await report.getByRole('button', { name: 'Previous week' }).click();
    await report.getByText('Mon 2 Nov 2026 – Sun 8 Nov 2026', { exact: true }).waitFor();
    expect(await readFigures(page)).toMatchObject({ 'Leads added': '1', 'Median time to first touch': '20 min' });
    await report.getByRole('button', { name: 'Next week' }).click();
    await report.getByText(WEEK_OF_9_NOV, { exact: true }).waitFor();

    const goals = report.getByRole('form', { name: 'Monthly goals' });
    await goals.getByLabel('Meetings, at least').fill('2');
    await goals.getByRole('button', { name: 'Save goals' }).click();
    await goals.getByRole('status').getByText('Goals saved.').waitFor();
    await report.getByRole('cell', { name: '2 (met)' }).waitFor();
    await report.getByRole('cell', { name: 'at least 2' }).waitFor();

    const csv = await downloadReportCsv(page);
    expect(csv.startsWith('\uFEFFSection,Item,Value,Source,Added,Next step,Status\r\n')).toBe(true);
    expect(csv).toContain('\r\nSummary,Median time to first touch,1 h 23 min,,,,\r\n');
    expect(csv).toContain(
      '\r\nLead,Ada Archer,3,gmail,Mon 9 Nov 09:00,"Step 4 of 9: email, linkedin, due Fri 13 Nov 09:00",active\r\n',
    );
    expect(csv).toContain('\r\nGoal,Meetings at least,2,,,,\r\n');

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { name: 'Backup' }).isVisible()).toBe(false);
    expect(await report.getByRole('heading', { name: 'Weekly report' }).isVisible()).toBe(true);
    expect(await report.getByRole('button', { name: 'Print report' }).isVisible()).toBe(false);
  });
});
