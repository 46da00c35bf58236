import type { Page } from 'playwright-core';
import { FIRST_QUEUE_PAINT } from '../components/PopupApp';
import type { LoadedExtension } from '../tests/e2e/helpers/extension';
import type { Book } from './book';
import { describeSamples, formatMs, formatRatio, median } from './stats';
import { row, verdictOf, type Row, type Section } from './table';
import { firstLine, pick } from './pick';

const RUNS = 12;
/** An open that has not painted by then counts as a failure; three in a row end that series. */
const OPEN_TIMEOUT_MS = 20_000;
const GIVE_UP_AFTER = 3;
const WARM_UP_RUNS = 2;
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

/** popup.html opened in a new tab, to the mark the popup sets once the queue is on screen. */
async function openPopup(extension: LoadedExtension): Promise<Open> {
  const opened = Date.now();
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/popup.html`, { waitUntil: 'commit' });
  try {
    const { origin, end } = await readEnd(page, FIRST_QUEUE_PAINT);
    return { inPage: end, wall: origin + end - opened };
  } finally {
    await page.close();
  }
}

/** The floor: the same popup.html with its JS chunks refused, to its load event (HTML and CSS only). */
async function openFloor(extension: LoadedExtension): Promise<Open> {
  const opened = Date.now();
  const page = await extension.context.newPage();
  const routing = Date.now();
  await page.route(/\/chunks\/.*\.js$/, (route) => route.abort('blockedbyclient'));
  const routeSetup = Date.now() - routing;
  await page.goto(`chrome-extension://${extension.extensionId}/popup.html`, { waitUntil: 'load' });
  const { origin, end } = await readEnd(page, null);
  const painted = await page.evaluate(
    () => document.querySelectorAll('script').length > 0 && !document.querySelector('h1'),
  );
  await page.close();
  if (!painted) throw new Error('the floor page ran the popup: its JS chunks were not blocked');
  return { inPage: end, wall: origin + end - opened - routeSetup };
}

export interface PopupTimes {
  floor: Open[];
  popup: Open[];
  /** Opens that never painted the queue, with what the page showed. */
  failures: string[];
}

/** Interleaved, so drift on a busy machine hits every series alike. */
export async function timePopups(books: readonly Book[]): Promise<PopupTimes[]> {
  const times: PopupTimes[] = books.map(() => ({ floor: [], popup: [], failures: [] }));
  for (let run = 0; run < RUNS + WARM_UP_RUNS; run += 1) {
    for (const [index, book] of books.entries()) {
      const series = pick(times, index);
      if (series.failures.length >= GIVE_UP_AFTER) continue;
      const floor = await openFloor(book.extension);
      try {
        const popup = await openPopup(book.extension);
        if (run >= WARM_UP_RUNS) {
          series.floor.push(floor);
          series.popup.push(popup);
        }
      } catch (error) {
        series.failures.push(firstLine(error));
      }
    }
  }
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
      `${times.failures.length} of ${times.popup.length + times.failures.length} opens (gave up after ${GIVE_UP_AFTER}): ${times.failures[0]}`,
      `every open paints`,
      '—',
      'FAIL',
    ),
  ];
}

function ratioRows(loaded: Book, emptyTimes: PopupTimes, loadedTimes: PopupTimes): Row[] {
  return (['inPage', 'wall'] as const).flatMap((key) => {
    const where = key === 'inPage' ? 'from navigation start' : 'from opening the tab';
    const floor = median(series(loadedTimes.floor, key));
    const emptyPopup = median(series(emptyTimes.popup, key));
    const loadedPopup = median(series(loadedTimes.popup, key));
    return [
      row(`popup floor: popup.html without its JS, ${where}`, describeSamples(series(loadedTimes.floor, key))),
      row(`popup → first queue paint, empty database, ${where}`, describeSamples(series(emptyTimes.popup, key))),
      row(`popup → first queue paint, ${loaded.label}, ${where}`, describeSamples(series(loadedTimes.popup, key))),
      row(
        `popup ${loaded.label} ÷ floor, ${where}`,
        formatRatio(loadedPopup / floor),
        `≤ ${formatRatio(FLOOR_BUDGET)}`,
        '—',
        verdictOf(loadedPopup / floor <= FLOOR_BUDGET),
      ),
      row(
        `popup ${loaded.label} ÷ empty database, ${where}`,
        formatRatio(loadedPopup / emptyPopup),
        `≤ ${formatRatio(EMPTY_BUDGET)}`,
        '—',
        verdictOf(loadedPopup / emptyPopup <= EMPTY_BUDGET),
      ),
    ];
  });
}

export function describePopups(empty: Book, loaded: Book, [emptyTimes, loadedTimes]: PopupTimes[]): Section {
  if (!emptyTimes || !loadedTimes) throw new Error('popup timings missing');
  const failures = [...describeFailures(empty.label, emptyTimes), ...describeFailures(loaded.label, loadedTimes)];
  const measurable = [emptyTimes, loadedTimes].every((times) => times.popup.length > 0 && times.floor.length > 0);
  const rows = measurable ? [...ratioRows(loaded, emptyTimes, loadedTimes), ...failures] : failures;
  return {
    rows,
    notes: [
      `Popup: popup.html opened in a new tab (headless Chromium has no toolbar) to \`performance.mark('${FIRST_QUEUE_PAINT}')\`, ` +
        `which PopupApp sets when the queue has rendered; ${RUNS} runs each after ${WARM_UP_RUNS} unrecorded warm-up opens, ` +
        `empty and loaded profiles in two browsers, interleaved with the floor run by run. "From navigation start" is the mark's ` +
        `startTime; "from opening the tab" adds what Chromium spends creating the tab and its renderer (Node's clock before ` +
        `newPage() to the page's timeOrigin + mark), which is what a rep waits for and what DESIGN.md's 80–240 ms floor describes. ` +
        `Floor: the very same popup.html with its JS chunks refused by page.route, to its load event (the page, its CSS and an ` +
        `empty root: everything opening the popup costs except our code); the extension has no blank page of its own, and ` +
        `options.html runs React too. The floor shown is the loaded profile's (empty profile's floor: ` +
        (emptyTimes.floor.length > 0
          ? `${formatMs(median(series(emptyTimes.floor, 'inPage')))} from navigation start, ${formatMs(median(series(emptyTimes.floor, 'wall')))} from opening the tab).`
          : 'none).'),
      `The ${loaded.label} profile was restored with restoreBackup (replace) from bench/generate-backup.ts` +
        (loaded.restoreMs !== null && loaded.documentBytes !== null
          ? ` (${(loaded.documentBytes / 1e6).toFixed(1)} MB of JSON, restored in ${(loaded.restoreMs / 1000).toFixed(1)} s).`
          : '.'),
    ],
  };
}
