import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { LoadedExtension } from '../tests/e2e/helpers/extension';
import { join } from 'node:path';
import { FIRST_QUEUE_PAINT } from '../components/PopupApp';
import { FIRST_QUEUE_LIMITS } from '../lib/core/queue/queue-sections';

/**
 * Three pages the bench adds to its own copy of the build (never to the shipped extension), to
 * put the popup's time in context:
 * - `blank.html` is DESIGN.md's floor, a blank extension page: no script, no style.
 * - `scripted-blank.html` is the same page with one script that does nothing. Chromium builds a
 *   page's script context (and, in an extension page, the `chrome` bindings) only when a script
 *   runs, so this is the floor of every page that runs any script at all.
 * - `queue-probe.html` is the least any popup must do. It runs one plain script that asks the
 *   worker for the same queue page as the popup, lists the names, and sets the popup's mark.
 *   There is no React, no CSS and no reply check. What it costs over the blank page is the cost
 *   of asking the worker, whatever the popup is built with.
 */
export const BLANK_PAGE = 'blank.html';
export const SCRIPTED_BLANK_PAGE = 'scripted-blank.html';
export const QUEUE_PROBE_PAGE = 'queue-probe.html';

const SCRIPTED_BLANK_SCRIPT = 'scripted-blank.js';

const QUEUE_PROBE_SCRIPT = 'queue-probe.js';

const BLANK_HTML =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Blank</title></head><body></body></html>\n';

const SCRIPTED_BLANK_HTML =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Blank with a script</title>' +
  `<script src="./${SCRIPTED_BLANK_SCRIPT}"></script></head><body></body></html>\n`;

// A statement, so the script is compiled and run; it changes nothing on the page.
const SCRIPTED_BLANK_CODE = 'void 0;\n';

const PROBE_HTML =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Queue probe</title>' +
  `<script type="module" src="./${QUEUE_PROBE_SCRIPT}"></script></head><body><ul></ul></body></html>\n`;

// Extension pages refuse inline scripts (MV3's CSP), so the probe's script is a file of its own.
const PROBE_SCRIPT = `
const reply = await chrome.runtime.sendMessage({ name: 'getTodayQueue', request: { limits: ${JSON.stringify(FIRST_QUEUE_LIMITS)} } });
if (!reply.ok) throw new Error(reply.error);
const list = document.querySelector('ul');
for (const section of ['overdue', 'dueNow', 'laterToday', 'next7Days']) {
  for (const item of reply.response.queue[section]) {
    const entry = document.createElement('li');
    entry.textContent = item.prospect.name;
    list.append(entry);
  }
}
performance.mark(${JSON.stringify(FIRST_QUEUE_PAINT)});
`;

export function installReferencePages(extensionDir: string): void {
  writeFileSync(join(extensionDir, BLANK_PAGE), BLANK_HTML);
  writeFileSync(join(extensionDir, SCRIPTED_BLANK_PAGE), SCRIPTED_BLANK_HTML);
  writeFileSync(join(extensionDir, SCRIPTED_BLANK_SCRIPT), SCRIPTED_BLANK_CODE);
  writeFileSync(join(extensionDir, QUEUE_PROBE_PAGE), PROBE_HTML);
  writeFileSync(join(extensionDir, QUEUE_PROBE_SCRIPT), PROBE_SCRIPT);
}

/**
 * The blank page, for measures that only need an extension page to send from: options.html would
 * ask for the weekly report as it opens, and the worker would be building it during the measure.
 */
export async function openBlankPage({ context, extensionId }: LoadedExtension): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${BLANK_PAGE}`);
  return page;
}
