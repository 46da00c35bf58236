import { Cadence, DEFAULT_CADENCE_ID, Enrollment, Prospect, Task, Touch, type Settings } from '../core/model';
import { applyTouch, startEnrollment } from '../core/schedule';
import { newestEnrollmentByProspect } from '../core/status/newest-enrollment';
import type { FifthTouchDatabase } from './database';
import { readSettings } from './seed';
import { parseStored } from './stored-record-error';
import { addTouches, putTouches, touchTables } from './touch-writes';

export interface WriteContext {
  now: Date;
  homeTimeZone: string;
  newId: () => string;
}

export interface ProspectDraft {
  name: string;
  email?: string;
  linkedinUrl?: string;
  company?: string;
  title?: string;
  location?: string;
  source: Prospect['source'];
  inbound: boolean;
}

/** The tables a follow-up write touches; one transaction over all of them keeps them consistent. */
export function followUpTables(db: FifthTouchDatabase) {
  return [db.prospects, db.enrollments, ...touchTables(db), db.tasks, db.cadences, db.settings];
}

async function findExisting(db: FifthTouchDatabase, draft: ProspectDraft): Promise<Prospect | undefined> {
  const byUrl = draft.linkedinUrl
    ? await db.prospects.where('linkedinUrl').equals(draft.linkedinUrl).first()
    : undefined;
  const byEmail =
    !byUrl && draft.email ? await db.prospects.where('email').equals(draft.email.toLowerCase()).first() : undefined;
  const found = byUrl ?? byEmail;
  return found && parseStored(Prospect, 'prospects', found);
}

export async function readCadence(db: FifthTouchDatabase, id: string): Promise<Cadence> {
  const stored = await db.cadences.get(id);
  if (!stored) throw new Error(`The playbook "${id}" is missing. Reset the default playbook in the options page.`);
  return parseStored(Cadence, 'cadences', stored);
}

/** Each prospect's current enrollment (newestEnrollmentByProspect), parsed. */
function newestByProspect(records: readonly Enrollment[]): Map<string, Enrollment> {
  const newest = newestEnrollmentByProspect(records);
  return new Map([...newest].map(([id, record]) => [id, parseStored(Enrollment, 'enrollments', record)]));
}

/** The enrollment a new touch counts for: the newest one of the prospect. */
export async function currentEnrollment(db: FifthTouchDatabase, prospectId: string): Promise<Enrollment | undefined> {
  return newestByProspect(await db.enrollments.where('prospectId').equals(prospectId).toArray()).get(prospectId);
}

/** The current enrollment of each of the prospects, in one read. */
export async function currentEnrollments(
  db: FifthTouchDatabase,
  prospectIds: readonly string[],
): Promise<Map<string, Enrollment>> {
  return newestByProspect(await db.enrollments.where('prospectId').anyOf(prospectIds).toArray());
}

async function createAndEnroll(
  db: FifthTouchDatabase,
  draft: ProspectDraft,
  settings: Settings,
  context: WriteContext,
): Promise<Prospect> {
  const prospect = Prospect.parse({
    ...draft,
    id: context.newId(),
    tags: [],
    status: 'active',
    notes: '',
    createdAt: context.now.toISOString(),
  });
  const cadence = await readCadence(db, DEFAULT_CADENCE_ID);
  const enrollment = startEnrollment({ id: context.newId(), prospect, cadence, settings, now: context.now });
  await db.prospects.add(draft.inbound ? { ...prospect, firstTouchDueAt: enrollment.nextDueAt } : prospect);
  await db.enrollments.add(Enrollment.parse(enrollment));
  return prospect;
}

/** Moves the enrollment for a touch and stores what the policies create; callers hold the transaction. */
async function applyTouchAndStore(
  db: FifthTouchDatabase,
  enrollment: Enrollment,
  prospect: Prospect,
  touch: Touch,
  context: WriteContext,
): Promise<Task[]> {
  const cadence = await readCadence(db, enrollment.cadenceId);
  const settings = await readSettings(db, context.homeTimeZone);
  const change = applyTouch({ enrollment, cadence, prospect, touch, settings, now: context.now, newId: context.newId });
  const tasks = change.tasks.map((task) => Task.parse(task));
  await db.enrollments.put(Enrollment.parse(change.enrollment));
  await db.tasks.bulkAdd(tasks);
  return tasks;
}

export interface StartResult {
  prospect: Prospect;
  created: boolean;
}

/** Finds the person by profile URL or email, or creates them enrolled in the default playbook. */
export async function startFollowUps(
  db: FifthTouchDatabase,
  draft: ProspectDraft,
  context: WriteContext,
): Promise<StartResult> {
  return db.transaction('rw', followUpTables(db), async () => {
    const existing = await findExisting(db, draft);
    if (existing) return { prospect: existing, created: false };
    const settings = await readSettings(db, context.homeTimeZone);
    return { prospect: await createAndEnroll(db, draft, settings, context), created: true };
  });
}

export interface TouchDraft {
  /** Chosen by the sender, so a double click or a retried message records one touch, not two. */
  id: string;
  prospectId: string;
  channel: Touch['channel'];
  outcome?: Touch['outcome'];
  note?: string;
  contentId?: string;
}

export interface RecordTouchResult {
  touch: Touch;
  tasks: Task[];
  duplicate: boolean;
}

async function recordTouchInTransaction(
  db: FifthTouchDatabase,
  draft: TouchDraft,
  context: WriteContext,
): Promise<RecordTouchResult> {
  const already = await db.touches.get(draft.id);
  if (already) return { touch: parseStored(Touch, 'touches', already), tasks: [], duplicate: true };
  const prospectRecord = await db.prospects.get(draft.prospectId);
  if (!prospectRecord) throw new Error('That prospect no longer exists. Reload the page and try again.');
  const prospect = parseStored(Prospect, 'prospects', prospectRecord);
  const touch = Touch.parse({ ...draft, at: context.now.toISOString() });
  const enrollment = await currentEnrollment(db, prospect.id);
  // The touch keeps the step it was logged for, so a later outcome never counts it twice.
  const stored = enrollment ? { ...touch, stepIndex: enrollment.stepIndex } : touch;
  await addTouches(db, [stored]);
  const tasks = enrollment ? await applyTouchAndStore(db, enrollment, prospect, touch, context) : [];
  return { touch: stored, tasks, duplicate: false };
}

/** Records a touch and moves the prospect's cadence, in one transaction. */
export async function recordTouch(
  db: FifthTouchDatabase,
  draft: TouchDraft,
  context: WriteContext,
): Promise<RecordTouchResult> {
  return db.transaction('rw', followUpTables(db), () => recordTouchInTransaction(db, draft, context));
}

/** "Log touch" on a profile: find or create the person, then record the touch, all or nothing. */
export async function startAndRecordTouch(
  db: FifthTouchDatabase,
  draft: ProspectDraft,
  touch: Omit<TouchDraft, 'prospectId'>,
  context: WriteContext,
): Promise<RecordTouchResult & StartResult> {
  return db.transaction('rw', followUpTables(db), async () => {
    const started = await startFollowUps(db, draft, context);
    const recorded = await recordTouchInTransaction(db, { ...touch, prospectId: started.prospect.id }, context);
    return { ...started, ...recorded };
  });
}

export interface TouchUpdate {
  id: string;
  outcome?: Touch['outcome'];
  note?: string;
}

const OUTCOMES_WITH_POLICY: ReadonlySet<Touch['outcome']> = new Set(['replied', 'voicemail', 'gatekeeper']);

/**
 * The optional outcome and note a rep adds after logging. A reply, voicemail or gatekeeper then
 * applies its policy; the touch keeps its step, so it never counts for a step twice.
 */
export async function updateTouch(db: FifthTouchDatabase, update: TouchUpdate, context: WriteContext): Promise<Touch> {
  return db.transaction('rw', followUpTables(db), async () => {
    const stored = await db.touches.get(update.id);
    if (!stored) throw new Error('That touch is no longer stored. Log it again.');
    const before = parseStored(Touch, 'touches', stored);
    const touch = Touch.parse({
      ...before,
      ...(update.outcome ? { outcome: update.outcome } : {}),
      ...(update.note !== undefined ? { note: update.note } : {}),
    });
    await putTouches(db, [touch]);
    const enrollment = await currentEnrollment(db, touch.prospectId);
    const prospectRecord = await db.prospects.get(touch.prospectId);
    if (enrollment && prospectRecord && touch.outcome !== before.outcome && OUTCOMES_WITH_POLICY.has(touch.outcome)) {
      await applyTouchAndStore(db, enrollment, parseStored(Prospect, 'prospects', prospectRecord), touch, context);
    }
    return touch;
  });
}
