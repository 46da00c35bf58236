import * as z from 'zod/mini';

/** The numbers the playbook asks a rep to aim for each month, edited beside the weekly report. */
export const MonthlyGoals = z.object({
  /** Median minutes from a lead arriving to its first touch: at most this. */
  firstTouchMinutes: z.int().check(z.minimum(1), z.maximum(7 * 24 * 60)),
  /** Touches per lead added that month: at least this. */
  touchesPerLead: z.number().check(z.minimum(0), z.maximum(50)),
  /** Share of that month's leads followed up at all: at least this. */
  followedUpPercent: z.int().check(z.minimum(0), z.maximum(100)),
  /** Meetings booked that month: at least this. */
  meetings: z.int().check(z.minimum(0), z.maximum(10_000)),
});
export type MonthlyGoals = z.infer<typeof MonthlyGoals>;

/** Speed to lead within the hour, the five touches, every lead followed up. */
export const DEFAULT_GOALS: MonthlyGoals = {
  firstTouchMinutes: 60,
  touchesPerLead: 5,
  followedUpPercent: 100,
  meetings: 8,
};
