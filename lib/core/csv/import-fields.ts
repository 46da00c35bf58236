/** The prospect fields a CSV file can fill, in the order the mapping lists them. */
export const IMPORT_FIELDS = [
  'name',
  'email',
  'company',
  'title',
  'linkedinUrl',
  'tags',
  'timeZone',
  'dealValue',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** How the rep sees each field: the mapping's labels, the export's headers and the error messages. */
export const FIELD_LABELS: Record<ImportField, string> = {
  name: 'Name',
  email: 'Email',
  company: 'Company',
  title: 'Title',
  linkedinUrl: 'LinkedIn URL',
  tags: 'Tags',
  timeZone: 'Time zone',
  dealValue: 'Deal value',
};

/** How an error sentence names each field: "Row 4: email is not a valid email." */
export const FIELD_IN_SENTENCE: Record<ImportField, string> = {
  name: 'name',
  email: 'email',
  company: 'company',
  title: 'title',
  linkedinUrl: 'LinkedIn URL',
  tags: 'tags',
  timeZone: 'time zone',
  dealValue: 'deal value',
};

/**
 * Which columns feed each field. More than one column is joined with a space, which is how
 * "First name" and "Last name" become one name; an empty list leaves the field unmapped.
 */
export type ColumnMapping = Record<ImportField, readonly string[]>;

/** One data row's cells under the mapping, before validation; `row` is the spreadsheet's row number. */
export interface MappedRow {
  row: number;
  values: Partial<Record<ImportField, string>>;
}
