import { companyKey, emailCompanyKey, findMatches, normalizeName } from '@/lib/core/prospects/match';
import { makeProspect } from '../../../factories';

describe('matching one person across Gmail and LinkedIn', () => {
  it.each([
    ['Ada Lovelace', 'ada  lovelace'],
    ['Anna Lindqvist Öberg', 'anna lindqvist oberg'],
    ['  José-María  ', 'jose maria'],
  ])('normalises the name %j to %j', (name, expected) => {
    expect(normalizeName(name)).toBe(normalizeName(expected));
  });

  it.each([
    ['Acme Inc.', 'acme'],
    ['ACME', 'acme'],
    ['Acme GmbH', 'acme'],
    ['Recruitjob.se', 'recruitjob'],
    ['Novare Potential', 'novarepotential'],
    ['The Acme Company, Ltd', 'acme'],
  ])('reads the company %j as %j', (company, key) => {
    expect(companyKey(company)).toBe(key);
  });

  it.each([
    ['tom@acme.com', 'acme'],
    ['tom@mail.acme.co.uk', 'acme'],
    ['sri@swedbank.se', 'swedbank'],
    ['someone@gmail.com', null],
    ['someone@outlook.com', null],
    ['not-an-address', null],
  ])('reads the email %j as the company %j', (email, key) => {
    expect(emailCompanyKey(email)).toBe(key);
  });

  it('offers a LinkedIn record with the same name', () => {
    const linkedIn = makeProspect({ name: 'Abgar Gulo', email: undefined, company: 'Recruitjob.se' });
    const matches = findMatches({ name: 'abgar  gulo', email: 'abgar@elsewhere.example' }, [linkedIn]);
    expect(matches).toEqual([{ prospect: linkedIn, reason: 'same-name' }]);
  });

  it("offers a LinkedIn record whose company is the email's domain", () => {
    const linkedIn = makeProspect({ name: 'Abgar Gulo', email: undefined, company: 'Recruitjob.se' });
    const matches = findMatches({ name: 'A. Gulo', email: 'a.gulo@recruitjob.se' }, [linkedIn]);
    expect(matches).toEqual([{ prospect: linkedIn, reason: 'company-domain' }]);
  });

  it('never matches through a public mailbox domain', () => {
    const linkedIn = makeProspect({ name: 'Someone Else', email: undefined, company: 'Gmail' });
    expect(findMatches({ name: 'Tom Becker', email: 'tom@gmail.com' }, [linkedIn])).toEqual([]);
  });

  it('never offers a record with a different email, nor the record itself', () => {
    const other = makeProspect({ name: 'Ada Lovelace', email: 'ada@other.example' });
    const self = makeProspect({ id: 'me', name: 'Ada Lovelace', email: undefined });
    expect(findMatches({ id: 'me', name: 'Ada Lovelace', email: 'ada@analytical.example' }, [other, self])).toEqual([]);
  });

  it('lists same-name matches before company matches', () => {
    const colleague = makeProspect({ name: 'Bea Colleague', email: undefined, company: 'Acme Inc.' });
    const same = makeProspect({ name: 'Tom Becker', email: undefined, company: 'Elsewhere' });
    const matches = findMatches({ name: 'Tom Becker', email: 'tom@acme.com' }, [colleague, same]);
    expect(matches.map((match) => [match.prospect.name, match.reason])).toEqual([
      ['Tom Becker', 'same-name'],
      ['Bea Colleague', 'company-domain'],
    ]);
  });
});
