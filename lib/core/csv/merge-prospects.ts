import type { Prospect } from '../model/prospect';
import type { ImportedProspect } from './validate-row';

/** The single-valued fields a merge may fill; tags are unioned instead. */
const FILLABLE = ['name', 'email', 'company', 'title', 'linkedinUrl', 'timeZone', 'dealValue'] as const;

type Mergeable = Pick<ImportedProspect, (typeof FILLABLE)[number]> & { tags: string[] };

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '';
}

/**
 * Fills the fields `kept` lacks from `incoming` and unions the tags. A field that already holds a
 * value keeps it even when the other differs: an import never overwrites what the rep has.
 */
export function fillMissingFields<T extends Mergeable>(kept: T, incoming: Mergeable): T {
  const filled: T = { ...kept, tags: [...new Set([...kept.tags, ...incoming.tags])] };
  for (const field of FILLABLE) {
    if (isEmpty(filled[field]) && !isEmpty(incoming[field])) {
      Object.assign(filled, { [field]: incoming[field] });
    }
  }
  return filled;
}

/** The keys that identify one person: email and LinkedIn profile URL, whichever are known. */
export function identityKeys(prospect: Pick<Mergeable, 'email' | 'linkedinUrl'>): string[] {
  return [
    ...(prospect.email ? [`email:${prospect.email.toLowerCase()}`] : []),
    ...(prospect.linkedinUrl ? [`linkedin:${prospect.linkedinUrl}`] : []),
  ];
}

export interface FileDedupe {
  people: ImportedProspect[];
  /** Rows folded into an earlier row of the same file. */
  merged: number;
}

/** Folds rows that share an email or a LinkedIn URL into the first of them, in file order. */
export function dedupeWithinFile(rows: readonly ImportedProspect[]): FileDedupe {
  const people: ImportedProspect[] = [];
  const personByKey = new Map<string, { index: number; person: ImportedProspect }>();
  let merged = 0;
  for (const row of rows) {
    const earlier = identityKeys(row)
      .map((key) => personByKey.get(key))
      .find(Boolean);
    const entry = earlier
      ? { index: earlier.index, person: fillMissingFields(earlier.person, row) }
      : { index: people.length, person: row };
    if (earlier) merged += 1;
    people[entry.index] = entry.person;
    // The merged person may now have a key neither row had alone; every key points at the newest copy.
    identityKeys(entry.person).forEach((key) => personByKey.set(key, entry));
  }
  return { people, merged };
}

export interface ImportPlan {
  create: ImportedProspect[];
  /** Existing prospects with their missing fields filled and tags unioned. */
  update: Prospect[];
  /** File rows that ended up in an existing prospect or an earlier row. */
  merged: number;
}

/** Decides, for every person in the file, whether they are new or already known. */
export function planImport(rows: readonly ImportedProspect[], existing: readonly Prospect[]): ImportPlan {
  const { people, merged: mergedInFile } = dedupeWithinFile(rows);
  const byKey = new Map<string, Prospect>();
  existing.forEach((prospect) => identityKeys(prospect).forEach((key) => byKey.set(key, prospect)));
  const updates = new Map<string, Prospect>();
  const create: ImportedProspect[] = [];
  for (const person of people) {
    const match = identityKeys(person)
      .map((key) => byKey.get(key))
      .find(Boolean);
    if (!match) create.push(person);
    else updates.set(match.id, fillMissingFields(updates.get(match.id) ?? match, person));
  }
  return { create, update: [...updates.values()], merged: mergedInFile + people.length - create.length };
}
