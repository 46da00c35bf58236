import { existsSync } from 'node:fs';

export const EXTENSION_DIR = '.output/chrome-mv3';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Fails the e2e tier early with a message that says how to fix the machine. */
export default function checkPrerequisites(): void {
  const path = chromiumPath();
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}. Install it with "apt-get update && apt-get install -y chromium" ` +
        '(branded Chrome 137+ ignores --load-extension), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(
      `The extension is not built: run "npm run build" first (${EXTENSION_DIR}/manifest.json is missing).`,
    );
  }
}
