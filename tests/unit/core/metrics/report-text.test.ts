import {
  describeNextStep,
  formatDay,
  formatMinutes,
  goalLines,
  weeklyReportToCsv,
  type MonthProgress,
  type NextStep,
  type WeeklyReport,
} from '@/lib/core/metrics';
import Papa from 'papaparse';
import { DEFAULT_GOALS, makeDefaultSettings, Settings } from '@/lib/core/model';

const month = (overrides: Partial<MonthProgress>): MonthProgress => ({
  month: '2026-11',
  leads: 4,
  followedUp: 4,
  followedUpPercent: 100,
  touchesPerLead: 5,
  medianFirstTouchMinutes: 60,
  p90FirstTouchMinutes: 90,
  meetings: 8,
  ...overrides,
});

describe('report text, goals and CSV', () => {
  test.each([
    [null, '—'],
    [44.6, '45 min'],
    [82.5, '1 h 23 min'],
    [480, '8 h'],
    [1440, '1 d'],
    [1500, '1 d 1 h'],
  ])('%s minutes read as %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });

  it('writes days and next steps in the rep’s words and zone', () => {
    expect(formatDay('2026-11-09')).toBe('Mon 9 Nov 2026');
    const step: NextStep = { stage: 'active', stepNumber: 4, stepCount: 9, channels: ['email', 'linkedin'] };
    expect(describeNextStep({ ...step, dueAt: '2026-11-13T08:00:00.000Z' }, 'Europe/Berlin')).toBe(
      'Step 4 of 9: email, linkedin, due Fri 13 Nov 09:00',
    );
    expect(describeNextStep({ ...step, stage: 'paused' }, 'UTC')).toBe('Step 4 of 9: email, linkedin (paused)');
    expect(describeNextStep({ stage: 'finished', channels: [] }, 'UTC')).toBe('Playbook finished');
  });

  it('marks a goal met only when the month reaches it, and never for a month with nothing measured', () => {
    const lines = goalLines(
      DEFAULT_GOALS,
      month({ medianFirstTouchMinutes: 61, touchesPerLead: 5, followedUpPercent: 99.5, meetings: 8 }),
      month({ leads: 0, medianFirstTouchMinutes: null, touchesPerLead: null, followedUpPercent: null, meetings: 0 }),
    );
    expect(lines.map((line) => [line.goal, line.target, line.thisMonth.value, line.thisMonth.met])).toEqual([
      ['Median time to first touch', 'at most 1 h', '1 h 1 min', false],
      ['Touches per lead', 'at least 5', '5', true],
      ['Leads followed up', 'at least 100%', '100%', false],
      ['Meetings', 'at least 8', '8', true],
    ]);
    expect(lines.map((line) => line.lastMonth)).toEqual([
      { value: '—', met: false },
      { value: '—', met: false },
      { value: '—', met: false },
      { value: '0', met: false },
    ]);
  });

  it('exports the report as one CSV with a byte-order mark and hostile names neutralised', () => {
    const report: WeeklyReport = {
      week: {
        firstDay: '2026-11-09',
        lastDay: '2026-11-15',
        start: '2026-11-08T23:00:00.000Z',
        end: '2026-11-15T23:00:00.000Z',
        hours: 168,
        timeZone: 'Europe/Berlin',
        isCurrent: false,
      },
      leads: [
        {
          prospectId: 'p1',
          name: '=HYPERLINK("http://evil.example","x")',
          source: 'gmail',
          createdAt: '2026-11-09T08:00:00.000Z',
          touches: 3,
          status: 'active',
          nextStep: { stage: 'not-enrolled', channels: [] },
        },
      ],
      stats: { ...month({}), leads: 1, followedUp: 1 },
      byTouchNumber: [{ touchNumber: '3', meetings: 1, wins: 0 }],
      givenUp: [],
      giveUpCurve: {
        closed: 1,
        neverTouched: 0,
        buckets: [{ touches: '1', count: 1, percent: 100, industryPercent: 44 }],
      },
      goals: DEFAULT_GOALS,
      thisMonth: month({}),
      lastMonth: month({ month: '2026-10', meetings: 3 }),
    };
    const csv = weeklyReportToCsv(report);
    expect(csv.startsWith('\uFEFFSection,Item,Value,Source,Added,Next step,Status\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1)).data.slice(1);
    expect(rows.every((row) => row.length === 7)).toBe(true);
    expect(rows).toContainEqual([
      'Lead',
      `'=HYPERLINK("http://evil.example","x")`,
      '3',
      'gmail',
      'Mon 9 Nov 09:00',
      'Not in a playbook',
      'active',
    ]);
    expect(rows).toContainEqual(['Meetings by touch', 'Touch 3', '1', '', '', '', '']);
    expect(rows).toContainEqual(['Give-up curve', 'Stopped after 1', '100%', 'Industry 44%', '', '', '']);
    expect(rows).toContainEqual(['Last month', 'Meetings', '3', '', '', '', '']);
  });

  it('reads settings stored before goals existed, with the default goals', () => {
    const { goals: _goals, ...stored } = makeDefaultSettings('Europe/Berlin');
    expect(Settings.parse(stored).goals).toEqual(DEFAULT_GOALS);
    expect(Settings.safeParse({ ...stored, goals: { ...DEFAULT_GOALS, followedUpPercent: 101 } }).success).toBe(false);
  });
});
