import * as z from 'zod/mini';

const NoRequest = z.object({});
/** A spreadsheet cell as the page mapped it: raw text, bounded; the worker validates it again. */
const Cell = z.optional(z.string().check(z.maxLength(5000)));

export const CsvRow = z.object({
  row: z.int().check(z.positive()),
  values: z.object({
    name: Cell,
    email: Cell,
    company: Cell,
    title: Cell,
    linkedinUrl: Cell,
    tags: Cell,
    timeZone: Cell,
    dealValue: Cell,
  }),
});

const CsvFile = z.object({ csv: z.string() });

/** The options page's CSV import and exports; the text of an export is built in the worker. */
export const CSV_MESSAGES = {
  importProspects: {
    // Rows the page found valid; any that fails the worker's own check refuses the whole import.
    request: z.object({ rows: z.array(CsvRow).check(z.minLength(1), z.maxLength(10_000)) }),
    response: z.object({ created: z.int(), merged: z.int() }),
  },
  exportProspectsCsv: { request: NoRequest, response: CsvFile },
  exportTouchesCsv: { request: NoRequest, response: CsvFile },
} as const;
