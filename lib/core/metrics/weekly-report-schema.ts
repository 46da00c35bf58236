import * as z from 'zod/mini';
import { Channel } from '../model/channel';
import { MonthlyGoals } from '../model/goals';
import { Id, IsoDate, IsoDateTime } from '../model/primitives';
import { ProspectSource, ProspectStatus } from '../model/prospect';

const Count = z.int().check(z.nonnegative());
/** Absent (null) when there is nothing to measure, e.g. no leads: never a made-up zero. */
const Measure = z.nullable(z.number());

export const ReportWeekRange = z.object({
  firstDay: IsoDate,
  lastDay: IsoDate,
  start: IsoDateTime,
  end: IsoDateTime,
  hours: z.int(),
  timeZone: z.string(),
  /** The week still going: its counts stop at now, and there is no next week to show yet. */
  isCurrent: z.boolean(),
});

export const NextStep = z.object({
  stage: z.enum(['active', 'paused', 'finished', 'not-enrolled']),
  stepNumber: z.optional(z.int()),
  stepCount: z.optional(z.int()),
  channels: z.array(Channel),
  dueAt: z.optional(IsoDateTime),
});
export type NextStep = z.infer<typeof NextStep>;

export const LeadRow = z.object({
  prospectId: Id,
  name: z.string(),
  source: ProspectSource,
  createdAt: IsoDateTime,
  touches: Count,
  status: ProspectStatus,
  nextStep: NextStep,
});
export type LeadRow = z.infer<typeof LeadRow>;

export const LeadStats = z.object({
  leads: Count,
  followedUp: Count,
  followedUpPercent: Measure,
  touchesPerLead: Measure,
  medianFirstTouchMinutes: Measure,
  p90FirstTouchMinutes: Measure,
});
export type LeadStats = z.infer<typeof LeadStats>;

export const TouchNumberRow = z.object({ touchNumber: z.string(), meetings: Count, wins: Count });
export type TouchNumberRow = z.infer<typeof TouchNumberRow>;

export const GivenUpRow = z.object({ prospectId: Id, name: z.string(), touches: Count, early: z.boolean() });
export type GivenUpRow = z.infer<typeof GivenUpRow>;

export const GiveUpBucket = z.object({
  touches: z.string(),
  count: Count,
  percent: Measure,
  industryPercent: z.number(),
});
export type GiveUpBucket = z.infer<typeof GiveUpBucket>;

export const GiveUpCurve = z.object({
  closed: Count,
  /** Closed without a single touch: not part of any bar, said in words instead. */
  neverTouched: Count,
  buckets: z.array(GiveUpBucket),
});
export type GiveUpCurve = z.infer<typeof GiveUpCurve>;

export const MonthProgress = z.extend(LeadStats, { month: z.string(), meetings: Count });
export type MonthProgress = z.infer<typeof MonthProgress>;

export const WeeklyReport = z.object({
  week: ReportWeekRange,
  leads: z.array(LeadRow),
  stats: LeadStats,
  byTouchNumber: z.array(TouchNumberRow),
  givenUp: z.array(GivenUpRow),
  giveUpCurve: GiveUpCurve,
  goals: MonthlyGoals,
  thisMonth: MonthProgress,
  lastMonth: MonthProgress,
});
export type WeeklyReport = z.infer<typeof WeeklyReport>;
