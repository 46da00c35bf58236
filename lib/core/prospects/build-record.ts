import type { Cadence, ContentItem, Enrollment, Prospect, Touch } from '../model';
import { countFollowUps } from '../policies/five-nos';
import type { ProspectSummary } from '../status/prospect-summary';
import type { ProspectMatch } from './match';
import type { ProspectRecord, RecordMatch, RecordStep, RecordTouch, RecordYes } from './prospect-record';

export interface BuildRecordInput {
  prospect: Prospect;
  summary: ProspectSummary;
  enrollment?: Enrollment | undefined;
  cadence?: Cadence | undefined;
  touches: readonly Touch[];
  content: ReadonlyMap<string, Pick<ContentItem, 'id' | 'title'>>;
  cadences: readonly Pick<Cadence, 'id' | 'name'>[];
  matches: readonly ProspectMatch[];
}

/** Every step of the cadence: done or skipped from the history, the current one due, the rest upcoming. */
export function describeSteps(enrollment: Enrollment | undefined, cadence: Cadence | undefined): RecordStep[] {
  if (!enrollment || !cadence) return [];
  const recorded = new Map(enrollment.history.map((record) => [record.index, record]));
  return cadence.steps.map((step, index) => {
    const record = recorded.get(index);
    const base = { number: index + 1, day: step.day, channels: step.channels };
    if (record) return { ...base, status: record.status, at: record.at };
    if (index !== enrollment.stepIndex) return { ...base, status: 'upcoming' };
    return { ...base, status: 'due', ...(enrollment.nextDueAt ? { at: enrollment.nextDueAt } : {}) };
  });
}

function describeTouch(touch: Touch, content: BuildRecordInput['content']): RecordTouch {
  const piece = touch.contentId ? content.get(touch.contentId) : undefined;
  return {
    id: touch.id,
    channel: touch.channel,
    at: touch.at,
    outcome: touch.outcome,
    note: touch.note,
    ...(touch.stepIndex !== undefined ? { stepNumber: touch.stepIndex + 1 } : {}),
    ...(touch.contentId
      ? { content: { id: touch.contentId, title: piece?.title ?? 'A piece no longer in the library' } }
      : {}),
  };
}

/** The yeses from touches and from notes, oldest first: what to build on at the next touch. */
export function collectYeses(prospect: Prospect, touches: readonly Touch[]): RecordYes[] {
  const fromTouches = touches
    .filter((touch) => touch.outcome === 'yes')
    .map((touch): RecordYes => ({ source: 'touch', id: touch.id, at: touch.at, text: touch.note || 'Said yes' }));
  const fromNotes = prospect.noteEntries
    .filter((note) => note.yes)
    .map((note): RecordYes => ({ source: 'note', id: note.id, at: note.at, text: note.text }));
  return [...fromTouches, ...fromNotes].sort((a, b) => a.at.localeCompare(b.at));
}

/** A likely duplicate as the views name it. */
export function describeMatch({ prospect, reason }: ProspectMatch): RecordMatch {
  return {
    prospectId: prospect.id,
    name: prospect.name,
    ...(prospect.company ? { company: prospect.company } : {}),
    reason,
  };
}

export function buildProspectRecord(input: BuildRecordInput): ProspectRecord {
  const { prospect, enrollment, cadence, touches } = input;
  const newestFirst = [...touches].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
  return {
    prospect,
    summary: input.summary,
    cadence: cadence ? { id: cadence.id, name: cadence.name } : null,
    // Only while the pause lasts: once its date has passed the cadence runs again by itself.
    ...(input.summary.stage === 'paused' && enrollment?.pausedUntil ? { pausedUntil: enrollment.pausedUntil } : {}),
    steps: describeSteps(enrollment, cadence),
    touches: newestFirst.map((touch) => describeTouch(touch, input.content)),
    yeses: collectYeses(prospect, touches),
    followUps: countFollowUps(touches),
    cadences: input.cadences.map(({ id, name }) => ({ id, name })),
    matches: input.matches.map(describeMatch),
  };
}
