/** Titles that come before a name; compared without case or trailing dot. */
const HONORIFICS = new Set([
  'dr',
  'dra',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'prof',
  'sir',
  'dame',
  'herr',
  'frau',
  'mme',
  'mlle',
  'sr',
  'sra',
  'srta',
]);

/** Degrees and suffixes after a comma ("Ada Lovelace, PhD") that do not make it "Last, First". */
const SUFFIXES = new Set(['phd', 'mba', 'md', 'cpa', 'jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'pe', 'pmp', 'cfa']);

/** Shared inboxes: greeting "Info" would be worse than "there". */
const ROLE_MAILBOXES = new Set(['info', 'sales', 'hello', 'contact', 'support', 'admin', 'team', 'office', 'hi']);

const bare = (token: string) => token.toLowerCase().replace(/\.$/, '');
const isInitial = (token: string) => /^\p{L}\.?$/u.test(token);

/** "ADA" and "ada" become "Ada"; mixed case ("McKenzie", "DeShawn") is the person's own spelling. */
function tidyCase(word: string): string {
  if (word !== word.toUpperCase() && word !== word.toLowerCase()) return word;
  return word
    .toLowerCase()
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('-');
}

/** "ada.lovelace@x.example" → "Ada"; "alovelace@…" → "": we cannot tell where the first name ends. */
function firstNameOfEmail(address: string): string {
  const localPart = address.slice(0, address.indexOf('@'));
  const [first = '', ...rest] = localPart.split(/[._+-]+/);
  const isName = rest.length > 0 && /^\p{L}{2,}$/u.test(first) && !ROLE_MAILBOXES.has(first.toLowerCase());
  return isName ? tidyCase(first) : '';
}

/** "Lovelace, Ada" → "Ada"; "Ada Lovelace, PhD" → "Ada Lovelace". */
function givenNamesPart(name: string): string {
  const parts = name
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part && !SUFFIXES.has(bare(part)));
  return parts.length > 1 ? (parts[1] ?? '') : (parts[0] ?? '');
}

/** "J. Robert Oppenheimer" goes by Robert; in "J. Smith" the only full word is the surname. */
function givenNameOf(names: string[]): string {
  if (!names[0] || !isInitial(names[0])) return names[0] ?? '';
  const fullWords = names.filter((token) => !isInitial(token));
  return fullWords.length >= 2 ? (fullWords[0] ?? '') : '';
}

/**
 * The name to greet someone by, or '' when there is none to be sure of (the template then says
 * "there"). Takes the first given name: "María José García" → "María", since a compound first
 * name cannot be told from a middle name — the rep sees the draft and can fix it.
 */
export function firstNameOf(name: string): string {
  const trimmed = name.trim();
  if (/^\S+@\S+$/.test(trimmed)) return firstNameOfEmail(trimmed);
  const tokens = givenNamesPart(trimmed.replace(/\([^)]*\)/g, ' '))
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}]+|[^\p{L}.'’-]+$/gu, ''))
    .filter(Boolean);
  const firstNameIndex = tokens.findIndex((token) => !HONORIFICS.has(bare(token)));
  const names = firstNameIndex === -1 ? [] : tokens.slice(firstNameIndex);
  return tidyCase(givenNameOf(names).replace(/\.$/, ''));
}
