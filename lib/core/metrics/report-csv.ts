import { toCsv } from '../csv/export-csv';
import { describeNextStep, formatDayTime, formatDecimal, formatMinutes, formatPercent } from './format-report';
import type { MonthProgress, WeeklyReport } from './weekly-report-schema';

const HEADERS = ['Section', 'Item', 'Value', 'Source', 'Added', 'Next step', 'Status'];

type Row = (string | number)[];

function monthRows(label: string, month: MonthProgress): Row[] {
  return [
    [label, 'Month', month.month],
    [label, 'Leads', month.leads],
    [label, 'Median time to first touch', formatMinutes(month.medianFirstTouchMinutes)],
    [label, 'Touches per lead', formatDecimal(month.touchesPerLead)],
    [label, 'Followed up', formatPercent(month.followedUpPercent)],
    [label, 'Meetings', month.meetings],
  ];
}

/** The whole report as one sheet: a section column keeps leads, figures and goals apart. */
export function weeklyReportToCsv(report: WeeklyReport): string {
  const { week, stats, goals } = report;
  const zone = week.timeZone;
  const rows: Row[] = [
    ['Week', 'From', week.firstDay],
    ['Week', 'To', week.lastDay],
    ['Week', 'Time zone', zone],
    ...report.leads.map((lead) => [
      'Lead',
      lead.name,
      lead.touches,
      lead.source,
      formatDayTime(lead.createdAt, zone),
      describeNextStep(lead.nextStep, zone),
      lead.status,
    ]),
    ['Summary', 'Leads added', stats.leads],
    ['Summary', 'Followed up', formatPercent(stats.followedUpPercent)],
    ['Summary', 'Median time to first touch', formatMinutes(stats.medianFirstTouchMinutes)],
    ['Summary', '90th percentile time to first touch', formatMinutes(stats.p90FirstTouchMinutes)],
    ['Summary', 'Touches per lead', formatDecimal(stats.touchesPerLead)],
    ...report.byTouchNumber.flatMap((row) => [
      ['Meetings by touch', `Touch ${row.touchNumber}`, row.meetings],
      ['Wins by touch', `Touch ${row.touchNumber}`, row.wins],
    ]),
    ...report.givenUp.map((lead) => ['Given up', lead.name, lead.touches]),
    ...report.giveUpCurve.buckets.map((bucket) => [
      'Give-up curve',
      `Stopped after ${bucket.touches}`,
      formatPercent(bucket.percent),
      `Industry ${bucket.industryPercent}%`,
    ]),
    ['Goal', 'Median time to first touch at most', formatMinutes(goals.firstTouchMinutes)],
    ['Goal', 'Touches per lead at least', goals.touchesPerLead],
    ['Goal', 'Followed up at least', `${goals.followedUpPercent}%`],
    ['Goal', 'Meetings at least', goals.meetings],
    ...monthRows('This month', report.thisMonth),
    ...monthRows('Last month', report.lastMonth),
  ];
  // Every row as wide as the header, so a spreadsheet lines the columns up.
  return toCsv(
    HEADERS,
    rows.map((row) => [...row, ...Array<string>(HEADERS.length - row.length).fill('')]),
  );
}
