import { CsvUnreadableError, guessMapping, mapRows, parseCsv } from '@/lib/core/csv';

describe('parseCsv and mapRows', () => {
  it('reads a BOM, quotes, commas and newlines in cells, and UTF-8 names', () => {
    const text = '\uFEFFFull name,E-mail,Notes\r\n"Zoë ""Z"" Smith",zoe@example.com,"one, two\nthree"\r\n\r\n';
    const table = parseCsv(text);
    expect(table.headers).toEqual(['Full name', 'E-mail', 'Notes']);
    expect(table.rows).toEqual([{ row: 2, cells: ['Zoë "Z" Smith', 'zoe@example.com', 'one, two\nthree'] }]);
  });

  it('maps cells to fields with spreadsheet row numbers, joining first and last names', () => {
    const table = parseCsv('First name,Last name,Email\nMaría José,García,MJ@Example.com\n,,\nAda,,\n');
    expect(mapRows(table, guessMapping(table.headers))).toEqual([
      { row: 2, values: { name: 'María José García', email: 'MJ@Example.com' } },
      { row: 4, values: { name: 'Ada' } },
    ]);
  });

  it('treats a missing cell in a short row as empty', () => {
    const table = parseCsv('Name,Email,Company\nAda,ada@example.com\n');
    expect(mapRows(table, guessMapping(table.headers))[0]?.values).toEqual({ name: 'Ada', email: 'ada@example.com' });
  });

  it.each([
    ['', /no header row/],
    ['Name,Email\n"Ada,ada@example.com\n', /quote that is never closed/],
  ])('refuses %j in words', (text, message) => {
    expect(() => parseCsv(text)).toThrow(CsvUnreadableError);
    expect(() => parseCsv(text)).toThrow(message);
  });
});
