// `npm run bench`: builds the extension, measures every DESIGN.md budget, prints one table and
// writes it to bench-results.txt. Figures are medians of repeated runs; ratios come from one run.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { launchEmpty, launchWithBook, type Book } from './book';
import { launchPlainChromium } from './browser';
import { measureBusyPage } from './busy-page';
import { measureNavigation } from './navigation';
import { measurePageRead } from './page-read';
import { EXTENSION_BUILD, REPO_ROOT, WORK_DIR, repoPath } from './paths';
import { describePopups, timePopups } from './popup';
import { measureReport } from './report';
import { installReferencePages } from './reference-pages';
import { measureSizes } from './sizes';
import { notMeasured, renderNotes, renderTable, type Row, type Section } from './table';
import { measureWorker } from './worker';
import { firstLine, pick } from './pick';

const RESULTS_FILE = repoPath('bench-results.txt');

async function stage(name: string, figures: string[], measure: () => Promise<Section>): Promise<Section> {
  const started = performance.now();
  process.stdout.write(`${name}… `);
  try {
    const section = await measure();
    console.log(`${((performance.now() - started) / 1000).toFixed(0)} s`);
    return section;
  } catch (error) {
    const reason = firstLine(error);
    console.log(`failed: ${reason}`);
    return { rows: figures.map((figure) => notMeasured(figure, reason)), notes: [] };
  }
}

async function measurePopupAndWorker(): Promise<Section> {
  const books: Book[] = [];
  try {
    books.push(await launchEmpty(), await launchWithBook(new Date()));
    const [empty, loaded] = books as [Book, Book];
    const popup = describePopups(empty, loaded, await timePopups(books));
    const worker = await measureWorker(empty, loaded);
    const report = await measureReport(loaded);
    return {
      rows: [...popup.rows, ...worker.rows, ...report.rows],
      notes: [...popup.notes, ...worker.notes, ...report.notes],
    };
  } finally {
    for (const book of books) await book.extension.close();
  }
}

/** `npm run build`'s config, built into the bench's own directory (see paths.ts). */
async function buildExtension(): Promise<void> {
  mkdirSync(WORK_DIR, { recursive: true });
  const { build } = await import('wxt');
  const silent = () => undefined;
  // Only errors: wxt prints its file list, and the table reports sizes.
  const logger = {
    debug: silent,
    log: silent,
    info: silent,
    success: silent,
    warn: silent,
    error: console.error,
    fatal: console.error,
    level: 1,
  };
  await build({ root: REPO_ROOT, outDir: join(WORK_DIR, '.output'), logger });
}

async function chromiumVersion(): Promise<string> {
  const browser = await launchPlainChromium();
  const version = browser.version();
  await browser.close();
  return version;
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = pick(loadavg(), 0);
  if (!process.argv.includes('--no-build') || !existsSync(EXTENSION_BUILD)) {
    process.stdout.write('wxt build… ');
    await buildExtension();
    console.log('done');
  }
  installReferencePages(EXTENSION_BUILD);
  process.chdir(WORK_DIR);
  const sections = [
    await stage('sizes', ['size'], measureSizes),
    await stage('page read', ['page read'], measurePageRead),
    await stage('navigation', ['navigation → panel/banner'], measureNavigation),
    await stage(
      'popup and worker',
      ['popup → first queue paint', 'worker: queue', 'weekly report'],
      measurePopupAndWorker,
    ),
    await stage('busy page', ['busy page: extra long tasks'], measureBusyPage),
  ];
  const rows: Row[] = sections.flatMap((section) => section.rows);
  const failing = rows.filter((entry) => entry.verdict === 'FAIL').length;
  const missing = rows.filter((entry) => entry.verdict === 'not measured').length;
  const machine =
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpus().length} cores (nproc) · ` +
    `${cpus()[0]?.model.trim() ?? 'unknown CPU'} · Node ${process.version} · Chromium ${await chromiumVersion()} (headless) · ` +
    `load average ${loadAtStart.toFixed(1)} at start, ${pick(loadavg(), 0).toFixed(1)} at end`;
  const report = [
    `Fifth Touch benchmarks — ${machine}`,
    '',
    renderTable(rows),
    '',
    `${rows.length} figures: ${failing} over budget, ${missing} not measured. Total ${((performance.now() - started) / 1000).toFixed(0)} s.`,
    '',
    renderNotes(sections.flatMap((section) => section.notes)),
    '',
  ].join('\n');
  console.log(`\n${report}`);
  writeFileSync(RESULTS_FILE, report);
  console.log('Written to bench-results.txt.');
}

await main();
