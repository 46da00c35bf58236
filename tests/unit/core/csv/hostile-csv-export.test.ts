import Papa from 'papaparse';
import { guessMapping, mapRows, parseCsv, prospectsToCsv, touchesToCsv } from '@/lib/core/csv';
import { makeProspect, makeTouch } from '../../../factories';
import { fitted, HOSTILE_LIST } from '../../../fixtures/hostile-strings';

/** A cell a spreadsheet would run: it starts with =, +, -, @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cellsOf(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe.each(HOSTILE_LIST)('"%s" in a CSV export', (_label, text) => {
  const note = `${text}\r\nsecond "line", with a comma`;
  const prospect = makeProspect({
    id: 'p-1',
    name: fitted(text, 200),
    company: fitted(text, 500),
    title: fitted(text, 500),
    tags: [fitted(text, 60)],
    notes: note,
  });

  it('has no cell a spreadsheet would run as a formula, in the prospects or the touches file', () => {
    const touch = makeTouch({ prospectId: 'p-1', note });
    for (const csv of [prospectsToCsv([prospect]), touchesToCsv([touch], new Map([['p-1', prospect]]))]) {
      const cells = cellsOf(csv).flat();
      expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
      expect(cells).toContain(FORMULA_START.test(note) ? `'${note}` : note);
    }
  });

  it('re-imports as the very same text, quotes and line breaks included', () => {
    const table = parseCsv(prospectsToCsv([prospect]));
    const [row] = mapRows(table, guessMapping(table.headers));
    expect(row!.values).toMatchObject({ name: prospect.name.trim(), company: prospect.company!.trim() });
    const notes = table.rows[0]!.cells[table.headers.indexOf('Notes')];
    expect(notes?.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(note);
  });
});
