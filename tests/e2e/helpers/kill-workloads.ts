import { readFileSync } from 'node:fs';

const SETTINGS = JSON.parse(readFileSync('tests/fixtures/backup/always-working-settings.json', 'utf8'));
const CADENCE_ID = 'playbook-28-day';
const iso = (ms: number) => new Date(ms).toISOString();

function backupOf(tables: Record<string, unknown[]>) {
  return {
    ...SETTINGS,
    exportedAt: new Date().toISOString(),
    ...tables,
  };
}

/**
 * The rep's day: working time around the clock, and `count` prospects whose first step is due
 * now (`due-<i>`), which the touch rounds log against.
 */
export function dueProspectsBackup(count: number, now: number) {
  const ids = Array.from({ length: count }, (_, index) => index);
  return backupOf({
    prospects: ids.map((index) => ({
      id: `due-${index}`,
      name: `Due Person ${index}`,
      source: 'manual',
      tags: [],
      status: 'active',
      createdAt: iso(now - 86_400_000),
    })),
    enrollments: ids.map((index) => ({
      id: `due-enrollment-${index}`,
      prospectId: `due-${index}`,
      cadenceId: CADENCE_ID,
      startedAt: iso(now - 86_400_000),
      stepIndex: 0,
      channelsDone: [],
      nextDueAt: iso(now - 60_000),
      history: [],
    })),
  });
}

/**
 * A merge that writes four tables at once: `size` prospects, each enrolled (due next week, so the
 * badge does not change), with two touches and a task. Every id starts with `round-<round>-`.
 */
export function roundBackup(round: number, size: number, now: number) {
  const ids = Array.from({ length: size }, (_, index) => `round-${round}-${index}`);
  const nextWeek = iso(now + 7 * 86_400_000);
  return backupOf({
    settings: [],
    cadences: [],
    prospects: ids.map((id) => ({
      id,
      name: `Restored ${id}`,
      email: `${id}@restore.example`,
      source: 'import',
      tags: ['kill-test'],
      status: 'active',
      notes: 'A note long enough to make the write take a little time. '.repeat(4),
      createdAt: iso(now - 3 * 86_400_000),
    })),
    enrollments: ids.map((id) => ({
      id: `${id}-enrollment`,
      prospectId: id,
      cadenceId: CADENCE_ID,
      startedAt: iso(now - 3 * 86_400_000),
      stepIndex: 1,
      channelsDone: [],
      nextDueAt: nextWeek,
      history: [{ index: 0, status: 'done', at: iso(now - 2 * 86_400_000) }],
    })),
    touches: ids.flatMap((id) =>
      ['a', 'b'].map((suffix) => ({
        id: `${id}-touch-${suffix}`,
        prospectId: id,
        channel: 'email',
        at: iso(now - 2 * 86_400_000),
        outcome: 'no-answer',
        note: '',
        stepIndex: 0,
      })),
    ),
    tasks: ids.map((id) => ({
      id: `${id}-task`,
      prospectId: id,
      kind: 'callback',
      status: 'open',
      dueAt: nextWeek,
      note: 'Call back.',
    })),
  });
}

/** CSV rows the options page would send: `size` new people, created and enrolled in one write. */
export function importRows(round: number, size: number) {
  return Array.from({ length: size }, (_, index) => ({
    row: index + 2,
    values: { name: `Imported ${round}-${index}`, email: `import-${round}-${index}@csv.example` },
  }));
}
