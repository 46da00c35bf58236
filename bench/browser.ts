import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/global-setup';

// The e2e launch flags minus the extension ones (tests/e2e/helpers/extension.ts keeps its list
// private): without the network flags Chromium dials Google at start and adds noise to timings.
const PLAIN_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The same Chromium, headless, without the extension: the baseline the extension is compared with. */
export function launchPlainChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: PLAIN_ARGS });
}
