import type { Page } from 'playwright-core';
import { FIRST_QUEUE_PAINT } from '../components/PopupApp';
import { stopServiceWorker, type LoadedExtension } from '../tests/e2e/helpers/extension';
import type { Book } from './book';
import { describeSamples, formatRatio, median } from './stats';
import { firstLine, pick } from './pick';
import { BLANK_PAGE, QUEUE_PROBE_PAGE, SCRIPTED_BLANK_PAGE } from './reference-pages';
import { row, verdictOf, type Row, type Section } from './table';

const RUNS = 12;
/** An open that has not painted by then counts as a failure; three in a row end that series. */
const OPEN_TIMEOUT_MS = 20_000;
const GIVE_UP_AFTER = 3;
const WARM_UP_RUNS = 2;
const COLD_RUNS = 8;
/** After a stop, so the next open times a worker starting rather than one still shutting down. */
const WORKER_STOP_SETTLE_MS = 300;
const FLOOR_BUDGET = 1.3;
const EMPTY_BUDGET = 1.2;

interface Open {
  /** From the page's navigation start (performance.timeOrigin). */
  inPage: number;
  /** From just before Playwright opens the tab, as the toolbar click would. */
  wall: number;
}

async function readEnd(page: Page, mark: string | null): Promise<{ origin: number; end: number }> {
  return page.evaluate(
    ([markName, timeoutMs]) =>
      new Promise<{ origin: number; end: number }>((resolve, reject) => {
        const started = performance.now();
        const check = () => {
          if (markName) {
            const entry = performance.getEntriesByName(markName)[0];
            if (entry) return resolve({ origin: performance.timeOrigin, end: entry.startTime });
          } else {
            const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
            if (navigation && navigation.loadEventEnd > 0) {
              return resolve({ origin: performance.timeOrigin, end: navigation.loadEventEnd });
            }
          }
          if (performance.now() - started > timeoutMs) {
            const shown = (document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 160);
            return reject(
              new Error(`no ${markName ?? 'load'} within ${timeoutMs / 1000} s; the page shows "${shown}"`),
            );
          }
          setTimeout(check, 5);
        };
        check();
      }),
    [mark, OPEN_TIMEOUT_MS] as const,
  );
}

/** An extension page opened in a new tab, to the given mark, or to its load event when there is none. */
async function openPage(extension: LoadedExtension, path: string, mark: string | null): Promise<Open> {
  const opened = Date.now();
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/${path}`, { waitUntil: mark ? 'commit' : 'load' });
  try {
    const { origin, end } = await readEnd(page, mark);
    return { inPage: end, wall: origin + end - opened };
  } finally {
    await page.close();
  }
}

/** Stops the worker the way Chrome does after 30 s idle: most of a rep's popup opens start it again. */
async function stopWorker(extension: LoadedExtension): Promise<void> {
  const page = await extension.context.newPage();
  try {
    await stopServiceWorker(extension, page);
  } finally {
    await page.close();
  }
  await new Promise((resolve) => setTimeout(resolve, WORKER_STOP_SETTLE_MS));
}

interface PageSeries {
  /** popup.html right after the worker was stopped, to the same mark. */
  cold: Open[];
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

const OPENS: readonly [keyof PageSeries, string, string | null][] = [
  ['blank', BLANK_PAGE, null],
  ['scripted', SCRIPTED_BLANK_PAGE, null],
  ['probe', QUEUE_PROBE_PAGE, FIRST_QUEUE_PAINT],
  ['popup', 'popup.html', FIRST_QUEUE_PAINT],
];

/** One run of each book: the warm opens interleaved, so drift on a busy machine hits every series alike. */
async function runWarm(book: Book, series: PopupTimes, recorded: boolean): Promise<void> {
  const opens: [keyof PageSeries, Open][] = [];
  for (const [key, path, mark] of OPENS) opens.push([key, await openPage(book.extension, path, mark)]);
  if (recorded) for (const [key, open] of opens) series[key].push(open);
}

/**
 * Cold opens come after every warm one: the worker a cold open starts refreshes the badge and
 * alarms, which would otherwise still be running during the next warm open.
 */
async function runCold(book: Book, series: PopupTimes): Promise<void> {
  await stopWorker(book.extension);
  series.cold.push(await openPage(book.extension, 'popup.html', FIRST_QUEUE_PAINT));
}

async function eachRun(
  books: readonly Book[],
  times: PopupTimes[],
  runs: number,
  open: (book: Book, series: PopupTimes, run: number) => Promise<void>,
): Promise<void> {
  for (let run = 0; run < runs; run += 1) {
    for (const [index, book] of books.entries()) {
      const series = pick(times, index);
      if (series.failures.length >= GIVE_UP_AFTER) continue;
      try {
        await open(book, series, run);
      } catch (error) {
        series.failures.push(firstLine(error));
      }
    }
  }
}

export async function timePopups(books: readonly Book[]): Promise<PopupTimes[]> {
  const times: PopupTimes[] = books.map(() => ({
    cold: [],
    blank: [],
    scripted: [],
    probe: [],
    popup: [],
    failures: [],
  }));
  await eachRun(books, times, RUNS + WARM_UP_RUNS, (book, series, run) => runWarm(book, series, run >= WARM_UP_RUNS));
  await eachRun(books, times, COLD_RUNS, runCold);
  return times;
}

function series(opens: readonly Open[], key: keyof Open): number[] {
  return opens.map((open) => open[key]);
}

function describeFailures(label: string, times: PopupTimes): Row[] {
  if (times.failures.length === 0) return [];
  return [
    row(
      `popup → first queue paint, ${label}: opens that never painted`,
      `${times.failures.length} of ${times.popup.length + times.cold.length + times.failures.length} runs (gave up after ${GIVE_UP_AFTER}): ${times.failures[0]}`,
      `every open paints`,
      '—',
      'FAIL',
    ),
  ];
}

/** None when every cold open failed: the failure rows say so. */
function coldRow(label: string, times: PopupTimes, key: keyof Open, where: string): Row[] {
  if (times.cold.length === 0) return [];
  return [row(`popup, worker stopped first, ${label}, ${where}`, describeSamples(series(times.cold, key)))];
}

function ratioRows(loaded: Book, emptyTimes: PopupTimes, loadedTimes: PopupTimes): Row[] {
  return (['inPage', 'wall'] as const).flatMap((key) => {
    const where = key === 'inPage' ? 'from navigation start' : 'from opening the tab';
    const blank = median(series(loadedTimes.blank, key));
    const emptyPopup = median(series(emptyTimes.popup, key));
    const loadedPopup = median(series(loadedTimes.popup, key));
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
      ...coldRow('empty database', emptyTimes, key, where),
      ...coldRow(loaded.label, loadedTimes, key, where),
    ];
  });
}

export function describePopups(empty: Book, loaded: Book, [emptyTimes, loadedTimes]: PopupTimes[]): Section {
  if (!emptyTimes || !loadedTimes) throw new Error('popup timings missing');
  const failures = [...describeFailures(empty.label, emptyTimes), ...describeFailures(loaded.label, loadedTimes)];
  const measurable = [emptyTimes, loadedTimes].every((times) => times.popup.length > 0);
  const rows = measurable ? [...ratioRows(loaded, emptyTimes, loadedTimes), ...failures] : failures;
  return {
    rows,
    notes: [
      `Popup: popup.html opened in a new tab (headless Chromium has no toolbar) to \`performance.mark('${FIRST_QUEUE_PAINT}')\`, ` +
        `which PopupApp sets when the queue has rendered; ${RUNS} runs each after ${WARM_UP_RUNS} unrecorded warm-up opens, ` +
        `empty and loaded profiles in two browsers, each run opening the blank page, the queue probe and the popup in turn. ` +
        `"From navigation start" is the mark's startTime; "from opening the tab" adds what Chromium spends creating the tab ` +
        `and its renderer (Node's clock before newPage() to the page's timeOrigin + mark), which is what a rep waits for. ` +
        `"Worker stopped first": after those runs, ${COLD_RUNS} more opens of each profile's popup, each right after stopping ` +
        `the worker (CDP Target.closeTarget, as Chrome does after 30 s idle), so the open waits for the worker to start; ` +
        `no budget covers it.`,
      `The floor is DESIGN.md's blank extension page: ${BLANK_PAGE}, an empty document the bench adds to its own copy of ` +
        `the build, timed to its load event (the floor shown is the loaded profile's). ${SCRIPTED_BLANK_PAGE} is the same ` +
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
