import Papa from 'papaparse';
import type { Prospect } from '../model/prospect';
import type { Touch } from '../model/touch';
import { FIELD_LABELS, IMPORT_FIELDS } from './import-fields';
import { neutraliseFormula } from './neutralise-formula';

/** Excel reads a CSV as the system code page unless it starts with a byte-order mark. */
const BYTE_ORDER_MARK = '\uFEFF';

/** Cells neutralised against formula injection, with a byte-order mark for Excel; shared by every export. */
export function toCsv(headers: string[], rows: (string | number | undefined)[][]): string {
  const cells = rows.map((row) => row.map((cell) => neutraliseFormula(cell === undefined ? '' : String(cell))));
  return BYTE_ORDER_MARK + Papa.unparse({ fields: headers, data: cells }, { newline: '\r\n', escapeFormulae: false });
}

/** Prospects with the import's own headers first, so an export re-imports with no mapping work. */
export function prospectsToCsv(prospects: readonly Prospect[]): string {
  const headers = [...IMPORT_FIELDS.map((field) => FIELD_LABELS[field]), 'Status', 'Source', 'Created at', 'Notes'];
  const rows = prospects.map((prospect) => [
    ...IMPORT_FIELDS.map((field) => (field === 'tags' ? prospect.tags.join(', ') : prospect[field])),
    prospect.status,
    prospect.source,
    prospect.createdAt,
    prospect.notes,
  ]);
  return toCsv(headers, rows);
}

/** Every touch with the prospect's name and email beside it, oldest first. */
export function touchesToCsv(touches: readonly Touch[], prospects: ReadonlyMap<string, Prospect>): string {
  const headers = ['At', 'Prospect', 'Email', 'Channel', 'Outcome', 'Note', 'Step'];
  const sorted = [...touches].sort((a, b) => a.at.localeCompare(b.at));
  const rows = sorted.map((touch) => {
    const prospect = prospects.get(touch.prospectId);
    const step = touch.stepIndex === undefined ? undefined : touch.stepIndex + 1;
    return [touch.at, prospect?.name, prospect?.email, touch.channel, touch.outcome, touch.note, step];
  });
  return toCsv(headers, rows);
}
