import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchExtension, openExtensionPage, sendFromPage, type LoadedExtension } from './helpers/extension';
import { openPopup } from './helpers/popup';

const DAY = 24 * 3600_000;
const CALM_TEAL = [15, 118, 110, 255];

/**
 * Three prospects in a calendar where every minute is working time (UTC, all week): both steps of
 * two two-step playbooks and a callback fell due while the rep was away, the pile a vacation leaves.
 */
function backupAfterTenDaysAway(now: number, pausedUntil: number) {
  const document = JSON.parse(readFileSync('tests/fixtures/backup/reminders-backup.json', 'utf8'));
  const iso = (offsetMs: number) => new Date(now + offsetMs).toISOString();
  for (const enrollment of document.enrollments) {
    enrollment.startedAt = iso(-11 * DAY);
    enrollment.nextDueAt = iso(-9 * DAY);
  }
  document.tasks[0].dueAt = iso(-5 * DAY);
  document.settings[0].pausedFrom = iso(-10 * DAY);
  document.settings[0].pausedUntil = new Date(pausedUntil).toISOString();
  return document;
}

const badgeText = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));
const badgeColor = (page: Page) => page.evaluate(() => chrome.action.getBadgeBackgroundColor({}));

describe('Pause everything in real Chromium', () => {
  let extension: LoadedExtension;

  beforeEach(async () => {
    extension = await launchExtension();
  });

  afterEach(async () => {
    await extension.close();
  });

  it('a pause whose date has passed: the worker moves the pile once, and the popup is calm and says so', async () => {
    const page = await openExtensionPage(extension, 'options.html');
    const document = backupAfterTenDaysAway(Date.now(), Date.now() - 60_000);
    expect(await sendFromPage(page, 'restoreBackup', { document, mode: 'replace' })).toMatchObject({ ok: true });

    const popup = await openPopup(extension);
    await popup.getByText(/^Welcome back — 4 steps for 2 prospects moved by 10 working days, and 1 to-do/).waitFor();
    const queue = popup.getByRole('list', { name: "Today's queue" });
    await queue.waitFor();
    expect(await popup.getByRole('list', { name: 'Overdue' }).count()).toBe(0);
    expect(await queue.textContent()).toContain('Olga Overdue');
    await expect.poll(() => badgeText(page)).toBe('2');
    expect(await badgeColor(page)).toEqual(CALM_TEAL);

    await popup.getByRole('button', { name: 'Dismiss' }).click();
    // The message goes once the worker has forgotten it, and stays gone after a reload.
    await expect.poll(() => popup.getByText(/Welcome back/).count()).toBe(0);
    await popup.reload();
    await popup.getByRole('button', { name: 'Pause everything' }).waitFor();
    expect(await popup.getByText(/Welcome back/).count()).toBe(0);
  });

  it('while paused the badge is quiet; "Back early" moves the pile by the days away and the queue is calm', async () => {
    const page = await openExtensionPage(extension, 'options.html');
    const document = backupAfterTenDaysAway(Date.now(), Date.now() + 3 * DAY);
    expect(await sendFromPage(page, 'restoreBackup', { document, mode: 'replace' })).toMatchObject({ ok: true });
    await expect.poll(() => badgeText(page)).toBe('');

    const popup = await openPopup(extension);
    await popup.getByText(/^Paused until .*: no reminders and no badge until then\./).waitFor();
    expect(await popup.getByRole('list', { name: 'Overdue' }).count()).toBe(1);

    await popup.getByRole('button', { name: 'Back early' }).click();
    await popup.getByText(/^Welcome back — 4 steps for 2 prospects moved by 10 working days/).waitFor();
    await popup.waitForFunction(() => !document.querySelector('[aria-label="Overdue"]'));
    expect(await popup.getByRole('list', { name: "Today's queue" }).textContent()).toContain('Dan Due');
    await expect.poll(() => badgeText(page)).toBe('2');
    expect(await badgeColor(page)).toEqual(CALM_TEAL);
  });

  it('pausing from the popup empties the badge and records the pause in the worker', async () => {
    const page = await openExtensionPage(extension, 'options.html');
    const document = backupAfterTenDaysAway(Date.now(), Date.now() - 60_000);
    await sendFromPage(page, 'restoreBackup', { document, mode: 'replace' });
    await expect.poll(() => badgeText(page)).toBe('2');

    const popup = await openPopup(extension);
    const nextWeek = new Date(Date.now() + 7 * DAY);
    const day = `${nextWeek.getFullYear()}-${String(nextWeek.getMonth() + 1).padStart(2, '0')}-${String(nextWeek.getDate()).padStart(2, '0')}`;
    await popup.getByLabel('Pause everything until').fill(day);
    await popup.getByRole('button', { name: 'Pause everything' }).click();
    await popup.getByRole('button', { name: 'Back early' }).waitFor();
    await expect.poll(() => badgeText(page)).toBe('');
    const reply = (await sendFromPage(page, 'getVacation', {})) as { response: { pausedUntil: string } };
    expect(new Date(reply.response.pausedUntil).getDate()).toBe(nextWeek.getDate());
  });
});
