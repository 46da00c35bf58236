import type { Prospect } from '../model';
import { firstNameOf } from './first-name';

/** The variables a content body may use, as `{{firstName}}`. */
export const TEMPLATE_VARIABLES = ['firstName', 'name', 'company', 'title', 'lastNote'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export type TemplateValues = Partial<Record<TemplateVariable, string>>;

/**
 * What a missing or blank value becomes, chosen so the sentence still reads: "Hi there,", "how
 * your team handles it", "as your role". `lastNote` has no stand-in: an invented recap would be
 * worse than a gap the rep notices in the draft.
 */
export const TEMPLATE_FALLBACKS: Record<TemplateVariable, string> = {
  firstName: 'there',
  name: 'there',
  company: 'your team',
  title: 'your role',
  lastNote: '',
};

/** `{{firstName}}` or `{{ firstName }}`; names are case-sensitive so a typo stays visible. */
const VARIABLE = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

const isTemplateVariable = (name: string): name is TemplateVariable =>
  (TEMPLATE_VARIABLES as readonly string[]).includes(name);

function valueOf(variable: TemplateVariable, values: TemplateValues): string {
  const given = values[variable]?.trim();
  if (given) return given;
  // A full name is often all we have; greeting by it beats "there".
  if (variable === 'firstName' && values.name) return firstNameOf(values.name) || TEMPLATE_FALLBACKS.firstName;
  return TEMPLATE_FALLBACKS[variable];
}

/**
 * The body with its variables filled in, as plain text: values are inserted verbatim (never
 * escaped or parsed as HTML, so the caller must render the result as text) and in one pass, so
 * a value that itself contains `{{company}}` stays literal. Unknown variables stay as written.
 */
export function fillTemplate(body: string, values: TemplateValues): string {
  return body.replace(VARIABLE, (written, name: string) =>
    isTemplateVariable(name) ? valueOf(name, values) : written,
  );
}

/** The values a prospect provides; `lastNote` is the note on their latest touch, if any. */
export function templateValuesOf(
  prospect: Pick<Prospect, 'name' | 'company' | 'title'>,
  lastNote?: string,
): TemplateValues {
  return {
    firstName: firstNameOf(prospect.name),
    name: prospect.name,
    company: prospect.company,
    title: prospect.title,
    lastNote,
  };
}
