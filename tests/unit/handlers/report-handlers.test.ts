import { readFileSync } from 'node:fs';
import { DEFAULT_GOALS } from '@/lib/core/model';
import { restoreBackup } from '@/lib/db/backup';
import { readSettings } from '@/lib/db/seed';
import { saveSettings } from '@/lib/db/settings';
import { createReportHandlers } from '@/lib/handlers/report-handlers';
import { createMessenger } from '@/lib/messaging/client';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { openTestDatabase } from '../db/test-database';

const EXTENSION_ID = 'fifth-touch-id';
const NOW = new Date('2026-11-25T12:00:00.000Z');

/**
 * tests/fixtures/backup/report-backup.json, a Berlin rep (UTC+1 in November, +2 until 25 Oct).
 * The week asked for is Mon 9 – Sun 15 Nov 2026 = 2026-11-08T23:00Z … 2026-11-15T23:00Z.
 *
 * Leads added that week, by createdAt (minutes to the first touch; touches up to the week's end):
 *   Eve  gmail    08T23:30Z (Monday 00:30 in Berlin, Sunday in UTC)  45 min  1 touch  lost early 14 Nov
 *   Ada  gmail    09T08:00Z  30 min   3 touches (the third booked a meeting)    step 4 of 9
 *   Ben  linkedin 10T10:00Z  120 min  3 touches (a reply does not count)  won at 13T10:05Z
 *   Cleo manual   11T09:00Z  480 min  1 touch (her second is on 17 Nov, after the week)
 *   Dan  import   12T13:00Z  never touched                                  step 1 of 9
 *   (Finn, 15T23:30Z, is Monday 16 Nov in Berlin: next week.)
 * → 5 leads, 4 followed up = 80%; first-touch minutes 30, 45, 120, 480: median (45+120)/2 = 82.5
 *   ("1 h 23 min"), 90th percentile by nearest rank ceil(0.9·4) = 4th = 480 ("8 h");
 *   touches 1+3+3+1+0 = 8 / 5 = 1.6 per lead.
 * Meetings that week: Ada on touch 3, Gus (an October lead) on touch 5.
 * Wins that week: Ben on touch 3; Hana (no "won" touch, so her last touch, a yes on 10 Nov) on touch 7.
 * Given up that week: Jon after 5 (a "lost" touch on 11 Nov), Eve after 1 (early, 14 Nov).
 * Give-up curve, all lost prospects: Eve 1, Ned 1, Kim 2, Max 3, Jon 5, Lea 0 (never touched)
 *   → of 5 touched: 1: 2 = 40%, 2: 1 = 20%, 3: 1 = 20%, 4: 0 = 0%, 5+: 1 = 20%.
 * November up to the week's end: Olaf (20 min, 2 touches) and the five above → 6 leads, 5 followed up
 *   = 83.3%; minutes 20, 30, 45, 120, 480 → median 45, p90 480; touches 10 / 6; meetings 2.
 * October (Berlin: 2026-09-30T22:00Z … 2026-10-31T23:00Z): Hana 120 min 6 touches, Ned 30 min 1,
 *   Ivo 10 min 2, Jon 1440 min 5, Kim 240 min 2, Gus 60 min 4 → 6 leads, 100%, minutes sorted
 *   10, 30, 60, 120, 240, 1440 → median 90, p90 ceil(5.4) = 6th = 1440; touches 20 / 6; meetings 1 (Hana).
 */
async function reportMessenger() {
  const db = openTestDatabase();
  await restoreBackup(
    db,
    JSON.parse(readFileSync('tests/fixtures/backup/report-backup.json', 'utf8')),
    'replace',
    new Date(),
  );
  const handlers = createReportHandlers({ db, now: () => NOW, homeTimeZone: () => 'UTC' }) as unknown as Handlers;
  const pagesUrl = `chrome-extension://${EXTENSION_ID}/`;
  const route = createRouter(handlers, { id: EXTENSION_ID, pagesUrl });
  return {
    db,
    send: createMessenger((message) => route(message, { id: EXTENSION_ID, url: `${pagesUrl}options.html` })),
  };
}

describe('weekly report handler on a restored history', () => {
  it('reports the week of 9 November 2026 with the hand-counted figures', async () => {
    const { send } = await reportMessenger();
    const report = await send('getWeeklyReport', { weekOf: '2026-11-11' });

    expect(report.week).toEqual({
      firstDay: '2026-11-09',
      lastDay: '2026-11-15',
      start: '2026-11-08T23:00:00.000Z',
      end: '2026-11-15T23:00:00.000Z',
      hours: 168,
      timeZone: 'Europe/Berlin',
      isCurrent: false,
    });
    expect(report.leads.map(({ name, source, touches, status }) => [name, source, touches, status])).toEqual([
      ['Eve Evans', 'gmail', 1, 'lost'],
      ['Ada Archer', 'gmail', 3, 'active'],
      ['Ben Baker', 'linkedin', 3, 'won'],
      ['Cleo Clark', 'manual', 1, 'active'],
      ['Dan Diaz', 'import', 0, 'active'],
    ]);
    expect(report.leads[1]?.nextStep).toEqual({
      stage: 'active',
      stepNumber: 4,
      stepCount: 9,
      channels: ['email', 'linkedin'],
      dueAt: '2026-11-13T08:00:00.000Z',
    });
    expect(report.leads[0]?.nextStep).toEqual({ stage: 'not-enrolled', channels: [] });
    expect(report.stats).toEqual({
      leads: 5,
      followedUp: 4,
      followedUpPercent: 80,
      touchesPerLead: 1.6,
      medianFirstTouchMinutes: 82.5,
      p90FirstTouchMinutes: 480,
    });
    expect(report.byTouchNumber.filter((row) => row.meetings || row.wins)).toEqual([
      { touchNumber: '3', meetings: 1, wins: 1 },
      { touchNumber: '5', meetings: 1, wins: 0 },
      { touchNumber: '7', meetings: 0, wins: 1 },
    ]);
    expect(report.givenUp).toEqual([
      { prospectId: 'p-jon', name: 'Jon Jones', touches: 5, early: false },
      { prospectId: 'p-eve', name: 'Eve Evans', touches: 1, early: true },
    ]);
    expect(report.giveUpCurve).toEqual({
      closed: 6,
      neverTouched: 1,
      buckets: [
        { touches: '1', count: 2, percent: 40, industryPercent: 44 },
        { touches: '2', count: 1, percent: 20, industryPercent: 22 },
        { touches: '3', count: 1, percent: 20, industryPercent: 14 },
        { touches: '4', count: 0, percent: 0, industryPercent: 12 },
        { touches: '5+', count: 1, percent: 20, industryPercent: 8 },
      ],
    });
    expect(report.goals).toEqual({ firstTouchMinutes: 60, touchesPerLead: 5, followedUpPercent: 90, meetings: 4 });
    expect(report.thisMonth).toEqual({
      month: '2026-11',
      leads: 6,
      followedUp: 5,
      followedUpPercent: (100 * 5) / 6,
      touchesPerLead: 10 / 6,
      medianFirstTouchMinutes: 45,
      p90FirstTouchMinutes: 480,
      meetings: 2,
    });
    expect(report.lastMonth).toEqual({
      month: '2026-10',
      leads: 6,
      followedUp: 6,
      followedUpPercent: 100,
      touchesPerLead: 20 / 6,
      medianFirstTouchMinutes: 90,
      p90FirstTouchMinutes: 1440,
      meetings: 1,
    });
  });

  it('shows this week, still going, when no week is named', async () => {
    const { send } = await reportMessenger();
    const report = await send('getWeeklyReport', {});
    // 25 Nov 2026 is a Wednesday: the week of Mon 23 Nov, with no leads in the fixture.
    expect(report.week).toMatchObject({ firstDay: '2026-11-23', lastDay: '2026-11-29', isCurrent: true });
    expect(report.stats).toMatchObject({ leads: 0, followedUpPercent: null, medianFirstTouchMinutes: null });
    expect(report.thisMonth).toMatchObject({ month: '2026-11', leads: 7, meetings: 2 });
  });

  it('refuses a week that is not a calendar day', async () => {
    const { send } = await reportMessenger();
    await expect(send('getWeeklyReport', { weekOf: '11/11/2026' })).rejects.toThrow(/getWeeklyReport/);
  });

  it('saves goals alone, and a settings form holding an older copy does not undo them', async () => {
    const { db, send } = await reportMessenger();
    const before = await readSettings(db, 'UTC');
    const goals = { firstTouchMinutes: 30, touchesPerLead: 6, followedUpPercent: 95, meetings: 10 };
    expect(await send('saveGoals', { goals })).toEqual(goals);
    await saveSettings(db, { ...before, callbackDelayWorkingDays: 4 });
    expect(await readSettings(db, 'UTC')).toMatchObject({ goals, callbackDelayWorkingDays: 4 });
    expect((await send('getWeeklyReport', { weekOf: '2026-11-11' })).goals).toEqual(goals);
  });

  it('restores a backup made before goals existed with the default goals', async () => {
    const db = openTestDatabase();
    const backup = JSON.parse(readFileSync('tests/fixtures/backup/report-backup.json', 'utf8'));
    delete backup.settings[0].goals;
    await restoreBackup(db, backup, 'replace', new Date());
    expect((await readSettings(db, 'UTC')).goals).toEqual(DEFAULT_GOALS);
  });

  it('refuses goals that do not fit, in words, and keeps the stored ones', async () => {
    const { db, send } = await reportMessenger();
    await expect(send('saveGoals', { goals: { firstTouchMinutes: 0 } })).rejects.toThrow(
      /^These goals were not saved: firstTouchMinutes is too small \(at least 1\)/,
    );
    expect((await readSettings(db, 'UTC')).goals.firstTouchMinutes).toBe(60);
  });
});
