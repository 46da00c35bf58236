import { readFileSync } from 'node:fs';
import { parseBackup } from '@/lib/core/backup';
import { buildWeeklyReport, reportPeriods, type WeeklyReport } from '@/lib/core/metrics';
import { DEFAULT_GOALS } from '@/lib/core/model';

/**
 * The report the worker builds from tests/fixtures/backup/report-backup.json (figures worked out
 * by hand in tests/unit/handlers/report-handlers.test.ts), built here without a database.
 */
export function fixtureReport(weekOf: string, now = new Date('2026-11-25T12:00:00.000Z')): WeeklyReport {
  const backup = parseBackup(JSON.parse(readFileSync('tests/fixtures/backup/report-backup.json', 'utf8')));
  const settings = backup.settings[0];
  const timeZone = settings?.timeZone ?? 'Europe/Berlin';
  return buildWeeklyReport({
    now,
    timeZone,
    goals: settings?.goals ?? DEFAULT_GOALS,
    periods: reportPeriods(weekOf, now, timeZone),
    prospects: backup.prospects,
    touches: backup.touches,
    enrollments: backup.enrollments,
    cadences: backup.cadences,
  });
}
