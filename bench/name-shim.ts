import type { BrowserContext } from 'playwright-core';

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`; functions
 * handed to page.evaluate then call a helper the page does not have. Every page gets a no-op one
 * (an init script is injected over CDP, so the sites' Trusted Types header does not block it).
 */
export async function shimEsbuildNames(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
}
