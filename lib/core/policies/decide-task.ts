import type { Settings, Task } from '../model';
import { type Instant, toIso } from '../schedule/instant';
import { nextWorkingDay, repDayOf } from '../schedule/rep-days';
import { firstWorkingInstant } from '../schedule/working-time';

export const QUALIFYING_QUESTION = 'If you were me and wanted to earn your business, what would you do next?';

/** What the rep may do when a cadence ends without a reply; the popup offers these. */
export const DECIDE_CHOICES = [
  { choice: 'qualify', label: 'Qualify', hint: `Ask them: "${QUALIFYING_QUESTION}"` },
  { choice: 'nurture', label: 'Move to nurture', hint: 'A light touch once a month keeps you in mind.' },
  { choice: 'close', label: 'Close', hint: "Close it as lost; the five no's must be done first." },
] as const;
export type DecideChoice = (typeof DECIDE_CHOICES)[number]['choice'];

export const DECIDE_NOTE = `The cadence ended without a reply. Decide: qualify (ask "${QUALIFYING_QUESTION}"), move to nurture, or close.`;

export interface DecideTaskInput {
  prospectId: string;
  finishedAt: Instant;
  settings: Settings;
  newId: () => string;
}

/** Due at the start of the next working day, giving the last touch a day to draw a reply. */
export function makeDecideTask({ prospectId, finishedAt, settings, newId }: DecideTaskInput): Task {
  const day = nextWorkingDay(repDayOf(finishedAt, settings), settings);
  return {
    id: newId(),
    prospectId,
    kind: 'decide',
    status: 'open',
    dueAt: toIso(firstWorkingInstant(day, settings)),
    note: DECIDE_NOTE,
  };
}
