import fc from 'fast-check';
import { PROTOCOL } from '@/lib/messaging/protocol';
import { readSampleBackup } from '../db/sample-backup';
import { hugeTextArb, valueOfWrongTypeArb } from './huge-text';

/** A message no handler should act on, and what the refusal must name. */
export interface MalformedMessage {
  kind: string;
  message: unknown;
  names: RegExp;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const WHEN = '2026-11-30T09:00:00.000Z';

/** A valid request of every message that writes, holding only what is required. */
function validRequests(): Record<string, Record<string, Json>> {
  const backup = readSampleBackup() as unknown as Record<string, Json[]>;
  return {
    saveProspect: {
      prospect: { id: 'p-new', name: 'New Person', source: 'manual', status: 'active', createdAt: WHEN },
    },
    startFollowUps: { name: 'Ada Lovelace', email: 'ada@analytical.example' },
    logTouch: { touchId: 't-new', prospectId: 'p-maria-gonzalez', channel: 'email' },
    addProspect: { name: 'Ada Lovelace', contact: 'ada@analytical.example' },
    giveUp: { prospectId: 'p-kenji-watanabe' },
    logProfileTouch: {
      touchId: 't-new',
      profile: {
        profileUrl: 'https://www.linkedin.com/in/ada/',
        name: 'Ada',
        headline: 'CEO',
        company: null,
        location: null,
      },
    },
    updateTouch: { touchId: 't-1' },
    restoreBackup: { document: backup as unknown as Json, mode: 'merge' },
    importProspects: { rows: [{ row: 2, values: { name: 'Ada Lovelace' } }] },
    completeStep: { enrollmentId: 'e-maria', outcome: 'sent', touchIdPrefix: 'step-e-maria' },
    snoozeStep: { enrollmentId: 'e-maria', until: WHEN },
    skipStep: { enrollmentId: 'e-maria' },
    completeTask: { taskId: 'task-callback-maria' },
    snoozeTask: { taskId: 'task-callback-maria', until: WHEN },
    pauseProspect: { prospectId: 'p-maria-gonzalez' },
    resumeProspect: { prospectId: 'p-maria-gonzalez' },
    saveCadence: { cadence: { name: 'Short', steps: [{ day: 1, channels: ['email'] }] } },
    deleteCadence: { id: 'playbook-28-day' },
    importPlaybook: {
      document: {
        format: 'fifth-touch-playbook',
        version: 1,
        cadence: { id: 'pb', name: 'Shared', steps: [{ day: 1, channels: ['call'] }] },
      },
    },
    saveContentItem: { item: { kind: 'insight', title: 'A title', body: 'A body' } },
    deleteContentItem: { id: 'c-benchmark' },
    saveSettings: { settings: backup.settings![0]! },
  };
}

/** Fields typed `unknown` in the protocol: their handler validates them and words its own refusal. */
const OPAQUE: Record<string, RegExp> = {
  document: /document is missing|cannot be restored|not a playbook/,
  settings: /settings is missing|settings were not saved/,
};

function pathsOf(value: Json, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  if (typeof path.at(-1) === 'string' && OPAQUE[path.at(-1) as string]) return [path];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return [...(path.length > 0 ? [path] : []), ...entries.flatMap(([key, child]) => pathsOf(child, [...path, key]))];
}

function wrongValueArb(value: Json): fc.Arbitrary<unknown> {
  // A null in a valid request is a nullable text field: text is right there too.
  if (value === null) return fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }));
  const type = Array.isArray(value) ? 'array' : (typeof value as 'string' | 'number' | 'boolean' | 'object');
  return valueOfWrongTypeArb(type);
}

function valueAt(root: Json, path: Path): Json {
  return path.reduce<Json>((value, key) => (value as Record<string | number, Json>)[key]!, root);
}

function withChange(
  root: Record<string, Json>,
  path: Path,
  change: (parent: Record<string | number, Json>, key: string | number) => void,
) {
  const copy = structuredClone(root);
  change(valueAt(copy, path.slice(0, -1)) as Record<string | number, Json>, path.at(-1)!);
  return copy;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The refusal must name the field: its own key, or for a handler-checked field, the handler's words. */
function namesField(path: Path): RegExp {
  const key = path.findLast((part): part is string => typeof part === 'string')!;
  return OPAQUE[key] ?? new RegExp(escape(key));
}

const REQUESTS = validRequests();
const NAMES = Object.keys(REQUESTS);
const TARGETS = NAMES.flatMap((name) => pathsOf(REQUESTS[name]!).map((path) => ({ name, path })));

const wrongTypeArb = fc.constantFrom(...TARGETS).chain(({ name, path }) =>
  wrongValueArb(valueAt(REQUESTS[name]!, path)).map((value) => ({
    kind: 'wrong type',
    message: { name, request: withChange(REQUESTS[name]!, path, (parent, key) => (parent[key] = value as Json)) },
    names: namesField(path),
  })),
);

const missingFieldArb = fc
  .constantFrom(...TARGETS.filter(({ path }) => typeof path.at(-1) === 'string'))
  .map(({ name, path }) => ({
    kind: 'missing field',
    message: { name, request: withChange(REQUESTS[name]!, path, (parent, key) => Reflect.deleteProperty(parent, key)) },
    names: namesField(path),
  }));

const stringTargets = TARGETS.filter(({ name, path }) => typeof valueAt(REQUESTS[name]!, path) === 'string');
const hugeFieldArb = fc.tuple(fc.constantFrom(...stringTargets), hugeTextArb).map(([{ name, path }, text]) => ({
  kind: 'huge string',
  message: { name, request: withChange(REQUESTS[name]!, path, (parent, key) => (parent[key] = text)) },
  names: namesField(path),
}));

/** Optional fields and lists filled far past what they hold: notes, reasons, rows, steps, tags. */
const hugePayloadArb = hugeTextArb.chain((text) =>
  fc.constantFrom(
    {
      kind: 'huge payload',
      message: { name: 'logTouch', request: { ...REQUESTS.logTouch, note: text } },
      names: /note/,
    },
    {
      kind: 'huge payload',
      message: { name: 'completeStep', request: { ...REQUESTS.completeStep, note: text } },
      names: /note/,
    },
    {
      kind: 'huge payload',
      message: { name: 'updateTouch', request: { ...REQUESTS.updateTouch, note: text } },
      names: /note/,
    },
    {
      kind: 'huge payload',
      message: { name: 'giveUp', request: { ...REQUESTS.giveUp, reason: text } },
      names: /reason/,
    },
    {
      kind: 'huge payload',
      message: {
        name: 'logProfileTouch',
        request: {
          touchId: 't-new',
          profile: {
            profileUrl: `https://www.linkedin.com/in/${text}/`,
            name: 'Ada',
            headline: '',
            company: null,
            location: null,
          },
        },
      },
      names: /profileUrl/,
    },
    {
      kind: 'huge payload',
      message: {
        name: 'importProspects',
        request: {
          rows: Array.from({ length: 10_001 }, (_unused, index) => ({ row: index + 2, values: { name: 'Ada' } })),
        },
      },
      names: /rows has too many items/,
    },
    {
      kind: 'huge payload',
      message: {
        name: 'saveCadence',
        request: {
          cadence: {
            name: 'Long',
            steps: Array.from({ length: 101 }, (_unused, index) => ({ day: index + 1, channels: ['email'] })),
          },
        },
      },
      names: /steps has too many items/,
    },
    {
      kind: 'huge payload',
      message: {
        name: 'saveContentItem',
        request: { item: { kind: 'news', title: 'Tags', body: '', tags: text.slice(0, 5000).split('') } },
      },
      names: /tags/,
    },
  ),
);

const GHOST = 'ghost-record';
const danglingArb = fc.constantFrom(
  ...[
    ['logTouch', 'prospectId'],
    ['giveUp', 'prospectId'],
    ['updateTouch', 'touchId'],
    ['completeStep', 'enrollmentId'],
    ['snoozeStep', 'enrollmentId'],
    ['skipStep', 'enrollmentId'],
    ['completeTask', 'taskId'],
    ['snoozeTask', 'taskId'],
    ['pauseProspect', 'prospectId'],
    ['resumeProspect', 'prospectId'],
  ].map(([name, field]) => ({
    kind: 'dangling reference',
    message: { name, request: { ...REQUESTS[name!], [field!]: GHOST } },
    names: /no longer (exists|stored)/,
  })),
);

const unknownNameArb = fc
  .oneof(fc.string(), fc.constantFrom('dropDatabase', '__proto__', 'constructor', 'toString', 'restoreBackup '))
  .filter((name) => !Object.hasOwn(PROTOCOL, name))
  .map((name) => ({ kind: 'unknown type', message: { name, request: {} }, names: /did not understand that message/ }));

const notAnEnvelopeArb = fc
  .oneof(
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.jsonValue(), { maxLength: 3 }),
    fc.record({ request: fc.jsonValue() }),
  )
  .map((message) => ({ kind: 'wrong shape', message, names: /did not understand that message/ }));

const requestNotObjectArb = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 })),
  )
  .map(([name, request]) => ({
    kind: 'request not an object',
    message: { name, request },
    names: new RegExp(`"${name}" request is not valid`),
  }));

/** Every way a message is wrong that the issue lists. */
export const malformedMessageArb: fc.Arbitrary<MalformedMessage> = fc.oneof(
  wrongTypeArb,
  missingFieldArb,
  hugeFieldArb,
  hugePayloadArb,
  danglingArb,
  unknownNameArb,
  notAnEnvelopeArb,
  requestNotObjectArb,
);
