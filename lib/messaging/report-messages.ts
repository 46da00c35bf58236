import * as z from 'zod/mini';
import { WeeklyReport } from '../core/metrics/weekly-report-schema';
import { MonthlyGoals } from '../core/model/goals';
import { IsoDate } from '../core/model/primitives';

/** The options page's weekly report, and the monthly goals edited beside it. */
export const REPORT_MESSAGES = {
  getWeeklyReport: {
    // Any day of the week wanted, in the rep's zone; without one, this week.
    request: z.object({ weekOf: z.optional(IsoDate) }),
    response: WeeklyReport,
  },
  saveGoals: {
    // Only the goals change, so a settings form open in another section cannot undo them.
    request: z.object({ goals: z.unknown() }),
    response: MonthlyGoals,
  },
} as const;
