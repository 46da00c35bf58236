import type { Cadence, Enrollment, Prospect, Touch } from '../model';
import { summarizeTouches } from '../queue/touch-summaries';
import { channelsLeft, isFinished, isPaused } from '../schedule/enrollment-state';
import type { Instant } from '../schedule/instant';
import type { ProspectSummary } from './prospect-summary';

export interface SummarizeInput {
  prospect: Prospect;
  enrollment?: Enrollment;
  cadence?: Cadence;
  /** The prospect's touches, in any order. */
  touches: Touch[];
  now: Instant;
}

function stageOf({ enrollment, cadence, now }: SummarizeInput): ProspectSummary['stage'] {
  if (!enrollment || !cadence) return 'not-enrolled';
  if (isFinished(enrollment, cadence)) return 'finished';
  return isPaused(enrollment, now) ? 'paused' : 'active';
}

export function summarizeProspect(input: SummarizeInput): ProspectSummary {
  const { prospect, enrollment, cadence, touches } = input;
  // The same reading of the history the queue uses, so banner, panel and popup agree.
  const { lastTouch: last, yeses } = summarizeTouches(touches).get(prospect.id) ?? { lastTouch: null, yeses: [] };
  const stage = stageOf(input);
  const step = stage === 'active' || stage === 'paused' ? cadence?.steps[enrollment?.stepIndex ?? -1] : undefined;
  return {
    prospectId: prospect.id,
    name: prospect.name,
    ...(prospect.company ? { company: prospect.company } : {}),
    stage,
    ...(enrollment ? { enrollmentId: enrollment.id } : {}),
    ...(step && enrollment && cadence ? { stepNumber: enrollment.stepIndex + 1, stepCount: cadence.steps.length } : {}),
    channels: step?.channels ?? [],
    channelsLeft: step && enrollment && cadence ? channelsLeft(enrollment, cadence) : [],
    ...(stage === 'active' && enrollment?.nextDueAt ? { dueAt: enrollment.nextDueAt } : {}),
    ...(last ? { lastTouch: { channel: last.channel, at: last.at, outcome: last.outcome, note: last.note } } : {}),
    touchCount: touches.length,
    // Notes the rep marked as a yes count too: both are points to build on at the next touch.
    yeses: [
      ...yeses.map((yes) => yes.note || 'Said yes'),
      ...prospect.noteEntries.filter((note) => note.yes).map((note) => note.text),
    ],
  };
}
