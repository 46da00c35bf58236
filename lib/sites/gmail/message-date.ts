// Gmail puts a message's full date in the `title` of its date span, in the UI language and the
// time zone of the Google account, e.g. "Thu, Dec 18, 2014, 3:04 PM" (US English) or
// "Mon, 3 Nov 2025, 14:05" (UK English). There is no machine-readable timestamp in the DOM.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MAX_TITLE_LENGTH = 80;

// Matched after whitespace is collapsed to single spaces (Gmail puts U+202F before "PM"):
// optional weekday, "Dec 18, 2014" or "18 Dec 2014", "," or " at ", then "3:04 PM" or "14:05".
const WEEKDAY = '(?:[a-z]+,? )?';
const MONTH = String.raw`(?<month>[a-z]{3})[a-z]*\.?`;
const DAY = String.raw`(?<day>\d{1,2})`;
const YEAR = String.raw`(?<year>\d{4})`;
const TIME = String.raw`,? (?:at )?(?<hour>\d{1,2}):(?<minute>\d{2})(?: ?(?<meridiem>[ap])\.?m\.?)?$`;
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH} ${DAY},? ${YEAR}${TIME}`);
const DAY_FIRST = new RegExp(`^${WEEKDAY}${DAY} ${MONTH},? ${YEAR}${TIME}`);

/**
 * The ISO instant of a Gmail date title, or `null` for any other language or shape.
 * The wall time is read in the runtime's time zone: Gmail shows the account's time zone, which is
 * the browser's unless the rep set another one in Gmail, in which case the result is off by the
 * difference.
 */
export function parseGmailDate(title: string | null): string | null {
  const text = title?.replace(/\s+/g, ' ').trim().toLowerCase().slice(0, MAX_TITLE_LENGTH) ?? '';
  const parts = (MONTH_FIRST.exec(text) ?? DAY_FIRST.exec(text))?.groups;
  if (!parts) return null;
  return toIsoInstant({
    year: Number(parts.year),
    monthIndex: MONTHS.indexOf(parts.month ?? ''),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    meridiem: parts.meridiem as 'a' | 'p' | undefined,
  });
}

interface WallTime {
  year: number;
  monthIndex: number;
  day: number;
  hour: number;
  minute: number;
  meridiem: 'a' | 'p' | undefined;
}

function toIsoInstant({ year, monthIndex, day, hour, minute, meridiem }: WallTime): string | null {
  const hourIsValid = meridiem ? hour >= 1 && hour <= 12 : hour <= 23;
  if (monthIndex < 0 || !hourIsValid || minute > 59) return null;
  const hour24 = meridiem ? (hour % 12) + (meridiem === 'p' ? 12 : 0) : hour;
  const date = new Date(year, monthIndex, day, hour24, minute);
  // Date rolls "Feb 30" over into March; a real Gmail title never does.
  return date.getMonth() === monthIndex && date.getDate() === day ? date.toISOString() : null;
}
