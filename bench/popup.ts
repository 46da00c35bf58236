import type { Page } from 'playwright-core';
import { FIRST_QUEUE_PAINT } from '../components/PopupApp';
import { stopServiceWorker, type LoadedExtension } from '../tests/e2e/helpers/extension';
import type { Book } from './book';
import { describeSamples, formatRatio, median } from './stats';
import { firstLine, pick } from './pick';
import { QUEUE_SNAPSHOT_KEY } from '../lib/platform/queue-snapshot-store';
import { BLANK_PAGE, openBlankPage, QUEUE_PROBE_PAGE, SCRIPTED_BLANK_PAGE } from './reference-pages';
import { row, verdictOf, type Row, type Section } from './table';

const RUNS = 12;
/** An open that has not painted by then counts as a failure; three in a row end that series. */
const OPEN_TIMEOUT_MS = 20_000;
const GIVE_UP_AFTER = 3;
const WARM_UP_RUNS = 2;
const COLD_RUNS = 8;
/** After a stop, so the next open times a worker starting rather than one still shutting down. */
const WORKER_STOP_SETTLE_MS = 300;
/**
 * After a popup closes, before the next opens. Opened at once after another closed, a popup was
 * often ~100 ms quicker to appear: the blank floor's median fell from 314 to 198 ms (p10–p90
 * 188–324 ms). A rep does not reopen the popup within milliseconds, so every open waits this long.
 */
const POPUP_CLOSE_SETTLE_MS = 300;
/**
 * How long a page stays open after its mark (or load), as a rep reads it. The popup asks the worker
 * for its pipeline and recent prospects after the queue is on screen; closed at once, those reads
 * (every prospect, at 10k) still ran in the worker during the next open and slowed it.
 */
const LINGER_MS = 1_000;
const FLOOR_BUDGET = 1.3;
const EMPTY_BUDGET = 1.2;

interface Open {
  /** From the page's navigation start (performance.timeOrigin). */
  inPage: number;
  /** From the click: just before `chrome.action.openPopup()`, which opens the popup as the toolbar button does. */
  wall: number;
  /** Whether the worker's snapshot of the first queue page was stored and current at the click. */
  snapshot: boolean;
}

interface OpenSpec {
  path: string;
  /** The mark that ends the open; none for the reference pages, timed to their load event. */
  mark: string | null;
  /** Forget the worker's snapshot first, so the popup asks the worker as it did before it kept one. */
  forgetSnapshot: boolean;
}

/**
 * Opens `path` as the extension's action popup, the way a click on the toolbar button does, and
 * times it to `mark` (or to the load event when there is none). `opener` is an extension page in
 * a tab: it calls the action API and reads the popup's timeline through `chrome.extension.getViews`,
 * since Playwright does not list popup windows as pages. The popup is closed before this returns.
 */
async function openAsPopup(opener: Page, { path, mark, forgetSnapshot }: OpenSpec): Promise<Open> {
  return opener.evaluate(
    async ([popupPath, markName, forget, snapshotKey, timeoutMs, lingerMs, settleMs]) => {
      const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const popupView = () => chrome.extension.getViews({ type: 'popup' })[0];
      const endOf = (view: Window) => {
        if (markName) return view.performance.getEntriesByName(markName)[0]?.startTime;
        const navigation = view.performance.getEntriesByType('navigation')[0] as
          PerformanceNavigationTiming | undefined;
        return navigation && navigation.loadEventEnd > 0 ? navigation.loadEventEnd : undefined;
      };
      if (forget) await chrome.storage.session.remove(snapshotKey);
      const { [snapshotKey]: stored } = await chrome.storage.session.get(snapshotKey);
      const validUntil = (stored as { validUntil?: unknown } | undefined)?.validUntil;
      const snapshot = typeof validUntil === 'string' && Date.now() < Date.parse(validUntil);
      await chrome.action.setPopup({ popup: popupPath });
      const { id: windowId } = await chrome.windows.getCurrent();
      if (windowId === undefined) throw new Error('the opener tab has no window to show a popup over');
      // Chromium shows a popup only over the focused window, as it does after a click on its toolbar.
      await chrome.windows.update(windowId, { focused: true });
      const clicked = performance.timeOrigin + performance.now();
      await chrome.action.openPopup({ windowId });
      const started = performance.now();
      try {
        for (;;) {
          const view = popupView();
          const end = view ? endOf(view) : undefined;
          if (view && end !== undefined) {
            const open = { inPage: end, wall: view.performance.timeOrigin + end - clicked, snapshot };
            await sleep(lingerMs);
            return open;
          }
          if (performance.now() - started > timeoutMs) {
            const shown = (view?.document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 160);
            throw new Error(`no ${markName ?? 'load'} within ${timeoutMs / 1000} s; the popup shows "${shown}"`);
          }
          await sleep(2);
        }
      } finally {
        popupView()?.close();
        // The next open must not find this popup still closing.
        while (popupView()) await sleep(5);
        await sleep(settleMs);
      }
    },
    [path, mark, forgetSnapshot, QUEUE_SNAPSHOT_KEY, OPEN_TIMEOUT_MS, LINGER_MS, POPUP_CLOSE_SETTLE_MS] as const,
  );
}

/** Stops the worker the way Chrome does after 30 s idle: most of a rep's popup opens start it again. */
async function stopWorker(extension: LoadedExtension, opener: Page): Promise<void> {
  await stopServiceWorker(extension, opener);
  await new Promise((resolve) => setTimeout(resolve, WORKER_STOP_SETTLE_MS));
}

/** A book's browser, with the blank tab that opens its popups. */
interface Seat {
  book: Book;
  opener: Page;
}

interface PageSeries {
  /** popup.html right after the worker was stopped, to the same mark. */
  cold: Open[];
  /** The same with the snapshot forgotten too: the open waits for the worker to start and read. */
  coldUnkept: Open[];
  /** popup.html with the snapshot forgotten first: it asks the worker, to the same mark. */
  unkept: Open[];
  /** DESIGN.md's floor: a blank extension page, to its load event. */
  blank: Open[];
  /** The same blank page running one script that does nothing, to its load event. */
  scripted: Open[];
  /** The least any popup does (reference-pages.ts), to the popup's mark. */
  probe: Open[];
  /** popup.html, to the mark PopupApp sets once the queue is on screen. */
  popup: Open[];
}

export interface PopupTimes extends PageSeries {
  /** Opens that never painted the queue, with what the page showed. */
  failures: string[];
}

/**
 * The probe asks the worker for the same queue page as the popup. Opened right before the popup, it
 * left the worker's reads warm and flattered the popup: in two pairs of runs that order gave popup
 * 10k ÷ blank 1.25× and 1.22× from the click, and 1.29× and 1.42× with the popup opened three pages
 * after the probe. A rep's open follows no such request, so the probe goes as far from the popup as
 * the round allows.
 */
const POPUP: OpenSpec = { path: 'popup.html', mark: FIRST_QUEUE_PAINT, forgetSnapshot: false };
const POPUP_UNKEPT: OpenSpec = { ...POPUP, forgetSnapshot: true };

const OPENS: readonly [keyof PageSeries, OpenSpec][] = [
  ['probe', { path: QUEUE_PROBE_PAGE, mark: FIRST_QUEUE_PAINT, forgetSnapshot: false }],
  ['blank', { path: BLANK_PAGE, mark: null, forgetSnapshot: false }],
  ['unkept', POPUP_UNKEPT],
  ['scripted', { path: SCRIPTED_BLANK_PAGE, mark: null, forgetSnapshot: false }],
  ['popup', POPUP],
];

/** One run of each book: the warm opens interleaved, so drift on a busy machine hits every series alike. */
async function runWarm({ opener }: Seat, series: PopupTimes, recorded: boolean): Promise<void> {
  const opens: [keyof PageSeries, Open][] = [];
  for (const [key, spec] of OPENS) opens.push([key, await openAsPopup(opener, spec)]);
  if (recorded) for (const [key, open] of opens) series[key].push(open);
}

/**
 * Cold opens come after every warm one: the worker a cold open starts refreshes the badge and
 * alarms, which would otherwise still be running during the next warm open.
 */
async function runCold({ book, opener }: Seat, series: PopupTimes): Promise<void> {
  await stopWorker(book.extension, opener);
  series.cold.push(await openAsPopup(opener, POPUP));
  await stopWorker(book.extension, opener);
  series.coldUnkept.push(await openAsPopup(opener, POPUP_UNKEPT));
}

async function eachRun(
  seats: readonly Seat[],
  times: PopupTimes[],
  runs: number,
  open: (seat: Seat, series: PopupTimes, run: number) => Promise<void>,
): Promise<void> {
  for (let run = 0; run < runs; run += 1) {
    for (const [index, seat] of seats.entries()) {
      const series = pick(times, index);
      if (series.failures.length >= GIVE_UP_AFTER) continue;
      try {
        await open(seat, series, run);
      } catch (error) {
        series.failures.push(firstLine(error));
      }
    }
  }
}

export async function timePopups(books: readonly Book[]): Promise<PopupTimes[]> {
  const times: PopupTimes[] = books.map(() => ({
    cold: [],
    coldUnkept: [],
    unkept: [],
    blank: [],
    scripted: [],
    probe: [],
    popup: [],
    failures: [],
  }));
  const seats = await Promise.all(books.map(async (book) => ({ book, opener: await openBlankPage(book.extension) })));
  try {
    await eachRun(seats, times, RUNS + WARM_UP_RUNS, (seat, series, run) => runWarm(seat, series, run >= WARM_UP_RUNS));
    await eachRun(seats, times, COLD_RUNS, runCold);
  } finally {
    await Promise.all(seats.map(({ opener }) => opener.close()));
  }
  return times;
}

type Clock = 'inPage' | 'wall';

function series(opens: readonly Open[], key: Clock): number[] {
  return opens.map((open) => open[key]);
}

function describeFailures(label: string, times: PopupTimes): Row[] {
  if (times.failures.length === 0) return [];
  return [
    row(
      `popup → first queue paint, ${label}: opens that never painted`,
      `${times.failures.length} of ${times.popup.length + times.unkept.length + times.cold.length + times.coldUnkept.length + times.failures.length} runs (gave up after ${GIVE_UP_AFTER}): ${times.failures[0]}`,
      `every open paints`,
      '—',
      'FAIL',
    ),
  ];
}

/** None when every cold open failed: the failure rows say so. */
function coldRows(label: string, times: PopupTimes, key: Clock, where: string): Row[] {
  return [
    ...(times.cold.length === 0
      ? []
      : [row(`popup, worker stopped first, ${label}, ${where}`, describeSamples(series(times.cold, key)))]),
    ...(times.coldUnkept.length === 0
      ? []
      : [
          row(
            `popup, worker stopped first and no snapshot, ${label}, ${where}`,
            describeSamples(series(times.coldUnkept, key)),
          ),
        ]),
  ];
}

/** How many of the popup's opens found the worker's snapshot current: the others asked the worker. */
function snapshotRow(books: readonly Book[], times: readonly PopupTimes[]): Row {
  const counts = times.map(
    (series, index) =>
      `${pick(books, index).label}: ${series.popup.filter((open) => open.snapshot).length} of ${series.popup.length}`,
  );
  return row('popup opens that found a current snapshot (the rest asked the worker)', counts.join('; '));
}

function ratioRows(loaded: Book, emptyTimes: PopupTimes, loadedTimes: PopupTimes): Row[] {
  return (['inPage', 'wall'] as const).flatMap((key) => {
    const where = key === 'inPage' ? 'from navigation start' : 'from the click';
    const blank = median(series(loadedTimes.blank, key));
    const emptyPopup = median(series(emptyTimes.popup, key));
    const loadedPopup = median(series(loadedTimes.popup, key));
    const loadedUnkept = median(series(loadedTimes.unkept, key));
    const loadedProbe = median(series(loadedTimes.probe, key));
    const scripted = median(series(loadedTimes.scripted, key));
    return [
      row(`blank extension page (the floor), ${where}`, describeSamples(series(loadedTimes.blank, key))),
      row(
        `blank extension page running one empty script, ${where}`,
        describeSamples(series(loadedTimes.scripted, key)),
      ),
      row(
        `blank page with one empty script ÷ blank page (what any page with a script reaches), ${where}`,
        formatRatio(scripted / blank),
      ),
      row(`queue probe (no React), empty database, ${where}`, describeSamples(series(emptyTimes.probe, key))),
      row(`queue probe (no React), ${loaded.label}, ${where}`, describeSamples(series(loadedTimes.probe, key))),
      row(`popup → first queue paint, empty database, ${where}`, describeSamples(series(emptyTimes.popup, key))),
      row(`popup → first queue paint, ${loaded.label}, ${where}`, describeSamples(series(loadedTimes.popup, key))),
      row(
        `popup ${loaded.label} ÷ blank page, ${where}`,
        formatRatio(loadedPopup / blank),
        `≤ ${formatRatio(FLOOR_BUDGET)}`,
        '—',
        verdictOf(loadedPopup / blank <= FLOOR_BUDGET),
      ),
      row(
        `popup ${loaded.label} ÷ empty database, ${where}`,
        formatRatio(loadedPopup / emptyPopup),
        `≤ ${formatRatio(EMPTY_BUDGET)}`,
        '—',
        verdictOf(loadedPopup / emptyPopup <= EMPTY_BUDGET),
      ),
      row(
        `queue probe ${loaded.label} ÷ blank page (what any popup reaches), ${where}`,
        formatRatio(loadedProbe / blank),
      ),
      row(
        `popup with no snapshot (asks the worker), empty database, ${where}`,
        describeSamples(series(emptyTimes.unkept, key)),
      ),
      row(
        `popup with no snapshot (asks the worker), ${loaded.label}, ${where}`,
        describeSamples(series(loadedTimes.unkept, key)),
      ),
      row(`popup ${loaded.label} with no snapshot ÷ blank page, ${where}`, formatRatio(loadedUnkept / blank)),
      ...coldRows('empty database', emptyTimes, key, where),
      ...coldRows(loaded.label, loadedTimes, key, where),
    ];
  });
}

export function describePopups(empty: Book, loaded: Book, [emptyTimes, loadedTimes]: PopupTimes[]): Section {
  if (!emptyTimes || !loadedTimes) throw new Error('popup timings missing');
  const failures = [...describeFailures(empty.label, emptyTimes), ...describeFailures(loaded.label, loadedTimes)];
  const measurable = [emptyTimes, loadedTimes].every((times) => times.popup.length > 0);
  const rows = measurable
    ? [
        ...ratioRows(loaded, emptyTimes, loadedTimes),
        snapshotRow([empty, loaded], [emptyTimes, loadedTimes]),
        ...failures,
      ]
    : failures;
  return {
    rows,
    notes: [
      `Popup: popup.html opened as the action popup, as a click on the toolbar button opens it (\`chrome.action.openPopup()\` ` +
        `from a blank extension tab, which reads the popup's timeline through \`chrome.extension.getViews\`), to ` +
        `\`performance.mark('${FIRST_QUEUE_PAINT}')\`, which PopupApp sets when the queue has rendered; ${RUNS} runs each after ` +
        `${WARM_UP_RUNS} unrecorded warm-up opens, empty and loaded profiles in two browsers, each run opening the queue probe, ` +
        `the blank page, the popup with no snapshot, the blank page with a script and the popup in turn as the popup, each left open ` +
        `${LINGER_MS} ms after its mark and closed ${POPUP_CLOSE_SETTLE_MS} ms before the next. ` +
        `"From navigation start" is the mark's startTime; "from the click" adds what Chromium spends creating the popup and ` +
        `its document (the opener's clock just before openPopup() to the popup's timeOrigin + mark), which is what a rep ` +
        `waits for. "Worker stopped first": after those runs, ${COLD_RUNS} more opens of each profile's popup, each right ` +
        `after stopping the worker (CDP Target.closeTarget, as Chrome does after 30 s idle), so the open waits for the ` +
        `worker to start; no budget covers it. Each is followed by one more open with the worker stopped and the snapshot ` +
        `forgotten, which waits for the worker to start and read.`,
      `Snapshot: the worker keeps the popup's first queue page in storage.session (lib/handlers/queue-snapshots.ts) after ` +
        `every write, at each reminder and whenever it is asked for it, valid until the next due time or the end of the ` +
        `rep's day; popup.html paints it without asking the worker, and asks the worker once it is on screen. "No ` +
        `snapshot": the opener removes it just before the open (as after a write the worker has not answered yet, or ` +
        `after a due time passed), so the popup asks the worker from popup-early.js, as every open did before. Each run ` +
        `opens that popup between the blank page and the blank page with a script; no budget covers it.`,
      `The floor is DESIGN.md's blank extension page: ${BLANK_PAGE}, an empty document the bench adds to its own copy of ` +
        `the build, opened as the popup and timed to its load event (the floor shown is the loaded profile's). ${SCRIPTED_BLANK_PAGE} is the same ` +
        `page running one script that does nothing: Chromium builds a page's script context and the extension's \`chrome\` ` +
        `bindings only once a script runs, so it is the floor of any page with a script. The queue probe, ${QUEUE_PROBE_PAGE}, ` +
        `also added by the bench, is the least any popup does: one plain script asks the worker for the same queue page ` +
        `and lists the names (no React, no CSS, no reply check), then sets the same mark. Its ratio to the blank page is ` +
        `what a popup that asks the worker can reach on this machine, whatever it is built with.`,
      `The ${loaded.label} profile was restored with restoreBackup (replace) from bench/generate-backup.ts` +
        (loaded.restoreMs !== null && loaded.documentBytes !== null
          ? ` (${(loaded.documentBytes / 1e6).toFixed(1)} MB of JSON, restored in ${(loaded.restoreMs / 1000).toFixed(1)} s).`
          : '.'),
    ],
  };
}
