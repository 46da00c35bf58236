import { Cadence, ContentItem, DEFAULT_CADENCE, DEFAULT_CADENCE_ID, Enrollment, Prospect } from '../core/model';
import { refitEnrollment } from '../core/schedule/refit-enrollment';
import type { FifthTouchDatabase } from './database';
import type { WriteContext } from './follow-ups';
import { readSettings } from './seed';
import { parseStored } from './stored-record-error';

export interface CadenceListing {
  cadence: Cadence;
  enrolledCount: number;
}

/** A cadence without an id is new: the worker picks the id. */
export type CadenceDraft = Omit<Cadence, 'id'> & { id?: string | undefined };

export interface SavedCadence {
  cadence: Cadence;
  /** Enrollments fitted to the edited steps, keeping their progress. */
  refitted: number;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export async function listCadences(db: FifthTouchDatabase): Promise<CadenceListing[]> {
  return db.transaction('r', [db.cadences, db.enrollments], async () => {
    const cadences = (await db.cadences.toArray()).map((record) => parseStored(Cadence, 'cadences', record));
    return Promise.all(
      cadences.map(async (cadence) => ({
        cadence,
        enrolledCount: await db.enrollments.where('cadenceId').equals(cadence.id).count(),
      })),
    );
  });
}

/** Refits every enrollment of the cadence; the caller holds the transaction, so steps and enrollments never disagree. */
async function writeCadence(db: FifthTouchDatabase, cadence: Cadence, context: WriteContext): Promise<SavedCadence> {
  const stored = await db.cadences.get(cadence.id);
  await db.cadences.put(cadence);
  if (!stored) return { cadence, refitted: 0 };
  const oldCadence = parseStored(Cadence, 'cadences', stored);
  const settings = await readSettings(db, context.homeTimeZone);
  const enrollments = await db.enrollments.where('cadenceId').equals(cadence.id).toArray();
  for (const record of enrollments) {
    const enrollment = parseStored(Enrollment, 'enrollments', record);
    const prospectRecord = await db.prospects.get(enrollment.prospectId);
    const prospect = prospectRecord ? parseStored(Prospect, 'prospects', prospectRecord) : {};
    const refitted = refitEnrollment({
      enrollment,
      oldCadence,
      newCadence: cadence,
      prospect,
      settings,
      now: context.now,
    });
    await db.enrollments.put(Enrollment.parse(refitted));
  }
  return { cadence, refitted: enrollments.length };
}

function cadenceTables(db: FifthTouchDatabase) {
  return [db.cadences, db.enrollments, db.prospects, db.settings];
}

/** Creates or edits a playbook; prospects already in it keep their progress. */
export async function saveCadence(
  db: FifthTouchDatabase,
  draft: CadenceDraft,
  context: WriteContext,
): Promise<SavedCadence> {
  const cadence = Cadence.parse({ ...draft, id: draft.id ?? context.newId() });
  return db.transaction('rw', cadenceTables(db), () => writeCadence(db, cadence, context));
}

/** Puts the 28-day playbook back as shipped, under its own id, refitting whoever is in it. */
export async function resetDefaultCadence(db: FifthTouchDatabase, context: WriteContext): Promise<SavedCadence> {
  return db.transaction('rw', cadenceTables(db), () => writeCadence(db, Cadence.parse(DEFAULT_CADENCE), context));
}

/**
 * Deleting a playbook in use would strand its prospects, and new prospects always start in the
 * default one, so both are refused in words.
 */
export async function deleteCadence(db: FifthTouchDatabase, id: string): Promise<void> {
  if (id === DEFAULT_CADENCE_ID) {
    throw new Error('The default playbook cannot be deleted: new prospects start in it. Edit it instead.');
  }
  await db.transaction('rw', [db.cadences, db.enrollments], async () => {
    const stored = await db.cadences.get(id);
    if (!stored) return;
    const enrolled = await db.enrollments.where('cadenceId').equals(id).count();
    if (enrolled > 0) {
      throw new Error(
        `"${stored.name}" cannot be deleted: ${plural(enrolled, 'prospect uses', 'prospects use')} it. Move them to another playbook or let them finish first.`,
      );
    }
    await db.cadences.delete(id);
  });
}

export interface PlaybookContents {
  cadence: Cadence;
  contentItems: ContentItem[];
}

/**
 * A playbook travels with the library pieces of the kinds its steps ask for, since suggestions
 * are picked by kind: the receiving rep gets something to send at every step.
 */
export async function readPlaybook(db: FifthTouchDatabase, id: string): Promise<PlaybookContents> {
  return db.transaction('r', [db.cadences, db.contentItems], async () => {
    const stored = await db.cadences.get(id);
    if (!stored) throw new Error('That playbook no longer exists. Reload the page.');
    const cadence = parseStored(Cadence, 'cadences', stored);
    const kinds = [...new Set(cadence.steps.flatMap((step) => (step.intent ? [step.intent] : [])))];
    const items = kinds.length === 0 ? [] : await db.contentItems.where('kind').anyOf(kinds).toArray();
    return { cadence, contentItems: items.map((item) => parseStored(ContentItem, 'contentItems', item)) };
  });
}

export interface ImportedPlaybook {
  cadence: Cadence;
  addedContent: number;
}

function sameContent(first: ContentItem, second: ContentItem): boolean {
  return first.kind === second.kind && first.title === second.title && first.body === second.body;
}

/**
 * Adds an imported playbook without touching anything the rep has: a cadence whose id exists
 * comes in as a copy with a new id (nobody's progress moves); a piece already in the library is
 * skipped, and a different piece under a taken id gets a new id. All or nothing.
 */
export async function importPlaybook(
  db: FifthTouchDatabase,
  playbook: PlaybookContents,
  context: WriteContext,
): Promise<ImportedPlaybook> {
  return db.transaction('rw', [db.cadences, db.contentItems], async () => {
    const taken = await db.cadences.get(playbook.cadence.id);
    const cadence = taken
      ? Cadence.parse({ ...playbook.cadence, id: context.newId(), name: `${playbook.cadence.name} (imported)` })
      : playbook.cadence;
    await db.cadences.add(cadence);
    let addedContent = 0;
    for (const item of playbook.contentItems) {
      const existing = await db.contentItems.get(item.id);
      if (existing && sameContent(parseStored(ContentItem, 'contentItems', existing), item)) continue;
      await db.contentItems.add(existing ? { ...item, id: context.newId() } : item);
      addedContent += 1;
    }
    return { cadence, addedContent };
  });
}
