import type { Prospect, Settings, Task, Touch, TouchOutcome } from '../model';
import { toIso } from '../schedule/instant';
import { addWorkingDays, repDayOf } from '../schedule/rep-days';
import { placeOnOrAfter } from '../schedule/step-placement';
import { addWorkingMinutes } from '../schedule/working-time';

/** A reply is answered within an hour of working time. */
export const RESPOND_WITHIN_MINUTES = 60;

export interface TouchTasksInput {
  touch: Touch;
  prospect: Pick<Prospect, 'id' | 'timeZone'>;
  settings: Settings;
  newId: () => string;
}

const CALLBACK_NOTES: Partial<Record<TouchOutcome, string>> = {
  voicemail: 'You left a voicemail: the ball is in your court. Call back.',
  gatekeeper: 'A gatekeeper answered: the ball is in your court. Call back.',
};

/** Two working days (settings) after the touch, placed in the call window like a call step. */
export function callbackDueAt(
  touch: Pick<Touch, 'at'>,
  prospect: Pick<Prospect, 'timeZone'>,
  settings: Settings,
): string {
  const day = addWorkingDays(repDayOf(touch.at, settings), settings.callbackDelayWorkingDays, settings);
  return toIso(placeOnOrAfter(day, ['call'], prospect.timeZone, undefined, settings).dueAt);
}

/** The rep's own to-dos a touch creates: a callback after a voicemail or gatekeeper, a reply to answer. */
export function tasksForTouch({ touch, prospect, settings, newId }: TouchTasksInput): Task[] {
  const callbackNote = CALLBACK_NOTES[touch.outcome];
  if (callbackNote) {
    return [
      {
        id: newId(),
        prospectId: prospect.id,
        kind: 'callback',
        status: 'open',
        dueAt: callbackDueAt(touch, prospect, settings),
        note: callbackNote,
      },
    ];
  }
  if (touch.outcome === 'replied') {
    const dueAt = toIso(addWorkingMinutes(touch.at, RESPOND_WITHIN_MINUTES, settings));
    return [
      {
        id: newId(),
        prospectId: prospect.id,
        kind: 'respond',
        status: 'open',
        dueAt,
        note: 'They replied: answer within the hour.',
      },
    ];
  }
  return [];
}
