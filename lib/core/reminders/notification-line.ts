// Bidirectional overrides and isolates can make a name read backwards ("gnp.exe" as "exe.png");
// control characters and line breaks would split one line of a notification into several.
const SPOOFING_OR_CONTROL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]+/gu;

/** Longest a name or a note may run in a notification; the system cuts the rest without warning. */
export const NOTIFICATION_TEXT_LIMIT = 120;

/**
 * A prospect's name, company or note as one plain line of a notification: what a contact or a
 * page wrote is never trusted to be short or to contain only printable text.
 */
export function notificationLine(text: string, limit = NOTIFICATION_TEXT_LIMIT): string {
  const line = text.replace(SPOOFING_OR_CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
}
