import type { CDPSession, Page } from 'playwright-core';
import type { LoadedExtension } from '../tests/e2e/helpers/extension';
import type { Book } from './book';
import { firstLine, lookUp } from './pick';
import { openBlankPage } from './reference-pages';
import { describeSamples, formatMb, formatMs, median } from './stats';
import { notMeasured, row, verdictOf, type Row, type Section } from './table';

const RUNS = 30;
const WARM_UP_RUNS = 3;
const QUEUE_BUDGET_MS = 20;
const MESSAGE_TIMEOUT_MS = 20_000;

interface RoundTrips {
  queue: number[];
  trivial: number[];
  dueToday: number;
  items: number;
}

/** Runs in an extension page: the queue and a trivial message alternately, timed from send to reply. */
function timeRoundTripsInPage({
  runs,
  warmUp,
  timeoutMs,
}: {
  runs: number;
  warmUp: number;
  timeoutMs: number;
}): Promise<RoundTrips> {
  const send = async (message: object) => {
    const start = performance.now();
    const reply = (await Promise.race([
      chrome.runtime.sendMessage(message),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs),
      ),
    ])) as { ok: boolean; error?: string; response?: unknown };
    const elapsed = performance.now() - start;
    if (!reply.ok) throw new Error(reply.error);
    return { elapsed, response: reply.response };
  };
  const queueMessage = { name: 'getTodayQueue', request: {} };
  const trivialMessage = { name: 'listProspects', request: { limit: 1 } };
  return (async () => {
    const result: RoundTrips = { queue: [], trivial: [], dueToday: 0, items: 0 };
    for (let run = 0; run < runs + warmUp; run += 1) {
      const queue = await send(queueMessage);
      const trivial = await send(trivialMessage);
      if (run < warmUp) continue;
      result.queue.push(queue.elapsed);
      result.trivial.push(trivial.elapsed);
      // The reply is the queue, or (since the popup shows suggestions) { queue, suggestions }.
      type Queue = Record<string, unknown[]> & { counts: { dueToday: number } };
      const response = queue.response as Queue | { queue: Queue };
      const reply: Queue = 'counts' in response ? (response as Queue) : (response as { queue: Queue }).queue;
      result.dueToday = reply.counts.dueToday;
      result.items = ['overdue', 'dueNow', 'laterToday', 'next7Days'].reduce(
        (sum, key) => sum + (reply[key]?.length ?? 0),
        0,
      );
    }
    return result;
  })();
}

/**
 * The worker's JS heap after a GC. Playwright cannot open a session on a service worker, so the
 * page's session attaches to it the old, non-flattened way and relays the commands.
 */
async function readWorkerHeap(extension: LoadedExtension, page: Page): Promise<number> {
  const session: CDPSession = await extension.context.newCDPSession(page);
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const target = targetInfos.find(
      (info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extension.extensionId}/`),
    );
    if (!target) throw new Error('no running service worker target');
    const { sessionId } = (await session.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    })) as {
      sessionId: string;
    };
    let nextId = 1;
    const call = (method: string) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => reject(new Error(`${method} got no answer`)), 10_000);
        const listener = (event: { sessionId: string; message: string }) => {
          const message = JSON.parse(event.message) as {
            id?: number;
            result?: Record<string, unknown>;
            error?: { message: string };
          };
          if (event.sessionId !== sessionId || message.id !== id) return;
          clearTimeout(timer);
          session.off('Target.receivedMessageFromTarget', listener);
          if (message.error) reject(new Error(message.error.message));
          else resolve(message.result ?? {});
        };
        session.on('Target.receivedMessageFromTarget', listener);
        void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = (await call('Runtime.getHeapUsage')) as { usedSize: number };
    await session.send('Target.detachFromTarget', { sessionId });
    return usedSize;
  } finally {
    await session.detach();
  }
}

export async function measureWorker(empty: Book, loaded: Book): Promise<Section> {
  const rows: Row[] = [];
  const byBook = new Map<Book, RoundTrips | string>();
  for (const book of [empty, loaded]) {
    const page = await openBlankPage(book.extension);
    try {
      byBook.set(
        book,
        await page.evaluate(timeRoundTripsInPage, { runs: RUNS, warmUp: WARM_UP_RUNS, timeoutMs: MESSAGE_TIMEOUT_MS }),
      );
    } catch (error) {
      byBook.set(book, firstLine(error));
    } finally {
      await page.close();
    }
  }
  for (const book of [loaded, empty]) {
    const trips = lookUp(byBook, book);
    const figure = `worker: getTodayQueue − listProspects{limit:1} round trip, ${book.label}`;
    if (typeof trips === 'string') {
      const budget = book === loaded ? `≤ ${QUEUE_BUDGET_MS} ms` : '—';
      rows.push(row(figure, `round trips failed: ${trips}`, budget, '—', book === loaded ? 'FAIL' : '—'));
      continue;
    }
    const estimate = median(trips.queue) - median(trips.trivial);
    rows.push(
      row(
        figure,
        `${formatMs(estimate)} (getTodayQueue ${describeSamples(trips.queue)}; trivial ${formatMs(median(trips.trivial))}; ` +
          `${trips.items} queue items, ${trips.dueToday} due today)`,
        book === loaded ? `≤ ${QUEUE_BUDGET_MS} ms` : '—',
        '—',
        book === loaded ? verdictOf(estimate <= QUEUE_BUDGET_MS) : '—',
      ),
    );
  }

  const page = await openBlankPage(loaded.extension);
  try {
    const { usage } = await page.evaluate(() => navigator.storage.estimate());
    rows.push(row(`worker: storage used (navigator.storage.estimate), ${loaded.label}`, formatMb(usage ?? 0)));
  } catch (error) {
    rows.push(notMeasured('worker: storage used', (error as Error).message));
  }
  await page.close();
  for (const book of [loaded, empty]) {
    const bookPage = await openBlankPage(book.extension);
    try {
      rows.push(
        row(`worker: JS heap after GC, ${book.label}`, formatMb(await readWorkerHeap(book.extension, bookPage))),
      );
    } catch (error) {
      rows.push(notMeasured(`worker: JS heap, ${book.label}`, (error as Error).message));
    } finally {
      await bookPage.close();
    }
  }
  return {
    rows,
    notes: [
      `Worker queue: an estimate from round trips, timed in the blank extension page with performance.now() around ` +
        `chrome.runtime.sendMessage: median of ${RUNS} getTodayQueue round trips minus the median of ${RUNS} trivial ` +
        `ones (listProspects, limit 1), alternated, after ${WARM_UP_RUNS} warm-ups. The difference is the queue's own ` +
        `work in the worker (indexed reads, buildQueue, zod parsing of what it read) plus the cost of a bigger reply.`,
      `Heap: the service worker's Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage, over CDP ` +
        `(Target.attachToTarget without flatten, relayed through Target.sendMessageToTarget), after the round trips.`,
    ],
  };
}
