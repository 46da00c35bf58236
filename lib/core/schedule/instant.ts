/** An instant as callers hold it: a Date or an ISO string (messages carry ISO strings). */
export type Instant = Date | string;

export function toDate(instant: Instant): Date {
  const date = new Date(typeof instant === 'string' ? instant : instant.getTime());
  if (Number.isNaN(date.getTime())) throw new RangeError(`"${String(instant)}" is not a date and time.`);
  return date;
}

/**
 * The canonical stored form. A TZDate's own toISOString() carries an offset ("…-05:00"),
 * which would sort apart from "…Z" strings in Dexie indexes, so always go through a plain Date.
 */
export function toIso(instant: Instant): string {
  return new Date(toDate(instant).getTime()).toISOString();
}
