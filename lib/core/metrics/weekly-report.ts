import type { Cadence, Enrollment, MonthlyGoals, Prospect, Touch } from '../model';
import { newestEnrollmentByProspect } from '../status/newest-enrollment';
import { statusNow } from '../status/status-now';
import { summarizeProspect } from '../status/summarize-prospect';
import { giveUpCurve } from './give-up-curve';
import { summarizeLeads } from './lead-stats';
import { outcomesByTouchNumber } from './outcomes-by-touch';
import { isWithin, type Period, type ReportMonth, type ReportPeriods } from './periods';
import { countFollowUps } from '../policies/five-nos';
import { givenUpWithin } from './given-up';
import { historiesByProspect } from './touch-history';
import type { LeadRow, MonthProgress, NextStep, WeeklyReport } from './weekly-report-schema';

export interface WeeklyReportInput {
  now: Date;
  timeZone: string;
  goals: MonthlyGoals;
  periods: ReportPeriods;
  /** Leads added in the week and both months, and every won or lost prospect. */
  prospects: readonly Prospect[];
  /** Every touch of those prospects, and every touch in the week and both months. */
  touches: readonly Touch[];
  /** The enrollments of the week's leads, and the cadences they follow. */
  enrollments: readonly Enrollment[];
  cadences: readonly Cadence[];
}

type Histories = ReadonlyMap<string, readonly Touch[]>;

function createdWithin(prospects: readonly Prospect[], period: Period, cutoff: Date): Prospect[] {
  return prospects
    .filter((prospect) => isWithin(prospect.createdAt, period, cutoff))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

function nextStepOf(
  prospect: Prospect,
  enrollment: Enrollment | undefined,
  input: WeeklyReportInput,
  history: readonly Touch[],
): NextStep {
  const cadence = enrollment && input.cadences.find((candidate) => candidate.id === enrollment.cadenceId);
  const summary = summarizeProspect({
    prospect,
    ...(enrollment ? { enrollment } : {}),
    ...(cadence ? { cadence } : {}),
    touches: [...history],
    now: input.now,
  });
  return {
    stage: summary.stage,
    ...(summary.stepNumber ? { stepNumber: summary.stepNumber, stepCount: summary.stepCount } : {}),
    channels: summary.channelsLeft.length ? summary.channelsLeft : summary.channels,
    ...(summary.dueAt ? { dueAt: summary.dueAt } : {}),
  };
}

function monthProgress(month: ReportMonth, input: WeeklyReportInput, histories: Histories): MonthProgress {
  const cutoff = new Date(Math.min(month.end.getTime(), input.periods.cutoff.getTime()));
  const leads = createdWithin(input.prospects, month, cutoff);
  const meetings = input.touches.filter((touch) => touch.outcome === 'meeting' && isWithin(touch.at, month, cutoff));
  return {
    month: month.month,
    ...summarizeLeads(leads, histories, cutoff.toISOString()),
    meetings: meetings.length,
  };
}

/**
 * The Friday report: the week's new leads and how they were worked, meetings and wins by touch
 * number, who was given up on, the give-up curve, and this month's goals beside last month's.
 * Touch counts stop at the week's end (or now), so a past week reads as it did that Sunday;
 * status and next step are as they stand now.
 */
export function buildWeeklyReport(input: WeeklyReportInput): WeeklyReport {
  const { periods, now, timeZone } = input;
  const { week, cutoff } = periods;
  const histories = historiesByProspect(input.touches);
  const leads = createdWithin(input.prospects, week, cutoff);
  const cutoffIso = cutoff.toISOString();
  const stats = summarizeLeads(leads, histories, cutoffIso);
  const currentEnrollments = newestEnrollmentByProspect(input.enrollments);
  const rows: LeadRow[] = leads.map((lead) => {
    const history = histories.get(lead.id) ?? [];
    const enrollment = currentEnrollments.get(lead.id);
    return {
      prospectId: lead.id,
      name: lead.name,
      source: lead.source,
      createdAt: lead.createdAt,
      touches: countFollowUps(history.filter((touch) => touch.at <= cutoffIso)),
      status: statusNow(lead, enrollment, now),
      nextStep: nextStepOf(lead, enrollment, input, history),
    };
  });
  const lost = input.prospects.filter((prospect) => prospect.status === 'lost');
  const won = input.prospects.filter((prospect) => prospect.status === 'won');
  const givenUp = givenUpWithin(lost, histories, week, cutoff);
  return {
    week: {
      firstDay: week.firstDay,
      lastDay: week.lastDay,
      start: week.start.toISOString(),
      end: week.end.toISOString(),
      hours: week.hours,
      timeZone,
      isCurrent: week.end.getTime() > now.getTime(),
    },
    leads: rows,
    stats,
    byTouchNumber: outcomesByTouchNumber(input.touches, won, histories, week, cutoff),
    givenUp,
    giveUpCurve: giveUpCurve(lost, histories),
    goals: input.goals,
    thisMonth: monthProgress(periods.thisMonth, input, histories),
    lastMonth: monthProgress(periods.lastMonth, input, histories),
  };
}
