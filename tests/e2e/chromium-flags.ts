/**
 * Flags verified on this machine (DESIGN.md): without the network ones Chromium dials Google at
 * start, which this machine refuses. Shared by the e2e tests, the benchmarks and the icon script.
 */
export const HEADLESS_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
