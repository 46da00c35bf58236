import { Enrollment, Prospect, Task, Touch, type Channel, type TouchOutcome } from '../core/model';
import {
  activeEnrollment,
  applyTouch,
  channelsLeft,
  firstWorkingInstant,
  pauseEnrollment,
  resumeEnrollment,
  skipStep as skipEngineStep,
  snoozeEnrollment,
  toIso,
} from '../core/schedule';
import type { FifthTouchDatabase } from './database';
import { currentEnrollment, followUpTables, readCadence, type WriteContext } from './follow-ups';
import { readSettings } from './seed';
import { parseStored } from './stored-record-error';
import { addTouches } from './touch-writes';

/** Every action answers with the prospect it changed, so the caller can show where they now stand. */
export interface ActionResult {
  prospectId: string;
}

async function readEnrollment(db: FifthTouchDatabase, id: string): Promise<Enrollment> {
  const stored = await db.enrollments.get(id);
  if (!stored) throw new Error('That follow-up is no longer stored. Reload the queue and try again.');
  return parseStored(Enrollment, 'enrollments', stored);
}

async function readProspect(db: FifthTouchDatabase, id: string): Promise<Prospect> {
  const stored = await db.prospects.get(id);
  if (!stored) throw new Error('That prospect no longer exists. Reload the queue and try again.');
  return parseStored(Prospect, 'prospects', stored);
}

/** What every engine call needs besides the enrollment: its playbook, its prospect and the settings. */
async function readStepContext(db: FifthTouchDatabase, enrollment: Enrollment, context: WriteContext) {
  const [cadence, prospect, settings] = await Promise.all([
    readCadence(db, enrollment.cadenceId),
    readProspect(db, enrollment.prospectId),
    readSettings(db, context.homeTimeZone),
  ]);
  return { cadence, prospect, settings, now: context.now, newId: context.newId };
}

export interface CompleteStepRequest {
  enrollmentId: string;
  outcome: TouchOutcome;
  note?: string;
  contentId?: string;
  /** Chosen by the sender; each channel's touch is `<prefix>:<channel>`, so a retry logs nothing twice. */
  touchIdPrefix: string;
}

/**
 * The outcome belongs to the conversation, so to the call when the step has one; content is
 * something sent, so it goes with the first written channel. The other channels were "sent".
 * The touch carrying the outcome is applied last, so its policy (callback, reply) sees the step.
 */
function stepTouches(channels: Channel[], request: CompleteStepRequest, base: Pick<Touch, 'prospectId' | 'at'>) {
  const primary: Channel | undefined = channels.includes('call') ? 'call' : channels[0];
  const contentChannel = channels.find((channel) => channel !== 'call') ?? primary;
  const ordered = [...channels.filter((channel) => channel !== primary), ...(primary ? [primary] : [])];
  return ordered.map((channel) =>
    Touch.parse({
      ...base,
      id: `${request.touchIdPrefix}:${channel}`,
      channel,
      outcome: channel === primary ? request.outcome : 'sent',
      ...(channel === primary && request.note ? { note: request.note } : {}),
      ...(channel === contentChannel && request.contentId ? { contentId: request.contentId } : {}),
    }),
  );
}

/** Logs the step's remaining channels as touches and lets the engine move the cadence, all or nothing. */
export async function completeStep(
  db: FifthTouchDatabase,
  request: CompleteStepRequest,
  context: WriteContext,
): Promise<ActionResult> {
  return db.transaction('rw', followUpTables(db), async () => {
    const stored = await readEnrollment(db, request.enrollmentId);
    // The step has moved on after the first delivery, so look for the touches, not the channels left.
    if ((await db.touches.where('id').startsWith(`${request.touchIdPrefix}:`).count()) > 0) {
      return { prospectId: stored.prospectId };
    }
    const step = await readStepContext(db, stored, context);
    let enrollment = activeEnrollment({ ...step, enrollment: stored }, 'mark done');
    const touches = stepTouches(channelsLeft(enrollment, step.cadence), request, {
      prospectId: enrollment.prospectId,
      at: toIso(context.now),
    }).map((touch) => ({ ...touch, stepIndex: enrollment.stepIndex }));
    const tasks: Task[] = [];
    for (const touch of touches) {
      const change = applyTouch({ ...step, enrollment, touch });
      enrollment = change.enrollment;
      tasks.push(...change.tasks);
    }
    await addTouches(db, touches);
    await db.enrollments.put(Enrollment.parse(enrollment));
    await db.tasks.bulkAdd(tasks.map((task) => Task.parse(task)));
    return { prospectId: enrollment.prospectId };
  });
}

/** Applies an engine change to one enrollment (and the tasks it creates) in one transaction. */
async function changeEnrollment(
  db: FifthTouchDatabase,
  enrollmentId: string,
  context: WriteContext,
  change: (
    enrollment: Enrollment,
    step: Awaited<ReturnType<typeof readStepContext>>,
  ) => { enrollment: Enrollment; tasks?: Task[] },
): Promise<ActionResult> {
  return db.transaction('rw', followUpTables(db), async () => {
    const stored = await readEnrollment(db, enrollmentId);
    const result = change(stored, await readStepContext(db, stored, context));
    await db.enrollments.put(Enrollment.parse(result.enrollment));
    await db.tasks.bulkAdd((result.tasks ?? []).map((task) => Task.parse(task)));
    return { prospectId: stored.prospectId };
  });
}

/** Hides the current step until `until` (moved into working time). */
export function snoozeStep(db: FifthTouchDatabase, enrollmentId: string, until: string, context: WriteContext) {
  return changeEnrollment(db, enrollmentId, context, (enrollment, step) => ({
    enrollment: snoozeEnrollment({ ...step, enrollment, until }),
  }));
}

/** Passes over the current step; the end of the cadence may create a "decide" task. */
export function skipStep(db: FifthTouchDatabase, enrollmentId: string, context: WriteContext) {
  return changeEnrollment(db, enrollmentId, context, (enrollment, step) => skipEngineStep({ ...step, enrollment }));
}

async function prospectEnrollmentId(db: FifthTouchDatabase, prospectId: string): Promise<string> {
  const prospect = await readProspect(db, prospectId);
  const enrollment = await currentEnrollment(db, prospectId);
  if (!enrollment)
    throw new Error(`${prospect.name} is not following a playbook, so there is nothing to pause or resume.`);
  return enrollment.id;
}

/** Stops the prospect's cadence, until a date or until resumed. */
export async function pauseProspect(
  db: FifthTouchDatabase,
  request: { prospectId: string; until?: string },
  context: WriteContext,
): Promise<ActionResult> {
  return db.transaction('rw', followUpTables(db), async () => {
    const enrollmentId = await prospectEnrollmentId(db, request.prospectId);
    return changeEnrollment(db, enrollmentId, context, (enrollment, step) => ({
      enrollment: pauseEnrollment({ ...step, enrollment, ...(request.until ? { until: request.until } : {}) }),
    }));
  });
}

export async function resumeProspect(db: FifthTouchDatabase, prospectId: string, context: WriteContext) {
  return db.transaction('rw', followUpTables(db), async () => {
    const enrollmentId = await prospectEnrollmentId(db, prospectId);
    return changeEnrollment(db, enrollmentId, context, (enrollment, step) => ({
      enrollment: resumeEnrollment({ ...step, enrollment }),
    }));
  });
}

async function changeOpenTask(
  db: FifthTouchDatabase,
  taskId: string,
  change: (task: Task) => Task,
): Promise<ActionResult> {
  return db.transaction('rw', [db.tasks, db.settings], async () => {
    const stored = await db.tasks.get(taskId);
    if (!stored) throw new Error('That task is no longer stored. Reload the queue and try again.');
    const task = parseStored(Task, 'tasks', stored);
    // Done is done: a second "done" (a retry, another window) changes nothing.
    if (task.status === 'done') return { prospectId: task.prospectId };
    await db.tasks.put(Task.parse(change(task)));
    return { prospectId: task.prospectId };
  });
}

export function completeTask(db: FifthTouchDatabase, taskId: string, context: WriteContext) {
  return changeOpenTask(db, taskId, (task) => ({ ...task, status: 'done', doneAt: toIso(context.now) }));
}

/** Moves an open task to `until`, into working time like a snoozed step. */
export async function snoozeTask(db: FifthTouchDatabase, taskId: string, until: string, context: WriteContext) {
  if (new Date(until) <= context.now) throw new RangeError('A snooze needs a time in the future.');
  const settings = await readSettings(db, context.homeTimeZone);
  return changeOpenTask(db, taskId, (task) => ({ ...task, dueAt: toIso(firstWorkingInstant(until, settings)) }));
}
