import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchExtension, openExtensionPage, sendFromPage, type LoadedExtension } from './helpers/extension';

/**
 * Three follow-ups in a calendar where every minute is working time (UTC, all week, 00:00–23:59),
 * so the test does not depend on when it runs. Due times are set from the real clock: alarms fire
 * in real time.
 */
function remindersBackup(now: number) {
  const document = JSON.parse(readFileSync('tests/fixtures/backup/reminders-backup.json', 'utf8'));
  const iso = (offsetMs: number) => new Date(now + offsetMs).toISOString();
  const [overdue, due] = document.enrollments;
  overdue.startedAt = iso(-3 * 24 * 3600_000);
  overdue.nextDueAt = iso(-26 * 3600_000); // an earlier day: overdue
  due.startedAt = iso(-3 * 24 * 3600_000);
  due.nextDueAt = iso(-60_000);
  document.tasks[0].dueAt = iso(20_000); // comes due while the test watches
  return document;
}

const badgeText = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));
const notificationIds = (page: Page) =>
  page.evaluate(async () => Object.keys(await chrome.notifications.getAll()).sort());

describe('reminders in real Chromium', () => {
  let extension: LoadedExtension;

  beforeEach(async () => {
    extension = await launchExtension();
  });

  afterEach(async () => {
    await extension.close();
  });

  it('counts due touches on the badge, reminds at due time, and a done step drops the count', async () => {
    const page = await openExtensionPage(extension, 'popup.html');
    const document = remindersBackup(Date.now());
    expect(await sendFromPage(page, 'restoreBackup', { document, mode: 'replace' })).toMatchObject({ ok: true });

    // Overdue, due now, and the callback later today.
    await expect.poll(() => badgeText(page)).toBe('3');
    const color = await page.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
    expect(color).toEqual([180, 35, 24, 255]);

    // The restore re-armed the alarm for the two waiting items; it fires at once.
    const overdueId = `fifth-touch|step:e-overdue|${document.enrollments[0].nextDueAt}`;
    const dueId = `fifth-touch|step:e-due|${document.enrollments[1].nextDueAt}`;
    await expect.poll(() => notificationIds(page), { timeout: 15_000 }).toEqual([overdueId, dueId].sort());

    const reply = await sendFromPage(page, 'completeStep', {
      enrollmentId: 'e-due',
      outcome: 'sent',
      touchIdPrefix: 'e2e-done',
    });
    expect(reply).toMatchObject({ ok: true, response: { name: 'Dan Due', stepNumber: 2 } });
    await expect.poll(() => badgeText(page)).toBe('2');
    expect(await notificationIds(page)).toEqual([overdueId]);

    // The callback's own alarm fires at its due time, about 20 s after the restore.
    const soonId = `fifth-touch|task:t-soon|${document.tasks[0].dueAt}`;
    await expect.poll(() => notificationIds(page), { timeout: 45_000, interval: 1_000 }).toContain(soonId);
    // Next: Dan's second step, in the future; and the safety net every 15 minutes.
    const alarms = await page.evaluate(() => chrome.alarms.getAll());
    const byName = Object.fromEntries(alarms.map((alarm) => [alarm.name, alarm]));
    expect(byName['fifth-touch:next-due']?.scheduledTime).toBeGreaterThan(Date.now());
    expect(byName['fifth-touch:safety']).toMatchObject({ periodInMinutes: 15 });
  });
});
