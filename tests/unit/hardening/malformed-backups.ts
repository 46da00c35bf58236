import fc from 'fast-check';
import { readSampleBackup } from '../db/sample-backup';
import { binaryJunkArb, hugeTextArb, valueOfWrongTypeArb } from './huge-text';

type Table = 'prospects' | 'cadences' | 'enrollments' | 'touches' | 'tasks' | 'contentItems' | 'settings';
type JsonType = 'string' | 'number' | 'boolean' | 'array' | 'object';
type Sample = ReturnType<typeof readSampleBackup>;

/** A malformed backup: JSON text as a file holds it, or a parsed document, and what the refusal must name. */
export type MalformedBackup =
  { kind: string; text: string; names: RegExp } | { kind: string; document: unknown; names: RegExp };

interface FieldSpec {
  table: Table;
  field: string;
  type: JsonType;
  required: boolean;
  /** Bounded in length, so 100,000 characters must be refused. */
  bounded?: boolean;
}

/** Fields of every table that the sample's records fill, with what a valid value looks like. */
const FIELDS: FieldSpec[] = [
  { table: 'prospects', field: 'id', type: 'string', required: true, bounded: true },
  { table: 'prospects', field: 'name', type: 'string', required: true, bounded: true },
  { table: 'prospects', field: 'email', type: 'string', required: false, bounded: true },
  { table: 'prospects', field: 'company', type: 'string', required: false, bounded: true },
  { table: 'prospects', field: 'source', type: 'string', required: true },
  { table: 'prospects', field: 'status', type: 'string', required: true },
  { table: 'prospects', field: 'createdAt', type: 'string', required: true },
  { table: 'prospects', field: 'notes', type: 'string', required: false, bounded: true },
  { table: 'prospects', field: 'tags', type: 'array', required: false },
  { table: 'prospects', field: 'dealValue', type: 'number', required: false },
  { table: 'prospects', field: 'inbound', type: 'boolean', required: false },
  { table: 'cadences', field: 'id', type: 'string', required: true, bounded: true },
  { table: 'cadences', field: 'name', type: 'string', required: true, bounded: true },
  { table: 'cadences', field: 'steps', type: 'array', required: true },
  { table: 'enrollments', field: 'id', type: 'string', required: true, bounded: true },
  { table: 'enrollments', field: 'prospectId', type: 'string', required: true, bounded: true },
  { table: 'enrollments', field: 'cadenceId', type: 'string', required: true, bounded: true },
  { table: 'enrollments', field: 'startedAt', type: 'string', required: true },
  { table: 'enrollments', field: 'stepIndex', type: 'number', required: true },
  { table: 'enrollments', field: 'history', type: 'array', required: false },
  { table: 'touches', field: 'id', type: 'string', required: true, bounded: true },
  { table: 'touches', field: 'prospectId', type: 'string', required: true, bounded: true },
  { table: 'touches', field: 'channel', type: 'string', required: true },
  { table: 'touches', field: 'at', type: 'string', required: true },
  { table: 'touches', field: 'note', type: 'string', required: false, bounded: true },
  { table: 'tasks', field: 'id', type: 'string', required: true, bounded: true },
  { table: 'tasks', field: 'kind', type: 'string', required: true },
  { table: 'tasks', field: 'dueAt', type: 'string', required: true },
  { table: 'tasks', field: 'note', type: 'string', required: false, bounded: true },
  { table: 'contentItems', field: 'id', type: 'string', required: true, bounded: true },
  { table: 'contentItems', field: 'title', type: 'string', required: true, bounded: true },
  { table: 'contentItems', field: 'body', type: 'string', required: true, bounded: true },
  { table: 'contentItems', field: 'url', type: 'string', required: false, bounded: true },
  { table: 'settings', field: 'timeZone', type: 'string', required: true, bounded: true },
  { table: 'settings', field: 'workingDays', type: 'array', required: true },
  { table: 'settings', field: 'favourBestCallDays', type: 'boolean', required: true },
  { table: 'settings', field: 'notifications', type: 'object', required: true },
];

const TABLES: Table[] = ['prospects', 'cadences', 'enrollments', 'touches', 'tasks', 'contentItems', 'settings'];

function recordsOf(document: Sample, table: Table): Record<string, unknown>[] {
  return document[table] as Record<string, unknown>[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pathOf = (table: Table, index: number, field: string) => new RegExp(escape(`${table}[${index}].${field}`));

/** One record of the sample, picked by table and position, with the field changed by `change`. */
function changeField(
  spec: FieldSpec,
  kind: string,
  valueArb: fc.Arbitrary<unknown> | null,
): fc.Arbitrary<MalformedBackup> {
  const count = recordsOf(readSampleBackup(), spec.table).length;
  return fc.tuple(fc.nat(count - 1), valueArb ?? fc.constant(undefined)).map(([index, value]) => {
    const document = readSampleBackup();
    const record = recordsOf(document, spec.table)[index]!;
    if (valueArb === null) Reflect.deleteProperty(record, spec.field);
    else record[spec.field] = value;
    return { kind, document, names: pathOf(spec.table, index, spec.field) };
  });
}

const wrongTypeArb = fc.oneof(...FIELDS.map((spec) => changeField(spec, 'wrong type', valueOfWrongTypeArb(spec.type))));
const missingFieldArb = fc.oneof(
  ...FIELDS.filter((spec) => spec.required).map((spec) => changeField(spec, 'missing field', null)),
);
const hugeStringArb = fc.oneof(
  ...FIELDS.filter((spec) => spec.bounded).map((spec) => changeField(spec, 'huge string', hugeTextArb)),
  hugeTextArb.map((text) => {
    const document = readSampleBackup();
    (recordsOf(document, 'settings')[0]!.ignoredDomains as string[]) = [text];
    return { kind: 'huge string', document, names: /settings\[0\]\.ignoredDomains\[0\] is too long/ };
  }),
);

const wrongFormatArb = fc
  .oneof(
    fc.record({ format: fc.oneof(fc.string(), fc.integer(), fc.constant('fifth-touch-playbook')) }),
    fc.constant({ format: undefined }),
  )
  .filter(({ format }) => format !== 'fifth-touch-backup')
  .map(({ format }) => ({ kind: 'wrong format', document: { ...readSampleBackup(), format }, names: /format/ }));

const wrongVersionArb = fc
  .oneof(fc.integer({ min: 2 }), fc.integer({ max: 0 }), fc.double({ min: 1.01, max: 1.99 }), fc.constant('1'))
  .map((version) => ({ kind: 'wrong version', document: { ...readSampleBackup(), version }, names: /version/ }));

const tableOfWrongTypeArb = fc
  .tuple(fc.constantFrom(...TABLES), valueOfWrongTypeArb('array'))
  .map(([table, value]) => tableNotList('wrong type', table, value));

// Its own arbitrary, not fc.option's rare nil: about 1 in 6 of 1 in 11 runs left "missing table"
// out of 300 runs about once in a hundred, and the test that every kind is tried failed then.
const missingTableArb = fc.constantFrom(...TABLES).map((table) => tableNotList('missing table', table, undefined));

function tableNotList(kind: string, table: string, value: unknown): MalformedBackup {
  return {
    kind,
    document: { ...readSampleBackup(), [table]: value },
    names: new RegExp(`^This backup.*${table} should be an array`),
  };
}

const duplicateIdArb = fc
  .tuple(fc.constantFrom(...TABLES.filter((table) => table !== 'settings')), fc.nat(), fc.string({ maxLength: 40 }))
  .map(([table, seed, note]) => {
    const document = readSampleBackup();
    const records = recordsOf(document, table);
    const original = records[seed % records.length]!;
    records.push({ ...original, ...(table === 'touches' ? { note } : {}) });
    return {
      kind: 'duplicate id',
      document,
      names: new RegExp(`${table} lists the id "${escape(String(original.id))}" twice`),
    };
  });

const ghostIdArb = fc.string({ minLength: 1, maxLength: 40 }).map((text) => `ghost-${text}`);
const danglingReferenceArb = fc
  .tuple(fc.constantFrom('touches', 'tasks', 'enrollments', 'cadenceOfEnrollment'), ghostIdArb)
  .map(([from, ghost]) => {
    const document = readSampleBackup();
    const table = from === 'cadenceOfEnrollment' ? 'enrollments' : from;
    const record = recordsOf(document, table)[0]!;
    record[from === 'cadenceOfEnrollment' ? 'cadenceId' : 'prospectId'] = ghost;
    const target = from === 'cadenceOfEnrollment' ? 'playbook' : 'prospect';
    return { kind: 'dangling reference', document, names: new RegExp(`point at ${target}\\(s\\) that are not in it`) };
  });

const twoSettingsArb = fc.constant(null).map(() => {
  const document = readSampleBackup();
  const settings = recordsOf(document, 'settings');
  settings.push({ ...settings[0] });
  return { kind: 'duplicate id', document, names: /settings has too many items|at most one settings record/ };
});

const notAnObjectArb = fc
  .oneof(fc.array(fc.jsonValue(), { maxLength: 4 }), fc.string(), fc.double(), fc.boolean(), fc.constant(null))
  .map((document) => ({ kind: 'not an object', document, names: /not a Fifth Touch backup/ }));

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const sampleText = JSON.stringify(readSampleBackup(), null, 2);
const notJsonArb = fc
  .oneof(
    fc.nat({ max: sampleText.length - 2 }).map((cut) => sampleText.slice(0, cut)),
    fc.string({ minLength: 1 }),
    binaryJunkArb,
    fc.constantFrom('{"format": "fifth-touch-backup",}', "{'format': 'fifth-touch-backup'}", 'NaN', 'undefined'),
  )
  .filter((text) => !isJson(text))
  .map((text) => ({ kind: 'not JSON', text, names: /not valid JSON/ }));

/** Every way a backup file is wrong that the issue lists, in roughly equal measure. */
export const malformedBackupArb: fc.Arbitrary<MalformedBackup> = fc.oneof(
  wrongTypeArb,
  missingFieldArb,
  hugeStringArb,
  wrongFormatArb,
  wrongVersionArb,
  tableOfWrongTypeArb,
  missingTableArb,
  duplicateIdArb,
  danglingReferenceArb,
  twoSettingsArb,
  notAnObjectArb,
  notJsonArb,
);
