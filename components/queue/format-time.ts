/**
 * Times in the browser's zone, which is the rep's; Intl keeps the popup free of date libraries.
 * Formatters are made once: `toLocaleTimeString` with options builds a new one on every call,
 * which cost about half a millisecond per queue item on a slow machine.
 */
const clockTime = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const shortDay = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const clockTimeIn = new Map<string, Intl.DateTimeFormat>();

export function formatDueTime(iso: string, now: Date): string {
  const at = new Date(iso);
  const time = clockTime.format(at);
  if (at.toDateString() === now.toDateString()) return time;
  return `${shortDay.format(at)} ${time}`;
}

/** The clock time in another zone (a prospect's), with one formatter per zone. */
export function formatClockTimeIn(iso: string, timeZone: string): string {
  let formatter = clockTimeIn.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', timeZone });
    clockTimeIn.set(timeZone, formatter);
  }
  return formatter.format(new Date(iso));
}
