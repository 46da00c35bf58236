import * as z from 'zod/mini';

export const Id = z.string().check(z.minLength(1), z.maxLength(200));
export type Id = z.infer<typeof Id>;

/**
 * Every instant is stored and sent as a UTC ISO string in one canonical form
 * (`toISOString()`), because Dexie indexes compare strings: "…00Z" and "…00.000Z" would
 * otherwise sort apart.
 */
export const IsoDateTime = z.pipe(
  z.iso.datetime(),
  z.transform((value: string) => new Date(value).toISOString()),
);
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** A calendar day, `yyyy-MM-dd`, e.g. a holiday. */
export const IsoDate = z.iso.date();

/** "HH:mm" on a 24-hour clock. */
export const ClockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 09:30'));
export type ClockTime = z.infer<typeof ClockTime>;

export const EmailAddress = z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email());

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const TimeZone = z
  .string()
  .check(z.refine(isKnownTimeZone, { message: 'an IANA time zone such as Europe/Berlin' }));

/** Text a rep or a page wrote: bounded so one bad record cannot exhaust storage. */
export const ShortText = z.string().check(z.maxLength(500));
export const LongText = z.string().check(z.maxLength(20_000));
export const Tags = z._default(z.array(z.string().check(z.minLength(1), z.maxLength(60))).check(z.maxLength(50)), []);
