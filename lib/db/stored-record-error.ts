import type * as z from 'zod/mini';
import { describeIssues } from '../core/validation/describe-issues';

/** A record in the database no longer matches its schema: say which, never drop it silently. */
export class StoredRecordError extends Error {
  constructor(table: string, id: unknown, error: z.core.$ZodError) {
    super(
      `A stored record in ${table} (id ${String(id)}) is damaged: ${describeIssues(error)} Download a backup before editing it.`,
    );
    this.name = 'StoredRecordError';
  }
}

export function parseStored<T>(schema: z.ZodMiniType<T>, table: string, record: unknown): T {
  const result = schema.safeParse(record);
  if (!result.success) {
    throw new StoredRecordError(table, (record as { id?: unknown } | undefined)?.id, result.error);
  }
  return result.data;
}
