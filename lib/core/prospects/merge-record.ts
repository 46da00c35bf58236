import * as z from 'zod/mini';
import { Enrollment, Id, IsoDateTime, Prospect, Task, Touch } from '../model';

/**
 * What undoing a merge needs: the exact before-image of both prospects and of every touch, task
 * and enrollment the merge moved, changed or deleted. Putting them back restores both records.
 */
export const MergeRecord = z.object({
  id: Id,
  at: IsoDateTime,
  survivorId: Id,
  absorbedId: Id,
  survivorBefore: Prospect,
  absorbedBefore: Prospect,
  touchesBefore: z.array(Touch),
  tasksBefore: z.array(Task),
  enrollmentsBefore: z.array(Enrollment),
});
export type MergeRecord = z.infer<typeof MergeRecord>;
