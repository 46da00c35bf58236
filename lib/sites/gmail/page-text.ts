// Everything read from the page is text a stranger wrote (names, subjects). It leaves the site
// adapter as one trimmed line of plain text with a length cap, never as markup.

const CONTROL_CHARACTERS = /\p{Cc}/gu; // C0 and C1 controls, tabs and newlines included
// Zero-width and bidi-override characters that could hide or reorder text where it is shown again.
// Zero-width (non-)joiners stay: emoji sequences and some scripts need them.
const INVISIBLE_FORMATTING = /[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** `value` on one line, trimmed and cut to `maxLength` characters (whole code points). */
export function toPlainLine(value: string | null | undefined, maxLength: number): string {
  const line = (value ?? '')
    .replace(INVISIBLE_FORMATTING, '')
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length <= maxLength ? line : Array.from(line).slice(0, maxLength).join('').trimEnd();
}

/**
 * The element's text with Gmail's emoji images put back as characters: Gmail renders emoji in
 * subjects as `<img data-emoji="🎉">`, which `textContent` would drop.
 */
export function readTextWithEmoji(element: Element): string {
  if (!element.querySelector('img[data-emoji]')) return element.textContent ?? '';
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
    else if ((node as Element).matches('img[data-emoji]')) text += (node as Element).getAttribute('data-emoji') ?? '';
  }
  return text;
}
