import type { Cadence, CadenceStep } from '../model';

/** A step by index, or an error that names the cadence: a bad index is a caller's bug. */
export function stepAt(cadence: Cadence, stepIndex: number): CadenceStep {
  const step = cadence.steps[stepIndex];
  if (!step) throw new RangeError(`The cadence "${cadence.name}" has no step ${stepIndex + 1}.`);
  return step;
}
