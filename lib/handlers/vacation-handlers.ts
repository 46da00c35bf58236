import type { FifthTouchDatabase } from '../db/database';
import { readPipeline } from '../db/pipeline';
import { readSettings } from '../db/seed';
import { dismissVacationReturn, pauseEverything, returnEarly, vacationStateOf } from '../db/vacation';
import type { Handlers } from '../messaging/router';

export interface VacationContext {
  db: FifthTouchDatabase;
  now: () => Date;
  homeTimeZone: () => string;
}

type VacationHandlers = Pick<
  Handlers,
  'getVacation' | 'pauseEverything' | 'returnEarly' | 'dismissVacationReturn' | 'getPipeline'
>;

/** The popup's header and the settings page: the vacation pause, its return, and the pipeline. */
export function createVacationHandlers({ db, now, homeTimeZone }: VacationContext): VacationHandlers {
  return {
    getVacation: async () => vacationStateOf(await readSettings(db, homeTimeZone())),
    pauseEverything: ({ until }) => pauseEverything(db, until, now(), homeTimeZone()),
    returnEarly: () => returnEarly(db, now(), homeTimeZone()),
    dismissVacationReturn: () => dismissVacationReturn(db, homeTimeZone()),
    getPipeline: () => readPipeline(db, now()),
  };
}
