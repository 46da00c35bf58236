import { neutraliseFormula, restoreNeutralisedCell } from '@/lib/core/csv';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['=1+2', `'=1+2`],
    ['+49 30 1234', `'+49 30 1234`],
    ['-5% discount', `'-5% discount`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['María José', 'María José'],
    ['a=b', 'a=b'],
    ['', ''],
    ["'quoted", "'quoted"],
  ])('turns %j into %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each(['=HYPERLINK("http://evil","x")', '-5%', 'plain', "'quoted", "it's"])(
    'restores %j after neutralising it',
    (cell) => {
      expect(restoreNeutralisedCell(neutraliseFormula(cell))).toBe(cell);
    },
  );
});
