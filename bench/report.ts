import type { Book } from './book';
import { BLANK_PAGE, openBlankPage } from './reference-pages';
import { describeSamples } from './stats';
import { row, type Section } from './table';

const RUNS = 5;
/** Into the report's reads, the way a rep clicks "Done" in the popup while the options page loads. */
const WRITE_AFTER_MS = 300;

interface ReportTimes {
  reportMs: number;
  writeMs: number;
}

/**
 * Runs in an extension page: asks the worker for this week's report and, while it is being read,
 * rewrites one touch unchanged in a readwrite transaction of the page's own connection to the
 * extension's database. The write's time is how long it waited for the report's reads.
 */
function timeReportAndWriteInPage(writeAfterMs: number): Promise<ReportTimes> {
  return (async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fifth-touch');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('could not open the database'));
    });
    try {
      const asked = performance.now();
      const report = chrome.runtime.sendMessage({ name: 'getWeeklyReport', request: {} }).then((reply) => {
        if (!(reply as { ok: boolean }).ok) throw new Error((reply as { error: string }).error);
        return performance.now() - asked;
      });
      await new Promise((resolve) => setTimeout(resolve, writeAfterMs));
      const writing = performance.now();
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('touches', 'readwrite');
        const cursor = transaction.objectStore('touches').openCursor();
        cursor.onsuccess = () => cursor.result?.update(cursor.result.value);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('the write failed'));
      });
      const writeMs = performance.now() - writing;
      return { reportMs: await report, writeMs };
    } finally {
      db.close();
    }
  })();
}

/** The Friday report at scale, and what it costs a write that arrives meanwhile. No budget covers either. */
export async function measureReport(loaded: Book): Promise<Section> {
  const page = await openBlankPage(loaded.extension);
  const times: ReportTimes[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) times.push(await page.evaluate(timeReportAndWriteInPage, WRITE_AFTER_MS));
  } finally {
    await page.close();
  }
  return {
    rows: [
      row(`worker: getWeeklyReport round trip, ${loaded.label}`, describeSamples(times.map((time) => time.reportMs))),
      row(
        `a write to touches ${WRITE_AFTER_MS} ms into getWeeklyReport, ${loaded.label}`,
        describeSamples(times.map((time) => time.writeMs)),
      ),
    ],
    notes: [
      `Report: in ${BLANK_PAGE}, getWeeklyReport for this week, ${RUNS} runs. ${WRITE_AFTER_MS} ms after each ask, a ` +
        `readwrite transaction of the page's own connection rewrites one touch unchanged; its time is how long a write ` +
        `(a rep's "Done", a logged touch) waits for the report's reads. The options page asks for the report each time ` +
        `it opens.`,
    ],
  };
}
