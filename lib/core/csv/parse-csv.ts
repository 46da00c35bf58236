import Papa from 'papaparse';
import type { ColumnMapping, MappedRow } from './import-fields';
import { IMPORT_FIELDS } from './import-fields';
import { restoreNeutralisedCell } from './neutralise-formula';

export interface CsvRecord {
  /** The row number a spreadsheet shows for it: the header is row 1. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  headers: string[];
  /** Data rows that hold anything; blank rows are dropped but keep the numbering. */
  rows: CsvRecord[];
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

export class CsvUnreadableError extends Error {}

/**
 * Reads a CSV file's text: the first row names the columns. Quotes, commas and newlines inside
 * cells are papaparse's job; a byte-order mark is dropped so the first header compares cleanly.
 */
export function parseCsv(text: string): CsvTable {
  // Blank rows are kept while parsing so that row numbers in messages match the spreadsheet's.
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [headerRow, ...rows] = result.data;
  const headers = (headerRow ?? []).map((header) => header.trim());
  if (headers.every((header) => header === '')) {
    throw new CsvUnreadableError('This file has no header row. Put the column names in the first row and try again.');
  }
  const broken = result.errors.find((error) => error.code === 'MissingQuotes');
  if (broken) {
    const row = broken.row === undefined ? '' : ` near row ${String(broken.row + 1)}`;
    throw new CsvUnreadableError(`This file has a quote that is never closed${row}. Fix it and try again.`);
  }
  const records = rows.map((cells, index) => ({ row: index + 2, cells }));
  return { headers, rows: records.filter((record) => !isBlank(record.cells)) };
}

/** A chosen file as a table with at least one row to import, or a refusal in words. */
export function readCsvFile(text: string, fileName: string): CsvTable {
  const table = parseCsv(text);
  if (table.rows.length === 0) {
    throw new CsvUnreadableError(`${fileName} has column names but no rows. Nothing was imported.`);
  }
  return table;
}

function cellOf(table: CsvTable, row: string[], column: string): string {
  const index = table.headers.indexOf(column);
  return index < 0 ? '' : restoreNeutralisedCell((row[index] ?? '').trim());
}

/** Each data row's cells for the mapped fields, with its spreadsheet row number for messages. */
export function mapRows(table: CsvTable, mapping: ColumnMapping): MappedRow[] {
  return table.rows.map(({ row, cells }) => {
    const values: MappedRow['values'] = {};
    for (const field of IMPORT_FIELDS) {
      const text = mapping[field]
        .map((column) => cellOf(table, cells, column))
        .filter(Boolean)
        .join(' ');
      if (text !== '') values[field] = text;
    }
    return { row, values };
  });
}
