import * as z from 'zod/mini';
import { EmailAddress, ShortText, TimeZone } from '../model/primitives';
import { describeIssues } from '../validation/describe-issues';
import { FIELD_IN_SENTENCE, type ImportField, type MappedRow } from './import-fields';

/** A row that passed every check, ready to create or merge. */
export const ImportedProspect = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  email: z.optional(EmailAddress),
  company: z.optional(ShortText),
  title: z.optional(ShortText),
  linkedinUrl: z.optional(z.string().check(z.maxLength(500))),
  tags: z.array(z.string().check(z.minLength(1), z.maxLength(60))).check(z.maxLength(50)),
  timeZone: z.optional(TimeZone),
  dealValue: z.optional(z.number().check(z.nonnegative())),
});
export type ImportedProspect = z.infer<typeof ImportedProspect>;

/** Reduces a LinkedIn URL to its one stored form, or `null` when it is not a profile; sites/ owns it. */
export type CanonicaliseProfileUrl = (url: string) => string | null;

const QUOTED_CELL_LENGTH = 80;

export type RowCheck =
  { row: number; ok: true; prospect: ImportedProspect } | { row: number; ok: false; error: string };

/**
 * "1,200", "$1 200.50" and "€900" are amounts. Commas count only as thousands separators, so
 * "12.000,50" stays text and zod rejects it in words rather than it becoming 12.0005 silently.
 */
function parseAmount(text: string): number | string {
  const compact = text.replace(/[\s$€£¥]/g, '');
  return /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(compact) ? Number(compact.replace(/,/g, '')) : text;
}

function splitTags(text: string | undefined): string[] {
  const tags = (text ?? '').split(/[,;]/).map((tag) => tag.trim());
  return [...new Set(tags.filter(Boolean))];
}

/** Issues name the field as the mapping labels it ("LinkedIn URL"), so a rep can find the column. */
function relabel(error: z.core.$ZodError): z.core.$ZodError {
  const issues = error.issues.map((issue) => {
    const field = issue.path[0] as ImportField;
    return { ...issue, path: [FIELD_IN_SENTENCE[field]] };
  });
  return new z.core.$ZodError(issues);
}

/** A cell quoted back to the rep, shortened so a pasted essay does not become the message. */
function quoteCell(text: string): string {
  return text.length > QUOTED_CELL_LENGTH ? `"${text.slice(0, QUOTED_CELL_LENGTH)}…"` : `"${text}"`;
}

/** Checks one row as the worker will: the page shows the result, the worker repeats it before writing. */
export function checkRow(mapped: MappedRow, canonicalise: CanonicaliseProfileUrl): RowCheck {
  const { values, row } = mapped;
  if (values.name === undefined) return { row, ok: false, error: `Row ${row}: name is missing.` };
  const linkedinUrl = values.linkedinUrl === undefined ? undefined : canonicalise(values.linkedinUrl);
  if (linkedinUrl === null) {
    const shown = quoteCell(values.linkedinUrl ?? '');
    return { row, ok: false, error: `Row ${row}: LinkedIn URL ${shown} is not a LinkedIn profile URL.` };
  }
  const parsed = ImportedProspect.safeParse({
    ...values,
    linkedinUrl,
    tags: splitTags(values.tags),
    dealValue: values.dealValue === undefined ? undefined : parseAmount(values.dealValue),
  });
  if (!parsed.success) return { row, ok: false, error: `Row ${row}: ${describeIssues(relabel(parsed.error))}` };
  return { row, ok: true, prospect: stripEmpty(parsed.data) };
}

function stripEmpty(prospect: ImportedProspect): ImportedProspect {
  const kept = Object.entries(prospect).filter(([, value]) => value !== undefined && value !== '');
  return Object.fromEntries(kept) as ImportedProspect;
}

export interface RowChecks {
  valid: ImportedProspect[];
  errors: string[];
}

/** Splits rows into the ones to import and sentences about the ones that cannot be. */
export function checkRows(rows: readonly MappedRow[], canonicalise: CanonicaliseProfileUrl): RowChecks {
  const checks = rows.map((row) => checkRow(row, canonicalise));
  return {
    valid: checks.flatMap((check) => (check.ok ? [check.prospect] : [])),
    errors: checks.flatMap((check) => (check.ok ? [] : [check.error])),
  };
}
