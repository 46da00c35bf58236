import { firstNameOf } from '@/lib/core/content';

describe('firstNameOf', () => {
  test.each([
    ['Ada Lovelace', 'Ada'],
    ['Dr. Ada Lovelace', 'Ada'],
    ['Prof. Dr. Ada Lovelace', 'Ada'],
    ['Mrs Ada Lovelace', 'Ada'],
    ['María José García', 'María'],
    ['Zoë Ågren', 'Zoë'],
    ['Ada', 'Ada'],
    ['  Ada  ', 'Ada'],
    ['ADA LOVELACE', 'Ada'],
    ['ada lovelace', 'Ada'],
    ['jean-luc picard', 'Jean-Luc'],
    ['DeShawn Jones', 'DeShawn'],
    ["O'Neil Smith", "O'Neil"],
    ['Lovelace, Ada', 'Ada'],
    ['Ada Lovelace, PhD', 'Ada'],
    ['Ada Lovelace, MBA, CPA', 'Ada'],
    ['Lovelace, Dr. Ada', 'Ada'],
    ['Ada (she/her) Lovelace', 'Ada'],
    ['🚀 Ada Lovelace', 'Ada'],
    ['J. Robert Oppenheimer', 'Robert'],
    ['J. Smith', ''],
    ['ada.lovelace@analytical.example', 'Ada'],
    ['ADA_LOVELACE@analytical.example', 'Ada'],
    ['alovelace@analytical.example', ''],
    ['a.lovelace@analytical.example', ''],
    ['info.team@analytical.example', ''],
    ['sales@analytical.example', ''],
    ['Dr.', ''],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (name, expected) => {
    expect(firstNameOf(name)).toBe(expected);
  });
});
