import { join, resolve } from 'node:path';

/** The repository root; every path the bench reads is absolute because it runs from WORK_DIR. */
export const REPO_ROOT = resolve(import.meta.dirname, '..');

export function repoPath(relative: string): string {
  return join(REPO_ROOT, relative);
}

export const CACHE_DIR = repoPath('node_modules/.cache/fifth-touch-bench');

/**
 * The bench builds its own copy of the extension here and runs from this directory, so
 * `launchExtension` (which loads `.output/chrome-mv3` under the working directory) loads that
 * copy: a `wxt build` or `npm run dev` elsewhere cannot swap files under a loaded extension mid-run.
 */
export const WORK_DIR = join(CACHE_DIR, 'build');
export const EXTENSION_BUILD = join(WORK_DIR, '.output/chrome-mv3');
