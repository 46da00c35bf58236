import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from './import-fields';

/** Header spellings seen in CRM and spreadsheet exports, compared without case, spaces or punctuation. */
const ALIASES: Record<ImportField, readonly string[]> = {
  name: ['name', 'fullname', 'contactname', 'contact', 'person', 'prospect', 'prospectname'],
  email: ['email', 'emailaddress', 'mail', 'workemail', 'businessemail'],
  company: ['company', 'companyname', 'organisation', 'organization', 'account', 'accountname', 'employer'],
  title: ['title', 'jobtitle', 'position', 'role', 'headline'],
  linkedinUrl: ['linkedinurl', 'linkedin', 'linkedinprofile', 'linkedinprofileurl', 'profileurl'],
  tags: ['tags', 'tag', 'labels', 'label'],
  timeZone: ['timezone', 'tz', 'zone'],
  dealValue: ['dealvalue', 'amount', 'value', 'dealsize', 'dealamount', 'revenue'],
};
const FIRST_NAME = ['firstname', 'givenname', 'forename'];
const LAST_NAME = ['lastname', 'surname', 'familyname'];

/** "E-mail", "Job Title" and "time_zone" compare as "email", "jobtitle" and "timezone". */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function findHeader(headers: readonly string[], aliases: readonly string[]): string | undefined {
  return headers.find((header) => aliases.includes(normaliseHeader(header)));
}

/** A first guess the rep can correct: each field takes the first header that names it. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping = {} as ColumnMapping;
  for (const field of IMPORT_FIELDS) {
    const header = findHeader(headers, ALIASES[field]);
    mapping[field] = header === undefined ? [] : [header];
  }
  const first = findHeader(headers, FIRST_NAME);
  const last = findHeader(headers, LAST_NAME);
  if (mapping.name.length === 0 && first !== undefined) {
    mapping.name = last === undefined ? [first] : [first, last];
  }
  return mapping;
}
