import { chromium, type Browser } from 'playwright-core';
import { HEADLESS_CHROMIUM_FLAGS } from '../tests/e2e/chromium-flags';
import { chromiumPath } from '../tests/e2e/global-setup';

/** The same Chromium, headless, without the extension: the baseline the extension is compared with. */
export function launchPlainChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: HEADLESS_CHROMIUM_FLAGS });
}
