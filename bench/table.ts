import { pick } from './pick';

export type Verdict = 'pass' | 'FAIL' | '—' | 'not measured';

export interface Row {
  figure: string;
  measured: string;
  budget: string;
  peer: string;
  verdict: Verdict;
}

/** One stage's rows plus the footnotes that say how its figures were taken. */
export interface Section {
  rows: Row[];
  notes: string[];
}

export function row(figure: string, measured: string, budget = '—', peer = '—', verdict: Verdict = '—'): Row {
  return { figure, measured, budget, peer, verdict };
}

export function verdictOf(withinBudget: boolean): Verdict {
  return withinBudget ? 'pass' : 'FAIL';
}

export function notMeasured(figure: string, reason: string, budget = '—'): Row {
  return row(figure, `not measured: ${reason}`, budget, '—', 'not measured');
}

const HEADER: Row = { figure: 'figure', measured: 'measured', budget: 'budget', peer: 'peer', verdict: 'pass' };

/** A Markdown table, padded so it also reads as plain text in a terminal. */
export function renderTable(rows: readonly Row[]): string {
  const columns = ['figure', 'measured', 'budget', 'peer', 'verdict'] as const;
  const cells = [HEADER, ...rows].map((entry, index) =>
    columns.map((column) => (index === 0 && column === 'verdict' ? 'pass/fail' : entry[column].replaceAll('|', '\\|'))),
  );
  const widths = columns.map((_, column) => Math.max(...cells.map((line) => pick(line, column).length)));
  const format = (line: string[]) => `| ${line.map((cell, column) => cell.padEnd(pick(widths, column))).join(' | ')} |`;
  const separator = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [format(pick(cells, 0)), separator, ...cells.slice(1).map(format)].join('\n');
}

export function renderNotes(notes: readonly string[]): string {
  return notes.map((note, index) => `${index + 1}. ${note}`).join('\n');
}
