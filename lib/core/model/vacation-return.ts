import * as z from 'zod/mini';
import { IsoDateTime } from './primitives';

const Count = z.int().check(z.nonnegative());

/** What the return from "Pause everything" moved, kept until the rep dismisses it in the popup. */
export const VacationReturn = z.object({
  from: IsoDateTime,
  until: IsoDateTime,
  /** Cadence steps that fell due while away and now come after the return. */
  steps: Count,
  /** Prospects those steps belong to. */
  prospects: Count,
  /** The rep's own to-dos (callbacks, replies to answer) due while away, moved the same way. */
  tasks: Count,
  /** Working days the pause covered: how far the schedule moved, in the rep's terms. */
  workingDays: Count,
});
export type VacationReturn = z.infer<typeof VacationReturn>;
