import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

function describePath(path: PropertyKey[]): string {
  if (path.length === 0) return 'The value';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** Beyond this many, allowed values are counted rather than listed. */
const LISTED_VALUES = 12;

function describeProblem(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      // An `unknown` field that must be present reports the check's name, "nonoptional".
      if (issue.expected === 'nonoptional') return 'is missing';
      return `should be ${issue.expected === 'undefined' ? 'absent' : withArticle(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs ${issue.message !== 'Invalid input' ? issue.message : `at least ${String(issue.minimum)} item(s)`}`
        : issue.origin === 'string'
          ? `is too short (at least ${String(issue.minimum)} character(s))`
          : `is too small (at least ${String(issue.minimum)})`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long (at most ${String(issue.maximum)} characters)`
        : issue.origin === 'array'
          ? `has too many items (at most ${String(issue.maximum)})`
          : `is too large (at most ${String(issue.maximum)})`;
    case 'invalid_format':
      return issue.message !== 'Invalid input' ? `should be ${issue.message}` : `is not a valid ${issue.format}`;
    case 'invalid_value':
      // A long list (every message name) would bury the sentence; its length says enough.
      return issue.values.length > LISTED_VALUES
        ? `is not one of the ${issue.values.length} allowed values`
        : `should be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown field(s) ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed shape';
    default:
      return issue.message !== 'Invalid input' ? `should be ${issue.message}` : 'is not valid';
  }
}

/**
 * zod/mini ships no message locale (it keeps content scripts small), so this turns issues
 * into sentences a rep can act on: "prospects[3].email is not a valid email".
 */
export function describeIssues(error: z.core.$ZodError, limit = 5): string {
  const lines = error.issues.slice(0, limit).map((issue) => `${describePath(issue.path)} ${describeProblem(issue)}`);
  const more = error.issues.length - lines.length;
  return lines.join('; ') + (more > 0 ? `; and ${more} more problem(s)` : '') + '.';
}
