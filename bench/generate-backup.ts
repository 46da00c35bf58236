import { DEFAULT_CADENCE } from '../lib/core/model/default-cadence';
import type { BackupDocument } from '../lib/core/backup/backup-document';
import type { Channel } from '../lib/core/model/channel';
import type { Enrollment, Prospect, Task, Touch } from '../lib/core/model';
import { pick } from './pick';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface BackupScale {
  prospects: number;
  touches: number;
}

/** Deterministic, so every run restores the same book of business (mulberry32). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
const pad = (value: number) => String(value).padStart(6, '0');
const steps = DEFAULT_CADENCE.steps;
const FIRST_NAMES = ['Ana', 'Ben', 'Chen', 'Dara', 'Emil', 'Fatma', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kofi', 'Lena'];
const LAST_NAMES = ['Ito', 'Novak', 'Okafor', 'Patel', 'Quinn', 'Rossi', 'Silva', 'Tanaka', 'Ueda', 'Vogel'];

/**
 * A rep's database after a year of selling, relative to `now`: most prospects finished the
 * playbook (nurture, won, lost), a tenth are mid-cadence, ~2 % of all are due today (some
 * overdue), every prospect is enrolled in the default playbook, and most tasks are done.
 */
export function generateBackup(now: Date, { prospects: count, touches: touchCount }: BackupScale): BackupDocument {
  const random = seededRandom(28);
  const nowMs = now.getTime();
  const prospects: Prospect[] = [];
  const enrollments: Enrollment[] = [];
  const touches: Touch[] = [];
  const tasks: Task[] = [];
  const averageTouches = touchCount / count;

  for (let index = 0; index < count; index += 1) {
    const id = `p-${pad(index)}`;
    const roll = random();
    // 2 % due today (half of them overdue by up to two days), 8 % due later, 2 % paused, the rest finished.
    const kind = roll < 0.02 ? 'due-today' : roll < 0.1 ? 'due-later' : roll < 0.12 ? 'paused' : 'finished';
    const stepIndex = kind === 'finished' ? steps.length : 1 + Math.floor(random() * (steps.length - 1));
    const nextDueAt =
      kind === 'due-today'
        ? nowMs - (random() < 0.5 ? random() * 2 * DAY_MS : -random() * 4 * HOUR_MS)
        : kind === 'due-later'
          ? nowMs + DAY_MS + random() * 20 * DAY_MS
          : undefined;
    const stepDay = pick(steps, Math.min(stepIndex, steps.length - 1)).day;
    const startedAt =
      nextDueAt !== undefined ? nextDueAt - (stepDay - 1) * DAY_MS : nowMs - (30 + random() * 335) * DAY_MS;
    const status: Prospect['status'] =
      kind === 'paused'
        ? 'paused'
        : kind === 'finished'
          ? pick(['nurture', 'won', 'lost', 'lost'] as const, Math.floor(random() * 4))
          : 'active';
    const name = `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(index / 12) % LAST_NAMES.length]} ${index}`;
    prospects.push({
      id,
      name,
      email: `prospect${index}@company${index % 700}.example`,
      ...(index % 3 === 0 ? { linkedinUrl: `https://www.linkedin.com/in/prospect-${index}/` } : {}),
      company: `Company ${index % 700}`,
      source: pick(['gmail', 'linkedin', 'manual', 'import'] as const, index % 4),
      inbound: index % 10 === 0,
      tags: index % 5 === 0 ? ['enterprise'] : [],
      // One in seven has a deal value, as qualified opportunities do: the pipeline reads those.
      ...(index % 7 === 0 ? { dealValue: 1000 + (index % 40) * 500 } : {}),
      status,
      notes: '',
      noteEntries: [],
      createdAt: iso(startedAt - HOUR_MS),
    });
    const history = Array.from({ length: stepIndex }, (_, step) => ({
      index: step,
      status: random() < 0.9 ? ('done' as const) : ('skipped' as const),
      at: iso(Math.min(startedAt + (pick(steps, step).day - 1) * DAY_MS + 2 * HOUR_MS, nowMs - HOUR_MS)),
    }));
    enrollments.push({
      id: `e-${pad(index)}`,
      prospectId: id,
      cadenceId: DEFAULT_CADENCE.id,
      startedAt: iso(startedAt),
      stepIndex,
      channelsDone: [],
      ...(nextDueAt !== undefined ? { nextDueAt: iso(nextDueAt) } : {}),
      ...(kind === 'paused' ? { pausedAt: iso(nowMs - 3 * DAY_MS) } : {}),
      history,
    });
    // 8–12 touches each (10 on average), spread over the steps done so far.
    const touchesHere = Math.round(averageTouches) + (index % 5) - 2;
    for (let touch = 0; touch < touchesHere; touch += 1) {
      const step = history[touch % Math.max(history.length, 1)];
      const stepIndexOfTouch = step?.index ?? 0;
      const channels: readonly Channel[] = pick(steps, stepIndexOfTouch).channels;
      touches.push({
        id: `t-${pad(index)}-${touch}`,
        prospectId: id,
        channel: pick(channels, touch % channels.length),
        at: iso(
          Math.min(startedAt + touch * HOUR_MS + (pick(steps, stepIndexOfTouch).day - 1) * DAY_MS, nowMs - HOUR_MS),
        ),
        outcome: pick(['sent', 'no-answer', 'voicemail', 'replied', 'connection-request'] as const, touch % 5),
        note: '',
        stepIndex: stepIndexOfTouch,
      });
    }
    // One task for every fifth prospect; open ones only for prospects still being worked.
    if (index % 5 === 0) {
      const open = kind === 'due-today' || (kind === 'due-later' && random() < 0.5);
      const dueAt = open ? nowMs + (random() - 0.3) * 5 * DAY_MS : startedAt + 3 * DAY_MS;
      tasks.push({
        id: `k-${pad(index)}`,
        prospectId: id,
        kind: pick(['callback', 'respond', 'decide'] as const, index % 3),
        status: open ? 'open' : 'done',
        dueAt: iso(dueAt),
        ...(open ? {} : { doneAt: iso(Math.min(dueAt + HOUR_MS, nowMs - HOUR_MS)) }),
        note: '',
      });
    }
  }

  return {
    format: 'fifth-touch-backup',
    version: 1,
    exportedAt: now.toISOString(),
    prospects,
    cadences: [DEFAULT_CADENCE],
    enrollments,
    touches,
    tasks,
    contentItems: [],
    settings: [],
  };
}
