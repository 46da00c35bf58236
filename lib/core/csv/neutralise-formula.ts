/** Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes an apostrophe to a cell a spreadsheet would run as a formula, so a hostile name like
 * `=HYPERLINK("http://evil","x")` shows as text instead of becoming a live link.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes `neutraliseFormula` on import, so our own export re-imports as the same data. */
export function restoreNeutralisedCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
