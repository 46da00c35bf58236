import fc from 'fast-check';
import Papa from 'papaparse';
import { binaryJunkArb, hugeTextArb } from './huge-text';

/** A CSV file in which no row can be imported, and what every refusal of it must name. */
export interface MalformedCsv {
  kind: string;
  text: string;
  names: RegExp;
}

const toCsv = (rows: string[][]) => Papa.unparse(rows, { newline: '\r\n' });

/** A file with these headers and 1–6 rows, each filled by `cellsArb`. */
function fileArb(kind: string, headers: string[], cellsArb: fc.Arbitrary<string[]>, names: RegExp) {
  return fc
    .array(cellsArb, { minLength: 1, maxLength: 6 })
    .map((rows) => ({ kind, text: toCsv([headers, ...rows]), names }));
}

const nameArb = fc.constantFrom('Ada Lovelace', 'Zoë Ünal', 'O’Brien, Sean', 'Ана Петрова');

// Headers that name no field, so nothing maps to the required name.
const UNKNOWN_HEADER = /^(?!.*(name|contact|person|prospect)).+$/i;
const wrongHeaderArb = fc
  .uniqueArray(
    fc.string({ minLength: 1, maxLength: 12 }).filter((header) => UNKNOWN_HEADER.test(header.trim())),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .chain((headers) =>
    fileArb(
      'wrong header',
      headers,
      fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: headers.length, maxLength: headers.length }),
      /name is missing|no rows/,
    ),
  );

const noHeaderArb = fc
  .array(nameArb, { minLength: 1, maxLength: 3 })
  .map((names) => ({ kind: 'missing header', text: `,,\r\n${names.join('\r\n')}`, names: /no header row/ }));

const headerOnlyArb = fc
  .constantFrom('Name,Email', 'Full name;Company', 'name')
  .map((header) => ({ kind: 'missing rows', text: `${header}\r\n\r\n`, names: /has column names but no rows/ }));

const badEmailArb = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 30 }).filter((text) => !text.includes('@') && text.trim() !== ''),
    fc.constantFrom('ada@', '@example.com', 'ada @example.com', 'ada@@example.com', 'ada@example', 'mailto:ada@x.io'),
  )
  .chain((email) =>
    fileArb(
      'bad email',
      ['Name', 'Email'],
      nameArb.map((name) => [name, email]),
      /email is not a valid email/,
    ),
  );

const badLinkedInArb = fc
  .oneof(
    fc.constantFrom(
      'javascript:alert(1)',
      'https://evil.example/in/ada/',
      'https://www.linkedin.com/company/fifth-touch/',
      'https://www.linkedin.com/in/me/',
      'ftp://www.linkedin.com/in/ada/',
      'linkedin.com/in/ada',
    ),
    fc.string({ minLength: 1, maxLength: 40 }).filter((text) => !/linkedin/i.test(text)),
    hugeTextArb.map((text) => text.slice(0, 4000)),
    fc.integer({ min: 600, max: 4800 }).map((length) => `https://www.linkedin.com/in/${'a'.repeat(length)}/`),
  )
  .chain((url) =>
    fileArb(
      'bad LinkedIn URL',
      ['Name', 'LinkedIn URL'],
      nameArb.map((name) => [name, url]),
      /LinkedIn URL/,
    ),
  );

const overLongArb = fc.tuple(fc.constantFrom('Name', 'Company', 'Title'), hugeTextArb).chain(([column, text]) =>
  fileArb(
    'over-long row',
    ['Name', 'Company', 'Title'],
    nameArb.map((name) => ['Name', 'Company', 'Title'].map((header) => (header === column ? text : name))),
    new RegExp(`${column.toLowerCase()} is too long`),
  ),
);

const badValueArb = fc
  .oneof(
    fc.record({
      header: fc.constant('Deal value'),
      value: fc.constantFrom('12.000,50', '-5', 'lots', '1e9999', '$', '€-3'),
      names: fc.constant(/deal value/),
    }),
    fc.record({
      header: fc.constant('Time zone'),
      value: fc.constantFrom('Mars/Olympus_Mons', 'GMT+25', 'Berlin', '<script>'),
      names: fc.constant(/time zone should be an IANA time zone/),
    }),
    fc.record({
      header: fc.constant('Tags'),
      value: fc.constantFrom(Array.from({ length: 51 }, (_unused, index) => `t${index}`).join(','), 'x'.repeat(61)),
      names: fc.constant(/tags/),
    }),
  )
  .chain(({ header, value, names }) =>
    fileArb(
      'bad value',
      ['Name', header],
      nameArb.map((name) => [name, value]),
      names,
    ),
  );

const unclosedQuoteArb = nameArb.map((name) => ({
  kind: 'broken quoting',
  text: `Name,Email\r\n"${name},ada@example.com\r\nBob,bob@example.com`,
  names: /quote that is never closed/,
}));

const junkArb = binaryJunkArb.map((text) => ({ kind: 'binary junk', text, names: /./ }));

/** Every way a CSV file is wrong that the issue lists. */
export const malformedCsvArb: fc.Arbitrary<MalformedCsv> = fc.oneof(
  wrongHeaderArb,
  noHeaderArb,
  headerOnlyArb,
  badEmailArb,
  badLinkedInArb,
  overLongArb,
  badValueArb,
  unclosedQuoteArb,
  junkArb,
);
