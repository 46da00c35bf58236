import { guessMapping, normaliseHeader } from '@/lib/core/csv';

describe('guessMapping', () => {
  it.each([
    ['Full name', 'name'],
    ['Name', 'name'],
    ['E-mail', 'email'],
    ['Email Address', 'email'],
    ['Organisation', 'company'],
    ['Company', 'company'],
    ['Job title', 'title'],
    ['LinkedIn', 'linkedinUrl'],
    ['LinkedIn URL', 'linkedinUrl'],
    ['Tags', 'tags'],
    ['Timezone', 'timeZone'],
    ['time_zone', 'timeZone'],
    ['Deal value', 'dealValue'],
    ['Amount', 'dealValue'],
  ] as const)('maps the header "%s" to %s', (header, field) => {
    expect(guessMapping(['Unrelated', header])[field]).toEqual([header]);
  });

  it('joins "First name" and "Last name" into the name', () => {
    expect(guessMapping(['First name', 'Last name', 'Email']).name).toEqual(['First name', 'Last name']);
  });

  it('prefers a full-name column over first and last names', () => {
    expect(guessMapping(['First name', 'Full name', 'Last name']).name).toEqual(['Full name']);
  });

  it('leaves fields it cannot place unmapped', () => {
    const mapping = guessMapping(['Phone', 'Notes']);
    expect(Object.values(mapping).every((columns) => columns.length === 0)).toBe(true);
  });

  it('compares headers without case, spaces or punctuation, keeping letters beyond ASCII', () => {
    expect(normaliseHeader(' Job-Title ')).toBe('jobtitle');
    expect(normaliseHeader('Größe')).toBe('größe');
  });
});
