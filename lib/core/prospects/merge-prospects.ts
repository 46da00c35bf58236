import type { Cadence, Enrollment, Prospect } from '../model';

/** Fields the survivor takes from the absorbed record when it has none of its own. */
const FILLED_FIELDS = [
  'email',
  'linkedinUrl',
  'xHandle',
  'company',
  'title',
  'location',
  'timeZone',
  'dealValue',
  'firstTouchDueAt',
  'giveUpOverride',
] as const satisfies readonly (keyof Prospect)[];

/** The survivor keeps its id, name and status, and gains what only the absorbed record knew. */
export function mergeProspectFields(survivor: Prospect, absorbed: Prospect): Prospect {
  const merged: Prospect = { ...survivor };
  for (const field of FILLED_FIELDS) {
    if (merged[field] === undefined && absorbed[field] !== undefined)
      Object.assign(merged, { [field]: absorbed[field] });
  }
  return {
    ...merged,
    inbound: survivor.inbound || absorbed.inbound,
    tags: [...new Set([...survivor.tags, ...absorbed.tags])],
    notes: [survivor.notes, absorbed.notes].filter((text) => text.trim() !== '').join('\n\n'),
    noteEntries: [...survivor.noteEntries, ...absorbed.noteEntries].sort((a, b) => a.at.localeCompare(b.at)),
    createdAt: survivor.createdAt < absorbed.createdAt ? survivor.createdAt : absorbed.createdAt,
  };
}

/** How far an enrollment has got: its step, as a share of its cadence when the cadence is known. */
function progressOf(enrollment: Enrollment, cadences: ReadonlyMap<string, Cadence>): number {
  const steps = cadences.get(enrollment.cadenceId)?.steps.length;
  return steps ? enrollment.stepIndex / steps : enrollment.stepIndex;
}

/**
 * One person follows one cadence: of the two current enrollments we keep the one further along
 * (more of its cadence done; on a tie, the one with more recorded steps, then the survivor's),
 * because the touches already made count toward it and restarting would repeat them.
 */
export function enrollmentToKeep(
  survivor: Enrollment | undefined,
  absorbed: Enrollment | undefined,
  cadences: ReadonlyMap<string, Cadence>,
): Enrollment | undefined {
  if (!survivor || !absorbed) return survivor ?? absorbed;
  const difference = progressOf(absorbed, cadences) - progressOf(survivor, cadences);
  if (difference !== 0) return difference > 0 ? absorbed : survivor;
  return absorbed.history.length > survivor.history.length ? absorbed : survivor;
}
