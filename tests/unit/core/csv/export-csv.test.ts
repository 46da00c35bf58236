import {
  checkRows,
  guessMapping,
  mapRows,
  parseCsv,
  prospectsToCsv,
  touchesToCsv,
  type ImportedProspect,
} from '@/lib/core/csv';
import { canonicalProfileUrl } from '@/lib/sites/linkedin';
import { makeProspect } from '../../../factories';

const TRICKY = [
  makeProspect({
    id: 'p-1',
    name: 'María José "MJ" García',
    email: 'mj@example.com',
    company: 'Acme, Inc.',
    title: 'Head of\nOperations',
    linkedinUrl: 'https://www.linkedin.com/in/mariajose/',
    tags: ['spain', 'vip'],
    timeZone: 'Europe/Madrid',
    dealValue: 12000,
  }),
  makeProspect({ id: 'p-2', name: 'Zoë', email: 'zoe@example.com', title: '-VP- of Sales', tags: [] }),
  makeProspect({ id: 'p-3', name: '=HYPERLINK("http://evil","x")', email: 'evil@example.com', tags: [] }),
];

function reimport(csv: string): ImportedProspect[] {
  const table = parseCsv(csv);
  const { valid, errors } = checkRows(mapRows(table, guessMapping(table.headers)), canonicalProfileUrl);
  expect(errors).toEqual([]);
  return valid;
}

describe('prospectsToCsv', () => {
  it('starts with a byte-order mark and the import headers', () => {
    const csv = prospectsToCsv(TRICKY);
    expect(csv.startsWith('\uFEFFName,Email,Company,Title,LinkedIn URL,Tags,Time zone,Deal value,')).toBe(true);
  });

  it('neutralises formulas, so a hostile name is text in a spreadsheet', () => {
    const csv = prospectsToCsv(TRICKY);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).toContain(`'-VP- of Sales`);
  });

  it('re-imports as the same data: quotes, commas, newlines and UTF-8 names', () => {
    expect(reimport(prospectsToCsv(TRICKY))).toEqual(
      TRICKY.map(({ name, email, company, title, linkedinUrl, tags, timeZone, dealValue }) =>
        Object.fromEntries(
          Object.entries({ name, email, company, title, linkedinUrl, tags, timeZone, dealValue }).filter(
            ([, value]) => value !== undefined,
          ),
        ),
      ),
    );
  });
});

describe('touchesToCsv', () => {
  it('lists touches oldest first beside the prospect, neutralising notes', () => {
    const prospects = new Map(TRICKY.map((prospect) => [prospect.id, prospect]));
    const csv = touchesToCsv(
      [
        {
          id: 't-2',
          prospectId: 'p-2',
          channel: 'call',
          at: '2026-11-20T10:00:00.000Z',
          outcome: 'no-answer',
          note: '',
        },
        {
          id: 't-1',
          prospectId: 'p-1',
          channel: 'email',
          at: '2026-11-19T10:00:00.000Z',
          outcome: 'sent',
          note: '=cmd|calc',
          stepIndex: 0,
        },
      ],
      prospects,
    );
    const table = parseCsv(csv);
    expect(table.headers).toEqual(['At', 'Prospect', 'Email', 'Channel', 'Outcome', 'Note', 'Step']);
    expect(table.rows.map((record) => record.cells)).toEqual([
      ['2026-11-19T10:00:00.000Z', 'María José "MJ" García', 'mj@example.com', 'email', 'sent', "'=cmd|calc", '1'],
      ['2026-11-20T10:00:00.000Z', 'Zoë', 'zoe@example.com', 'call', 'no-answer', '', ''],
    ]);
  });
});
