import type { Browser, BrowserContext } from 'playwright-core';
import { launchExtension } from '../tests/e2e/helpers/extension';
import { serveSites } from '../tests/e2e/helpers/sites';
import { launchPlainChromium } from './browser';
import { withoutHash } from './fixtures';
import { shimEsbuildNames } from './name-shim';
import { repoPath } from './paths';
import { row, verdictOf, type Row, type Section } from './table';

const BUSY_MS = 10_000;
const MUTATIONS_PER_TICK = 10;
const TICK_MS = 10;

const PAGES = [
  {
    label: 'LinkedIn profile (1.2 MB)',
    url: 'https://www.linkedin.com/in/abgargulo/',
    path: repoPath('tests/fixtures/linkedin/linkedin-profile-loggedin-2024-07-scoutr-abgar-gulo.html'),
  },
  {
    label: 'Gmail thread',
    url: 'https://mail.google.com/mail/u/0/#label/Clients/FMfcgzQdLrTbWkXsNpVjHmCgFzDqRwKs',
    path: repoPath('tests/fixtures/gmail/gmail-thread-2025-11-reconstructed-several-participants.html'),
  },
];

interface Busy {
  /** Long animation frames (> 50 ms) whose script attribution names one of our content scripts. */
  oursInFrames: number;
  longTasks: number;
  longestMs: number;
  mutations: number;
}

/** Runs in the page: ~1,000 DOM mutations a second inside the body, counting long tasks meanwhile. */
function churnInPage({ busyMs, perTick, tickMs }: { busyMs: number; perTick: number; tickMs: number }): Promise<Busy> {
  return new Promise((resolve) => {
    const durations: number[] = [];
    const observer = new PerformanceObserver((list) =>
      durations.push(...list.getEntries().map((entry) => entry.duration)),
    );
    observer.observe({ type: 'longtask' });
    // Long animation frames say which scripts ran in them; ours come from chrome-extension:// URLs.
    let oursInFrames = 0;
    const frames = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { scripts?: { sourceURL: string }[] })[]) {
        if (entry.scripts?.some((script) => script.sourceURL.startsWith('chrome-extension://'))) oursInFrames += 1;
      }
    });
    if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
      frames.observe({ type: 'long-animation-frame' });
    }
    const box = document.createElement('div');
    const main = document.querySelector('main') ?? document.body;
    main.append(box);
    let mutations = 0;
    const timer = setInterval(() => {
      for (let index = 0; index < perTick; index += 1) {
        const item = document.createElement('span');
        item.textContent = `update ${mutations}`;
        box.append(item);
        if (box.childElementCount > 100) box.firstElementChild?.remove();
        mutations += 1;
      }
    }, tickMs);
    setTimeout(() => {
      clearInterval(timer);
      observer.disconnect();
      frames.disconnect();
      box.remove();
      resolve({ oursInFrames, longTasks: durations.length, longestMs: Math.max(0, ...durations), mutations });
    }, busyMs);
  });
}

async function churn(context: BrowserContext, page: (typeof PAGES)[number]): Promise<Busy> {
  await serveSites(context, { [withoutHash(page.url)]: page.path });
  const tab = await context.newPage();
  await tab.goto(page.url, { waitUntil: 'load' });
  await tab.waitForTimeout(1_000); // let load-time work (ours and the page's) finish; only the churn is counted
  const result = await tab.evaluate(churnInPage, { busyMs: BUSY_MS, perTick: MUTATIONS_PER_TICK, tickMs: TICK_MS });
  await tab.close();
  await context.unrouteAll();
  return result;
}

const describeBusy = (busy: Busy) =>
  `${busy.longTasks} long task${busy.longTasks === 1 ? '' : 's'}${busy.longTasks ? ` (longest ${busy.longestMs.toFixed(0)} ms)` : ''}`;

export async function measureBusyPage(): Promise<Section> {
  const rows: Row[] = [];
  const plain: Browser = await launchPlainChromium();
  const extension = await launchExtension();
  try {
    const plainContext = await plain.newContext();
    await shimEsbuildNames(plainContext);
    await shimEsbuildNames(extension.context);
    for (const page of PAGES) {
      const without = await churn(plainContext, page);
      const withExtension = await churn(extension.context, page);
      const extra = withExtension.longTasks - without.longTasks;
      rows.push(
        row(
          `busy page: extra long tasks (> 50 ms) with the extension, ${page.label}`,
          `${extra} extra: ${describeBusy(withExtension)} with, ${describeBusy(without)} without; ` +
            `${withExtension.oursInFrames} long animation frames name our script; ` +
            `${Math.round(withExtension.mutations / (BUSY_MS / 1000))} mutations/s`,
          '0 extra',
          '—',
          verdictOf(extra <= 0),
        ),
      );
    }
  } finally {
    await extension.close();
    await plain.close();
  }
  return {
    rows,
    notes: [
      `Busy page: the saved page served at its real URL, 1 s to settle after load, then ${BUSY_MS / 1000} s of ` +
        `${MUTATIONS_PER_TICK} DOM insertions every ${TICK_MS} ms inside <main> (plus removals beyond 100 nodes) while a ` +
        `PerformanceObserver('longtask') counts; once in Chromium with the built extension, once in the same Chromium ` +
        `without it (a second browser). Long tasks are not attributed to a script by Chromium, so the extension's share is ` +
        `the difference; long animation frames (LoAF) whose script attribution is a chrome-extension:// URL are counted ` +
        `as a cross-check. Each site runs once per browser, so one noisy second on a loaded machine shows up here.`,
    ],
  };
}
