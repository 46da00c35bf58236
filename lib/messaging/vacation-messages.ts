import * as z from 'zod/mini';
import { IsoDateTime } from '../core/model/primitives';
import { VacationReturn } from '../core/model/vacation-return';
import { Pipeline } from '../core/pipeline/pipeline';

export const VacationState = z.object({
  pausedUntil: z.optional(IsoDateTime),
  pausedFrom: z.optional(IsoDateTime),
  vacationReturn: z.optional(VacationReturn),
});

/** "Pause everything until …" and the popup's pipeline line: both sit above today's queue. */
export const VACATION_MESSAGES = {
  getVacation: { request: z.object({}), response: VacationState },
  pauseEverything: { request: z.object({ until: IsoDateTime }), response: VacationState },
  returnEarly: { request: z.object({}), response: VacationState },
  dismissVacationReturn: { request: z.object({}), response: VacationState },
  getPipeline: { request: z.object({}), response: Pipeline },
} as const;
