/**
 * "Pause everything until" is picked as a day; the pause ends at the start of that day on this
 * computer's clock, which is where the rep is when they pick it.
 */
export function pauseInstantOf(day: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const start = new Date(`${day}T00:00:00`);
  return Number.isNaN(start.getTime()) ? undefined : start.toISOString();
}
