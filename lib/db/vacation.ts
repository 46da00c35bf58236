import { Cadence, Enrollment, Prospect, Settings, Task } from '../core/model';
import { omit } from '../core/schedule/omit';
import { shiftForVacation } from '../core/schedule/vacation';
import type { FifthTouchDatabase } from './database';
import { readSettings } from './seed';
import { parseStored } from './stored-record-error';

/** The part of the settings that says whether the rep is away, and what their return moved. */
export type VacationState = Pick<Settings, 'pausedUntil' | 'pausedFrom' | 'vacationReturn'>;

export function vacationStateOf(settings: Settings): VacationState {
  const { pausedUntil, pausedFrom, vacationReturn } = settings;
  return {
    ...(pausedUntil ? { pausedUntil } : {}),
    ...(pausedFrom ? { pausedFrom } : {}),
    ...(vacationReturn ? { vacationReturn } : {}),
  };
}

function vacationTables(db: FifthTouchDatabase) {
  return [db.settings, db.enrollments, db.cadences, db.prospects, db.tasks];
}

/** Ends the pause at `until`: moves every running schedule and the to-dos due meanwhile, and says so. */
async function endVacation(db: FifthTouchDatabase, settings: Settings, until: Date): Promise<Settings> {
  const cleared = omit(settings, 'pausedUntil', 'pausedFrom');
  // A pause saved before the start was recorded cannot say how far to move anything.
  if (!settings.pausedFrom) {
    await db.settings.put(cleared);
    return cleared;
  }
  const from = settings.pausedFrom;
  const [enrollments, cadences, tasks] = await Promise.all([
    db.enrollments.where('nextDueAt').above('').toArray(),
    db.cadences.toArray(),
    db.tasks.where('[status+dueAt]').between(['open', from], ['open', until.toISOString()]).toArray(),
  ]);
  const prospectIds = [...new Set([...enrollments, ...tasks].map((record) => record.prospectId))];
  const prospects = (await db.prospects.bulkGet(prospectIds)).filter((record) => record !== undefined);
  const shift = shiftForVacation({
    from,
    until,
    settings,
    enrollments: enrollments.map((record) => parseStored(Enrollment, 'enrollments', record)),
    cadences: cadences.map((record) => parseStored(Cadence, 'cadences', record)),
    prospects: prospects.map((record) => parseStored(Prospect, 'prospects', record)),
    tasks: tasks.map((record) => parseStored(Task, 'tasks', record)),
  });
  const returned: Settings = { ...cleared, vacationReturn: shift.summary };
  await Promise.all([
    db.enrollments.bulkPut(shift.enrollments),
    db.tasks.bulkPut(shift.tasks),
    db.settings.put(returned),
  ]);
  return returned;
}

/** "Pause everything until": a new pause starts now; changing the date of a running one keeps its start. */
export function pauseEverything(db: FifthTouchDatabase, until: string, now: Date, homeTimeZone: string) {
  if (new Date(until) <= now) {
    return Promise.reject(new Error('Pick a day after today to pause until; nothing was paused.'));
  }
  return db.transaction('rw', vacationTables(db), async () => {
    const settings = await readSettings(db, homeTimeZone);
    const away = settings.pausedUntil !== undefined && new Date(settings.pausedUntil) > now;
    const paused: Settings = {
      ...omit(settings, 'vacationReturn'),
      pausedUntil: until,
      pausedFrom: away && settings.pausedFrom ? settings.pausedFrom : now.toISOString(),
    };
    await db.settings.put(Settings.parse(paused));
    return vacationStateOf(paused);
  });
}

/** When the pause ended, if it has by `now`. */
function vacationEndedAt(settings: Settings, now: Date): Date | null {
  if (settings.pausedUntil === undefined) return null;
  const until = new Date(settings.pausedUntil);
  return until <= now ? until : null;
}

/** Whether `endVacationIfOver` has anything to move: a read, so a refresh writes only when it must. */
export async function isVacationOver(db: FifthTouchDatabase, now: Date, homeTimeZone: string): Promise<boolean> {
  return vacationEndedAt(await readSettings(db, homeTimeZone), now) !== null;
}

/**
 * The pause's date has passed: move the schedule once. Called on every alarm, at startup and after
 * writes; it reads everything from storage, so a worker stopped mid-vacation loses nothing.
 */
export function endVacationIfOver(db: FifthTouchDatabase, now: Date, homeTimeZone: string) {
  return db.transaction('rw', vacationTables(db), async () => {
    const settings = await readSettings(db, homeTimeZone);
    const until = vacationEndedAt(settings, now);
    if (until === null) return vacationStateOf(settings);
    return vacationStateOf(await endVacation(db, settings, until));
  });
}

/** "Back early": the pause ends now and moves the schedule by the days actually away. */
export function returnEarly(db: FifthTouchDatabase, now: Date, homeTimeZone: string) {
  return db.transaction('rw', vacationTables(db), async () => {
    const settings = await readSettings(db, homeTimeZone);
    if (settings.pausedUntil === undefined) return vacationStateOf(settings);
    const until = new Date(settings.pausedUntil) < now ? new Date(settings.pausedUntil) : now;
    return vacationStateOf(await endVacation(db, settings, until));
  });
}

export function dismissVacationReturn(db: FifthTouchDatabase, homeTimeZone: string) {
  return db.transaction('rw', db.settings, async () => {
    const settings = omit(await readSettings(db, homeTimeZone), 'vacationReturn');
    await db.settings.put(settings);
    return vacationStateOf(settings);
  });
}

/** The settings form saves everything else; the pause only changes through the messages above. */
export function keepVacation(candidate: Settings, stored: Settings | undefined): Settings {
  const rest = omit(candidate, 'pausedUntil', 'pausedFrom', 'vacationReturn');
  return stored ? { ...rest, ...vacationStateOf(stored) } : rest;
}
