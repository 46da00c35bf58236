import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import type { Browser } from 'playwright-core';
import { serveSites } from '../tests/e2e/helpers/sites';
import { readGmailThread } from '../lib/sites/gmail';
import { readLinkedInProfile } from '../lib/sites/linkedin';
import { launchPlainChromium } from './browser';
import { shimEsbuildNames } from './name-shim';
import { listFixtures, withoutHash, type Fixture } from './fixtures';
import { formatKb, formatMs, median } from './stats';
import { row, verdictOf, type Section } from './table';
import { lookUp, pick } from './pick';
import { repoPath } from './paths';

const SAMPLES = 50;
const BUDGET_MS = 5;
/** Chromium coarsens performance.now() to 0.1 ms here; a batch this long keeps that near 2 %. */
const MIN_BATCH_MS = 5;

type ReaderName = 'readGmailThread' | 'readLinkedInProfile';
const READER: Record<Fixture['site'], ReaderName> = { gmail: 'readGmailThread', linkedin: 'readLinkedInProfile' };

interface Timing {
  perCallMs: number;
  outcome: string;
}

/** What the reader returned, so a reader of the table sees the full path was taken, not an early `null`. */
function describeOutcome(result: unknown): string {
  if (result === null) return 'null';
  const value = result as { name?: string; prospect?: { name?: string } | null };
  return value.name ?? value.prospect?.name ?? 'a thread without a prospect';
}

function callReader(name: ReaderName, doc: Document, url: string): string {
  try {
    return describeOutcome(name === 'readGmailThread' ? readGmailThread(doc, url) : readLinkedInProfile(doc, url));
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
}

/** happy-dom, with the page's scripts, styles and iframes never fetched (as tests/sites do). */
function timeInNode(fixtures: readonly Fixture[]): Map<string, Timing> {
  const window = new Window({
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  // The Gmail reader walks text with these DOM globals.
  Object.assign(globalThis, { Node: window.Node, NodeFilter: window.NodeFilter });
  const timings = new Map<string, Timing>();
  try {
    for (const fixture of fixtures) {
      const doc = new window.DOMParser().parseFromString(readFileSync(fixture.path, 'utf8'), 'text/html');
      const read = () => callReader(READER[fixture.site], doc as unknown as Document, fixture.url);
      for (let warmUp = 0; warmUp < 5; warmUp += 1) read();
      const samples: number[] = [];
      for (let sample = 0; sample < SAMPLES; sample += 1) {
        const start = performance.now();
        read();
        samples.push(performance.now() - start);
      }
      timings.set(fixture.file, { perCallMs: median(samples), outcome: read() });
    }
  } finally {
    void window.happyDOM.close();
  }
  return timings;
}

async function bundleReaders(): Promise<string> {
  const result = await build({
    entryPoints: [repoPath('bench/page-read-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return pick(result.outputFiles, 0).text;
}

interface InPageResult {
  batch: number;
  perCall: number[];
  outcome: string;
}

/** Runs in the page: times batches of calls (sized to outlast the timer's coarsening) and divides. */
function timeBatchesInPage({
  reader,
  url,
  samples,
  minBatchMs,
}: {
  reader: ReaderName;
  url: string;
  samples: number;
  minBatchMs: number;
}): InPageResult {
  const readers = (
    globalThis as unknown as { fifthTouchReaders: Record<ReaderName, (doc: Document, url: string) => unknown> }
  ).fifthTouchReaders;
  const read = readers[reader];
  let outcome = '';
  const once = () => {
    try {
      const result = read(document, url) as { name?: string; prospect?: { name?: string } | null } | null;
      outcome = result === null ? 'null' : (result.name ?? result.prospect?.name ?? 'a thread without a prospect');
    } catch (error) {
      outcome = `throws ${(error as Error).name}`;
    }
  };
  // Warm up (JIT, style and selector caches), then size batches from a measured estimate.
  const warmUpStart = performance.now();
  let warmUpCalls = 0;
  while (warmUpCalls < 20 || performance.now() - warmUpStart < minBatchMs) {
    once();
    warmUpCalls += 1;
  }
  const estimateStart = performance.now();
  for (let call = 0; call < warmUpCalls; call += 1) once();
  const estimate = Math.max((performance.now() - estimateStart) / warmUpCalls, 0.0005);
  const batch = Math.min(Math.max(Math.ceil(minBatchMs / estimate), 1), 100_000);
  const perCall: number[] = [];
  for (let sample = 0; sample < samples; sample += 1) {
    const start = performance.now();
    for (let call = 0; call < batch; call += 1) once();
    perCall.push((performance.now() - start) / batch);
  }
  return { batch, perCall, outcome };
}

async function timeInChromium(
  browser: Browser,
  fixtures: readonly Fixture[],
  bundle: string,
): Promise<Map<string, Timing & { batch: number }>> {
  const timings = new Map<string, Timing & { batch: number }>();
  for (const fixture of fixtures) {
    const context = await browser.newContext();
    try {
      await shimEsbuildNames(context);
      await serveSites(context, { [withoutHash(fixture.url)]: fixture.path });
      const page = await context.newPage();
      await page.goto(fixture.url, { waitUntil: 'load' });
      // A string is evaluated over CDP, which the page's Trusted Types policy does not govern.
      await page.evaluate(bundle);
      const result = await page.evaluate(timeBatchesInPage, {
        reader: READER[fixture.site],
        url: fixture.url,
        samples: SAMPLES,
        minBatchMs: MIN_BATCH_MS,
      });
      timings.set(fixture.file, { perCallMs: median(result.perCall), outcome: result.outcome, batch: result.batch });
    } finally {
      await context.close();
    }
  }
  return timings;
}

export async function measurePageRead(): Promise<Section> {
  const fixtures = [...listFixtures('linkedin'), ...listFixtures('gmail')];
  const inNode = timeInNode(fixtures);
  const browser = await launchPlainChromium();
  const inChromium = await timeInChromium(browser, fixtures, await bundleReaders()).finally(() => browser.close());
  const largest = new Set(['linkedin', 'gmail'].map((site) => fixtures.find((fixture) => fixture.site === site)?.file));
  const rows = fixtures.map((fixture) => {
    const node = lookUp(inNode, fixture.file);
    const chromium = lookUp(inChromium, fixture.file);
    const outcome =
      node.outcome === chromium.outcome ? node.outcome : `Node: ${node.outcome}, Chromium: ${chromium.outcome}`;
    return row(
      `read: ${fixture.file} (${formatKb(fixture.bytes)}${largest.has(fixture.file) ? ', largest' : ''})`,
      `Chromium ${formatMs(chromium.perCallMs)} · Node/happy-dom ${formatMs(node.perCallMs)} → ${outcome}`,
      `≤ ${BUDGET_MS} ms`,
      '—',
      verdictOf(chromium.perCallMs <= BUDGET_MS),
    );
  });
  const batches = [...inChromium.values()].map((timing) => timing.batch);
  return {
    rows,
    notes: [
      `Read (\`readLinkedInProfile\` on linkedin-*, \`readGmailThread\` on gmail-*): median of ${SAMPLES} timed samples per fixture after warm-up calls. Chromium: the readers bundled by esbuild ` +
        `to one IIFE, evaluated in the fixture page served at its real URL (Chromium without the extension); each sample ` +
        `is a batch of ${Math.min(...batches)}–${Math.max(...batches)} calls (each batch ≥ ${MIN_BATCH_MS} ms) divided by its size, ` +
        `because performance.now() is coarsened. Node: happy-dom Window with script, CSS and iframe loading off, one call per sample. ` +
        `DESIGN.md's ≤ ${BUDGET_MS} ms is for the largest fixture; every fixture is held to it here, judged on Chromium ` +
        `(the runtime that reads pages); happy-dom is shown for reference only.`,
    ],
  };
}
