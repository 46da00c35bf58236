import type { Page } from 'playwright-core';
import { WAKE_REFRESH_DELAY_MS } from '@/lib/handlers/reminders';
import {
  launchExtension,
  openExtensionPage,
  sendFromPage,
  stopServiceWorker,
  type LoadedExtension,
} from './helpers/extension';
import { dueProspectsBackup, importRows, roundBackup } from './helpers/kill-workloads';

/** Rounds per kind of write; three kinds, so 3 × ROUNDS_PER_KIND kills. */
const ROUNDS_PER_KIND = 8;
const RESTORE_SIZE = 120;
const IMPORT_SIZE = 120;

interface Stored {
  prospects: { id: string; email?: string }[];
  enrollments: { id: string; prospectId: string; history: unknown[]; channelsDone: string[] }[];
  touches: { id: string; prospectId: string }[];
  tasks: { id: string; prospectId: string }[];
}

type Kind = 'restore' | 'import' | 'touch';

const WRITES: Record<Kind, (round: number, now: number) => { name: string; request: unknown }> = {
  restore: (round, now) => ({
    name: 'restoreBackup',
    request: { document: roundBackup(round, RESTORE_SIZE, now), mode: 'merge' },
  }),
  import: (round) => ({ name: 'importProspects', request: { rows: importRows(round, IMPORT_SIZE) } }),
  // A voicemail moves the step and creates a callback task: three tables in one write.
  touch: (round) => ({
    name: 'logTouch',
    request: { touchId: `kill-touch-${round}`, prospectId: `due-${round}`, channel: 'call', outcome: 'voicemail' },
  }),
};

/** How much of each round's write is stored, counted as [records found, records the write makes]. */
function storedShare(kind: Kind, round: number, stored: Stored): [number, number] {
  const of = <R extends { prospectId: string }>(records: R[], ids: Set<string>) =>
    records.filter((record) => ids.has(record.prospectId));
  if (kind === 'restore') {
    const prefix = `round-${round}-`;
    const found = [stored.prospects, stored.enrollments, stored.touches, stored.tasks].flatMap((table) =>
      table.filter((record) => record.id.startsWith(prefix)),
    );
    return [found.length, RESTORE_SIZE * 5];
  }
  if (kind === 'import') {
    const ids = new Set(
      stored.prospects.filter((p) => p.email?.startsWith(`import-${round}-`)).map((prospect) => prospect.id),
    );
    return [ids.size + of(stored.enrollments, ids).length, IMPORT_SIZE * 2];
  }
  const prospect = new Set([`due-${round}`]);
  const moved = of(stored.enrollments, prospect).filter((e) => e.history.length > 0 || e.channelsDone.length > 0);
  return [of(stored.touches, prospect).length + of(stored.tasks, prospect).length + moved.length, 3];
}

async function readStored(page: Page): Promise<Stored> {
  const reply = (await sendFromPage(page, 'exportBackup', {})) as { ok: boolean; response: Stored };
  expect(reply.ok).toBe(true);
  return reply.response;
}

const badgeText = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));
const alarmNames = (page: Page) =>
  page.evaluate(async () => (await chrome.alarms.getAll()).map((alarm) => alarm.name).sort());
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a worker stopped in the middle of writes, in real Chromium', () => {
  let extension: LoadedExtension;

  beforeEach(async () => {
    extension = await launchExtension();
  });

  afterEach(async () => {
    await extension.close();
  });

  it('keeps every write whole or absent, then redraws the badge and re-arms the alarms', async () => {
    const page = await openExtensionPage(extension, 'popup.html');
    const now = Date.now();
    // One due prospect per touch round, and one more for the undisturbed touch.
    const day = dueProspectsBackup(ROUNDS_PER_KIND + 1, now);
    expect(await sendFromPage(page, 'restoreBackup', { document: day, mode: 'replace' })).toMatchObject({ ok: true });

    // One undisturbed write of each kind says how long a write takes here, to spread the kills over it.
    const durations: Record<Kind, number> = { restore: 0, import: 0, touch: 0 };
    for (const kind of Object.keys(WRITES) as Kind[]) {
      const { name, request } = WRITES[kind](ROUNDS_PER_KIND, now);
      const started = Date.now();
      expect(await sendFromPage(page, name, request)).toMatchObject({ ok: true });
      durations[kind] = Date.now() - started;
    }

    const results: { kind: Kind; round: number; delay: number; reply: string }[] = [];
    for (let round = 0; round < ROUNDS_PER_KIND; round += 1) {
      for (const kind of Object.keys(WRITES) as Kind[]) {
        // A read wakes the worker, so the kill lands on a running one.
        await sendFromPage(page, 'getSettings', {});
        const delay = Math.round((durations[kind] * round) / (ROUNDS_PER_KIND - 1));
        const { name, request } = WRITES[kind](round, now);
        const reply = sendFromPage(page, name, request).then(
          (answer) => ((answer as { ok?: boolean } | undefined)?.ok ? 'answered' : 'no answer'),
          () => 'channel closed',
        );
        await pause(delay);
        await stopServiceWorker(extension, page);
        results.push({ kind, round, delay, reply: await reply });
      }
    }

    const stored = await readStored(page);
    const shares = results.map((result) => ({ ...result, share: storedShare(result.kind, result.round, stored) }));
    const partial = shares.filter(({ share: [found, all] }) => found !== 0 && found !== all);
    expect(partial).toEqual([]);
    const whole = shares.filter(({ share: [found] }) => found > 0).length;
    const byKind = (Object.keys(WRITES) as Kind[]).map((kind) => {
      const ofKind = shares.filter((result) => result.kind === kind);
      return `${kind} ${ofKind.filter(({ share: [found] }) => found > 0).length}/${ofKind.length} whole`;
    });
    console.info(
      `Worker kills: ${results.length} attempted, ${results.length} survived (no partial write); ` +
        `${whole} whole, ${results.length - whole} absent (${byKind.join(', ')}); ` +
        `${results.filter((result) => result.reply === 'answered').length} answered before the kill; ` +
        `undisturbed write ms ${JSON.stringify(durations)}.`,
    );
    // Kills early in a write must not all be too late: some writes are rolled back.
    expect(results.length - whole).toBeGreaterThan(0);
    // No duplicate ids after retries and restarts.
    expect(new Set(stored.prospects.map((p) => p.id)).size).toBe(stored.prospects.length);

    // As if the worker had died between a write and its refresh: the badge is stale, alarms gone.
    await page.evaluate(async () => {
      await chrome.action.setBadgeText({ text: '42' });
      await chrome.alarms.clearAll();
    });
    await stopServiceWorker(extension, page);
    const queue = (await sendFromPage(page, 'getTodayQueue', {})) as {
      response: { queue: { counts: { dueToday: number } } };
    };
    const dueToday = queue.response.queue.counts.dueToday;
    expect(dueToday).toBeGreaterThan(0);
    // The woken worker answers that message first, and refreshes WAKE_REFRESH_DELAY_MS later.
    const afterWakeRefresh = { timeout: WAKE_REFRESH_DELAY_MS + 10_000 };
    await expect.poll(() => badgeText(page), afterWakeRefresh).toBe(dueToday > 99 ? '99+' : String(dueToday));
    await expect
      .poll(() => alarmNames(page), afterWakeRefresh)
      .toEqual(expect.arrayContaining(['fifth-touch:next-due', 'fifth-touch:safety']));
  });
});
