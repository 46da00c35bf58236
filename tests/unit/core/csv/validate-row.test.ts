import { checkRow, checkRows, type MappedRow } from '@/lib/core/csv';
import { canonicalProfileUrl } from '@/lib/sites/linkedin';

function check(values: MappedRow['values'], row = 4) {
  return checkRow({ row, values }, canonicalProfileUrl);
}

describe('checkRow', () => {
  it('cleans a good row: lowercased email, canonical profile URL, split tags, parsed amount', () => {
    expect(
      check({
        name: ' Zoë Dupont ',
        email: 'Zoe@Example.COM',
        company: 'Acme',
        linkedinUrl: 'http://de.linkedin.com/in/ZoeDupont?trk=x',
        tags: 'fintech; berlin, fintech',
        timeZone: 'Europe/Berlin',
        dealValue: '$12,500.50',
      }),
    ).toEqual({
      row: 4,
      ok: true,
      prospect: {
        name: 'Zoë Dupont',
        email: 'zoe@example.com',
        company: 'Acme',
        linkedinUrl: 'https://www.linkedin.com/in/zoedupont/',
        tags: ['fintech', 'berlin'],
        timeZone: 'Europe/Berlin',
        dealValue: 12500.5,
      },
    });
  });

  it.each([
    [{ email: 'ada@example.com' }, 'Row 4: name is missing.'],
    [{ name: 'Ada', email: 'not-an-email' }, 'Row 4: email is not a valid email.'],
    [{ name: 'Ada', timeZone: 'Mars/Olympus' }, 'Row 4: time zone should be an IANA time zone such as Europe/Berlin.'],
    [{ name: 'Ada', dealValue: 'lots' }, 'Row 4: deal value should be a number.'],
    [{ name: 'Ada', dealValue: '12.000,50' }, 'Row 4: deal value should be a number.'],
    [{ name: 'Ada', dealValue: '-5' }, 'Row 4: deal value should be a number.'],
    [
      { name: 'Ada', linkedinUrl: 'https://www.linkedin.com/company/acme' },
      'Row 4: LinkedIn URL "https://www.linkedin.com/company/acme" is not a LinkedIn profile URL.',
    ],
    [{ name: 'A'.repeat(201) }, 'Row 4: name is too long (at most 200 characters).'],
  ])('explains %j in words', (values, error) => {
    expect(check(values)).toEqual({ row: 4, ok: false, error });
  });

  it('lists every problem of a row in one sentence', () => {
    const result = check({ name: 'Ada', email: 'nope', timeZone: 'Nowhere' });
    expect(result.ok === false && result.error).toBe(
      'Row 4: email is not a valid email; time zone should be an IANA time zone such as Europe/Berlin.',
    );
  });
});

describe('checkRows', () => {
  it('keeps the valid rows and reports the others', () => {
    const rows: MappedRow[] = [
      { row: 2, values: { name: 'Ada' } },
      { row: 3, values: { name: 'Bob', email: 'bob@' } },
    ];
    expect(checkRows(rows, canonicalProfileUrl)).toEqual({
      valid: [{ name: 'Ada', tags: [] }],
      errors: ['Row 3: email is not a valid email.'],
    });
  });
});
