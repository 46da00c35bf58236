import * as z from 'zod/mini';
import { describeIssues } from '@/lib/core/validation/describe-issues';

/**
 * One sentence about a field, named as its label says ("Day is too small (at least 1).") rather
 * than by its path in the record, which a rep never sees.
 */
export function describeField(label: string, issues: readonly z.core.$ZodIssue[]): string {
  // Every number the rep types is a count (days, minutes), and "should be a number" would puzzle after "2.5".
  if (issues[0]?.code === 'invalid_type' && issues[0].expected === 'number') return `${label} must be a whole number.`;
  return describeIssues(new z.core.$ZodError(issues.map((issue) => ({ ...issue, path: [label] }))), 1);
}

/** A number field's text as a number; blank or "2.5" become NaN so the schema refuses them. */
export function wholeNumberOf(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
