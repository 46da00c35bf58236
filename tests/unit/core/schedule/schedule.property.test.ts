import fc from 'fast-check';
import type { Enrollment } from '@/lib/core/model';
import {
  applyTouch,
  isWithinWorkingTime,
  markStepDone,
  pauseEnrollment,
  repDayOf,
  resumeEnrollment,
  scheduleSteps,
  skipStep,
  snoozeEnrollment,
  startEnrollment,
} from '@/lib/core/schedule';
import { makeProspect, makeTouch } from '../../../factories';
import { scenarioArb } from '../arbitraries';

const HOUR = 3_600_000;
const plus = (iso: string, hours: number) => new Date(new Date(iso).getTime() + hours * HOUR).toISOString();

describe('schedule invariants (property)', () => {
  it('every planned step is in working time, after the start, on a later rep day than the one before', () => {
    fc.assert(
      fc.property(scenarioArb, ({ startedAt, cadence, settings, prospectZone }) => {
        const plan = scheduleSteps({ cadence, startedAt, prospect: { timeZone: prospectZone }, settings });
        expect(plan).toHaveLength(cadence.steps.length);
        plan.forEach((step, index) => {
          expect(isWithinWorkingTime(step.dueAt, settings)).toBe(true);
          expect(step.dueAt >= startedAt).toBe(true);
          const previous = plan[index - 1];
          if (previous) expect(repDayOf(step.dueAt, settings) > repDayOf(previous.dueAt, settings)).toBe(true);
        });
      }),
    );
  });

  it('whatever the rep does and whenever, the due step stays in working time and in order', () => {
    const action = fc.record({
      kind: fc.constantFrom('touch-all', 'touch-one', 'done', 'skip', 'snooze', 'pause'),
      hoursLate: fc.integer({ min: -30, max: 24 * 12 }),
    });
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(action, { maxLength: 14 }),
        ({ startedAt, cadence, settings, prospectZone }, actions) => {
          const prospect = makeProspect({ id: 'p', timeZone: prospectZone });
          const context = { cadence, prospect, settings, newId: () => 'task' };
          let enrollment: Enrollment = startEnrollment({ id: 'e', prospect, cadence, settings, now: startedAt });
          let now = startedAt;
          for (const { kind, hoursLate } of actions) {
            if (!enrollment.nextDueAt) break;
            const candidate = plus(enrollment.nextDueAt, hoursLate);
            now = candidate > now ? candidate : plus(now, 1);
            const step = cadence.steps[enrollment.stepIndex]!;
            const left = step.channels.filter((channel) => !enrollment.channelsDone.includes(channel));
            const touchesToLog = kind === 'touch-all' ? left : kind === 'touch-one' ? left.slice(0, 1) : [];
            for (const channel of touchesToLog) {
              const touch = makeTouch({ prospectId: 'p', channel, at: now });
              enrollment = applyTouch({ ...context, enrollment, touch, now }).enrollment;
            }
            if (kind === 'done') enrollment = markStepDone({ ...context, enrollment, now }).enrollment;
            if (kind === 'skip') enrollment = skipStep({ ...context, enrollment, now }).enrollment;
            if (kind === 'snooze') enrollment = snoozeEnrollment({ ...context, enrollment, now, until: plus(now, 20) });
            if (kind === 'pause') {
              const paused = pauseEnrollment({ ...context, enrollment, now, until: plus(now, 24 * 5) });
              now = plus(now, 24 * 2);
              enrollment = resumeEnrollment({ ...context, enrollment: paused, now });
            }
            expect(enrollment.history.map((record) => record.index)).toEqual(
              enrollment.history.map((_record, index) => index),
            );
            expect(enrollment.stepIndex).toBe(enrollment.history.length);
            if (enrollment.stepIndex >= cadence.steps.length) {
              expect(enrollment.nextDueAt).toBeUndefined();
              break;
            }
            const due = enrollment.nextDueAt!;
            expect(isWithinWorkingTime(due, settings)).toBe(true);
            const last = enrollment.history.at(-1);
            if (last?.status === 'done' && enrollment.channelsDone.length === 0 && kind !== 'snooze') {
              expect(repDayOf(due, settings) > repDayOf(last.at, settings)).toBe(true);
            }
            if (last) expect(due >= last.at).toBe(true);
          }
        },
      ),
    );
  });
});
