import { DEFAULT_CADENCE, type Cadence } from '@/lib/core/model';
import {
  deleteCadence,
  importPlaybook,
  listCadences,
  readPlaybook,
  resetDefaultCadence,
  saveCadence,
} from '@/lib/db/cadences';
import { completeStep } from '@/lib/db/queue-actions';
import { ensureStarterContent } from '@/lib/db/seed';
import { createOptionsHandlers } from '@/lib/handlers/options-handlers';
import { enrolled, makeContext } from './enrolled-prospect';

const WITH_DAY_35: Cadence = {
  ...DEFAULT_CADENCE,
  steps: [...DEFAULT_CADENCE.steps, { day: 35, channels: ['email'] }],
};

async function advanceTwoSteps() {
  const setup = await enrolled();
  for (const prefix of ['a', 'b']) {
    await completeStep(
      setup.db,
      { enrollmentId: setup.enrollment.id, outcome: 'sent', touchIdPrefix: prefix },
      makeContext(),
    );
  }
  return setup;
}

describe('playbooks in the database', () => {
  it('keeps an enrolled prospect\u2019s progress when their playbook gains a step', async () => {
    const { db, enrollment } = await advanceTwoSteps();
    const before = (await db.enrollments.get(enrollment.id))!;
    expect(before.stepIndex).toBe(2);
    const saved = await saveCadence(db, WITH_DAY_35, makeContext());
    expect(saved.refitted).toBe(1);
    const after = (await db.enrollments.get(enrollment.id))!;
    expect(after.stepIndex).toBe(2);
    expect(after.history).toEqual(before.history);
    expect(after.startedAt).toBe(before.startedAt);
    expect((await db.cadences.get(DEFAULT_CADENCE.id))!.steps).toHaveLength(10);
  });

  it('lists playbooks with how many prospects use each', async () => {
    const { db } = await enrolled();
    await saveCadence(db, { name: 'Short', steps: [{ day: 1, channels: ['email'] }] }, makeContext());
    const listed = await listCadences(db);
    expect(listed.map(({ cadence, enrolledCount }) => [cadence.name, enrolledCount]).sort()).toEqual([
      ['28-day playbook', 1],
      ['Short', 0],
    ]);
  });

  it('refuses an invalid playbook and stores nothing', async () => {
    const { db } = await enrolled();
    const descending = {
      name: 'Bad',
      steps: [
        { day: 5, channels: ['email' as const] },
        { day: 2, channels: ['call' as const] },
      ],
    };
    await expect(saveCadence(db, descending, makeContext())).rejects.toThrow();
    expect(await db.cadences.count()).toBe(1);
  });

  it('refuses to delete a playbook in use, saying how many prospects use it', async () => {
    const { db, enrollment } = await enrolled();
    const { cadence } = await saveCadence(
      db,
      { name: 'Short', steps: [{ day: 1, channels: ['call'] }] },
      makeContext(),
    );
    await db.enrollments.update(enrollment.id, { cadenceId: cadence.id });
    await expect(deleteCadence(db, cadence.id)).rejects.toThrow('"Short" cannot be deleted: 1 prospect uses it.');
    expect(await db.cadences.get(cadence.id)).toBeDefined();
  });

  it('refuses to delete the default playbook, which new prospects start in', async () => {
    const { db } = await enrolled();
    await db.enrollments.clear();
    await expect(deleteCadence(db, DEFAULT_CADENCE.id)).rejects.toThrow(
      'The default playbook cannot be deleted: new prospects start in it. Edit it instead.',
    );
  });

  it('deletes a playbook nobody uses', async () => {
    const { db } = await enrolled();
    const { cadence } = await saveCadence(db, { name: 'Spare', steps: [{ day: 1, channels: ['x'] }] }, makeContext());
    await deleteCadence(db, cadence.id);
    expect(await db.cadences.get(cadence.id)).toBeUndefined();
  });

  it('resets the default playbook to its shipped steps, keeping progress', async () => {
    const { db, enrollment } = await advanceTwoSteps();
    await saveCadence(db, { ...DEFAULT_CADENCE, name: 'Mine', steps: [{ day: 1, channels: ['call'] }] }, makeContext());
    await resetDefaultCadence(db, makeContext());
    expect(await db.cadences.get(DEFAULT_CADENCE.id)).toEqual(DEFAULT_CADENCE);
    expect((await db.enrollments.get(enrollment.id))!.cadenceId).toBe(DEFAULT_CADENCE.id);
  });

  it('exports the pieces of the kinds its steps ask for, and imports as a copy when the id is taken', async () => {
    const { db } = await enrolled();
    await ensureStarterContent(db);
    const { cadence } = await saveCadence(
      db,
      { name: 'News only', steps: [{ day: 1, channels: ['email'], intent: 'news' }] },
      makeContext(),
    );
    const playbook = await readPlaybook(db, cadence.id);
    expect(playbook.contentItems.length).toBeGreaterThan(0);
    expect(playbook.contentItems.every((item) => item.kind === 'news')).toBe(true);
    const contentBefore = await db.contentItems.count();
    const imported = await importPlaybook(db, playbook, { ...makeContext(), newId: () => 'copy-1' });
    expect(imported.cadence).toMatchObject({ id: 'copy-1', name: 'News only (imported)' });
    expect(imported.addedContent).toBe(0);
    expect(await db.contentItems.count()).toBe(contentBefore);
  });
});

describe('importing a playbook file', () => {
  it('refuses a file that does not fit, in words, and writes nothing', async () => {
    const { db } = await enrolled();
    const handlers = createOptionsHandlers({
      db,
      homeTimeZone: () => 'Europe/Berlin',
      writeContext: () => makeContext(),
    });
    const document = {
      format: 'fifth-touch-playbook',
      version: 1,
      cadence: {
        id: 'p-2',
        name: 'Backwards',
        steps: [
          { day: 3, channels: ['email'] },
          { day: 2, channels: [] },
        ],
      },
      contentItems: [],
    };
    await expect(handlers.importPlaybook({ document })).rejects.toThrow(
      /^This file is not a playbook Fifth Touch can import, and nothing was changed: cadence\.steps\[1\]\.channels needs at least one channel/,
    );
    expect(await db.cadences.count()).toBe(1);
  });
});
