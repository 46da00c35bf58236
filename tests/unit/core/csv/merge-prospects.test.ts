import { dedupeWithinFile, fillMissingFields, planImport, type ImportedProspect } from '@/lib/core/csv';
import { makeProspect } from '../../../factories';

function row(overrides: Partial<ImportedProspect> = {}): ImportedProspect {
  return { name: 'Ada Lovelace', tags: [], ...overrides };
}

describe('fillMissingFields', () => {
  it('fills blanks and unions tags, but never overwrites a value with a different one', () => {
    const kept = row({ email: 'ada@example.com', company: 'Analytical', tags: ['math'] });
    const incoming = row({ name: 'A. Lovelace', company: 'Babbage & Co', title: 'Countess', tags: ['math', 'uk'] });
    expect(fillMissingFields(kept, incoming)).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      company: 'Analytical',
      title: 'Countess',
      tags: ['math', 'uk'],
    });
  });
});

describe('dedupeWithinFile', () => {
  it('folds rows sharing an email or a LinkedIn URL into the first one', () => {
    const url = 'https://www.linkedin.com/in/ada/';
    const result = dedupeWithinFile([
      row({ email: 'ada@example.com', tags: ['a'] }),
      row({ name: 'Bob', email: 'bob@example.com' }),
      row({ email: 'ada@example.com', linkedinUrl: url, tags: ['b'] }),
      row({ name: 'Ada L.', linkedinUrl: url, dealValue: 900 }),
    ]);
    expect(result.merged).toBe(2);
    expect(result.people).toEqual([
      row({ email: 'ada@example.com', linkedinUrl: url, tags: ['a', 'b'], dealValue: 900 }),
      row({ name: 'Bob', email: 'bob@example.com' }),
    ]);
  });

  it('keeps people without an email or URL apart, even with the same name', () => {
    expect(dedupeWithinFile([row(), row()]).people).toHaveLength(2);
  });
});

describe('planImport', () => {
  it('creates the unknown, fills in the known and counts every merged row', () => {
    const known = makeProspect({ id: 'p-ada', email: 'ada@example.com', company: 'Analytical', tags: ['vip'] });
    const plan = planImport(
      [
        row({ email: 'ada@example.com', company: 'Other', title: 'Countess', tags: ['uk'] }),
        row({ name: 'Grace', email: 'grace@example.com' }),
        row({ name: 'Grace H.', email: 'grace@example.com', company: 'Navy' }),
      ],
      [known],
    );
    expect(plan.create).toEqual([row({ name: 'Grace', email: 'grace@example.com', company: 'Navy' })]);
    expect(plan.update).toEqual([{ ...known, title: 'Countess', tags: ['vip', 'uk'] }]);
    expect(plan.merged).toBe(2);
  });

  it('merges by LinkedIn URL when the email is unknown', () => {
    const url = 'https://www.linkedin.com/in/ada/';
    const known = makeProspect({ id: 'p-ada', email: undefined, linkedinUrl: url });
    const plan = planImport([row({ linkedinUrl: url, email: 'ada@example.com' })], [known]);
    expect(plan.create).toEqual([]);
    expect(plan.update).toEqual([{ ...known, email: 'ada@example.com' }]);
  });
});
