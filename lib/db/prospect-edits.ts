import * as z from 'zod/mini';
import { NoteEntry, Prospect } from '../core/model';
import { describeIssues } from '../core/validation/describe-issues';
import type { FifthTouchDatabase } from './database';
import type { WriteContext } from './follow-ups';
import { readProspect } from './prospect-record';

/** The fields a rep edits in place; `null` clears an optional one. */
export interface ProspectChanges {
  name?: string;
  email?: string | null;
  linkedinUrl?: string | null;
  xHandle?: string | null;
  company?: string | null;
  title?: string | null;
  timeZone?: string | null;
  tags?: string[];
  dealValue?: number | null;
  notes?: string;
}

function applyChanges(prospect: Prospect, changes: ProspectChanges): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...prospect, ...changes };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null && value !== undefined));
}

function parseEdited(record: Record<string, unknown>): Prospect {
  const result = Prospect.safeParse(record);
  if (!result.success) throw new Error(`Not saved: ${describeIssues(result.error)}`);
  return result.data;
}

/** Another record already holds this email or profile: saving it would make a second person. */
async function refuseDuplicate(db: FifthTouchDatabase, prospect: Prospect): Promise<void> {
  const [byEmail, byUrl] = await Promise.all([
    prospect.email ? db.prospects.where('email').equals(prospect.email).first() : undefined,
    prospect.linkedinUrl ? db.prospects.where('linkedinUrl').equals(prospect.linkedinUrl).first() : undefined,
  ]);
  const other = [byEmail, byUrl].find((record) => record && record.id !== prospect.id);
  if (other) {
    throw new Error(`Not saved: ${other.name} already has that contact. Use "Link to existing prospect" instead.`);
  }
}

/** Validates and saves the rep's edits at once; nothing is saved if any field is wrong. */
export async function updateProspectDetails(
  db: FifthTouchDatabase,
  prospectId: string,
  changes: ProspectChanges,
): Promise<Prospect> {
  return db.transaction('rw', [db.prospects], async () => {
    const prospect = parseEdited(applyChanges(await readProspect(db, prospectId), changes));
    await refuseDuplicate(db, prospect);
    await db.prospects.put(prospect);
    return prospect;
  });
}

export const NoteDraft = z.object({
  /** Absent for a new note. */
  id: z.optional(z.string()),
  text: z.string().check(z.maxLength(20_000)),
  yes: z._default(z.boolean(), false),
});
export type NoteDraft = z.input<typeof NoteDraft>;

/** Adds a note to the prospect, or changes one (its text, or whether it is a yes). */
export async function saveProspectNote(
  db: FifthTouchDatabase,
  prospectId: string,
  draft: NoteDraft,
  context: WriteContext,
): Promise<NoteEntry> {
  return db.transaction('rw', [db.prospects], async () => {
    const prospect = await readProspect(db, prospectId);
    const { id, text, yes } = NoteDraft.parse(draft);
    const existing = id ? prospect.noteEntries.find((note) => note.id === id) : undefined;
    if (id && !existing) throw new Error('That note is no longer stored. Reload the record.');
    const parsed = NoteEntry.safeParse({
      id: existing?.id ?? context.newId(),
      at: existing?.at ?? context.now.toISOString(),
      text,
      yes,
    });
    if (!parsed.success) throw new Error('A note needs some text.');
    const noteEntries = existing
      ? prospect.noteEntries.map((note) => (note.id === existing.id ? parsed.data : note))
      : [...prospect.noteEntries, parsed.data];
    await db.prospects.put(parseEdited({ ...prospect, noteEntries }));
    return parsed.data;
  });
}

export async function deleteProspectNote(db: FifthTouchDatabase, prospectId: string, noteId: string): Promise<void> {
  await db.transaction('rw', [db.prospects], async () => {
    const prospect = await readProspect(db, prospectId);
    const noteEntries = prospect.noteEntries.filter((note) => note.id !== noteId);
    await db.prospects.put(parseEdited({ ...prospect, noteEntries }));
  });
}
