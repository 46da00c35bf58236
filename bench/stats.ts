import { pick } from './pick';

/** Middle value of the samples (mean of the two middle ones for an even count). */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Linear-interpolated percentile, `p` in 0–100. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return pick(sorted, low) + (pick(sorted, high) - pick(sorted, low)) * (rank - low);
}

/** "12.3 ms", with more digits below 1 ms so fast readers do not all print as 0. */
export function formatMs(ms: number): string {
  if (ms < 1) return `${ms.toFixed(3)} ms`;
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

export function formatMb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(2)}×`;
}

/** Median and spread in one cell: "41.2 ms (p10–p90 38.0–47.9, n=20)". */
export function describeSamples(samples: readonly number[]): string {
  return `${formatMs(median(samples))} (p10–p90 ${formatMs(percentile(samples, 10))}–${formatMs(percentile(samples, 90))}, n=${samples.length})`;
}
