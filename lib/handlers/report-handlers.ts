import { buildWeeklyReport, reportPeriods, WeeklyReport } from '../core/metrics';
import type { FifthTouchDatabase } from '../db/database';
import { saveGoals } from '../db/goals';
import { readReportRecords } from '../db/report-source';
import { readSettings } from '../db/seed';
import type { Handlers } from '../messaging/router';

export interface ReportContext {
  db: FifthTouchDatabase;
  now: () => Date;
  homeTimeZone: () => string;
}

type ReportHandlers = Pick<Handlers, 'getWeeklyReport' | 'saveGoals'>;

export function createReportHandlers({ db, now, homeTimeZone }: ReportContext): ReportHandlers {
  return {
    getWeeklyReport: async ({ weekOf }) => {
      const at = now();
      const settings = await readSettings(db, homeTimeZone());
      const periods = reportPeriods(weekOf, at, settings.timeZone);
      const records = await readReportRecords(db, periods);
      const report = buildWeeklyReport({
        ...records,
        now: at,
        timeZone: settings.timeZone,
        goals: settings.goals,
        periods,
      });
      return WeeklyReport.parse(report);
    },
    saveGoals: ({ goals }) => saveGoals(db, goals, homeTimeZone()),
  };
}
