// Renders assets/icon.svg to public/icon/{16,32,48,128}.png (transparent background) with the
// system Chromium via playwright-core, so no image-tooling dependency is needed.
// 16 px uses SMALL_SVG below: the same "5" + amber dot hand-placed on the pixel grid so it stays crisp.
// Re-run after editing either SVG: npm run icons
import { readFile, mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { HEADLESS_CHROMIUM_FLAGS } from '../tests/e2e/chromium-flags';

const root = new URL('..', import.meta.url);
const SMALL_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">
  <rect width="16" height="16" rx="3.5" fill="#0F766E"/>
  <path fill="#FFFFFF" shape-rendering="crispEdges" d="M4 2h7v1h-7zM4 3h7v1h-7zM4 4h2v1h-2zM4 5h2v1h-2zM4 6h6v1h-6zM4 7h7v1h-7zM9 8h3v1h-3zM10 9h2v1h-2zM10 10h2v1h-2zM3 11h2v1h-2zM9 11h3v1h-3zM3 12h8v1h-8zM4 13h6v1h-6z"/>
  <rect x="13" y="2" width="2" height="2" fill="#FBBF24" shape-rendering="crispEdges"/></svg>`;

const fullSvg = await readFile(new URL('assets/icon.svg', root), 'utf8');
await mkdir(new URL('public/icon/', root), { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: HEADLESS_CHROMIUM_FLAGS,
});
try {
  const page = await browser.newPage();
  for (const size of [16, 32, 48, 128]) {
    const svg = (size === 16 ? SMALL_SVG : fullSvg).replace(
      /<svg\b/,
      `<svg style="display:block;width:${size}px;height:${size}px"`,
    );
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const path = new URL(`public/icon/${size}.png`, root).pathname;
    await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
}
