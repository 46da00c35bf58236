import fc from 'fast-check';
import type { Enrollment } from '@/lib/core/model';
import { isWithinWorkingTime, markStepDone, refitEnrollment, startEnrollment } from '@/lib/core/schedule';
import { makeProspect } from '../../../factories';
import { cadenceArb, scenarioArb } from '../arbitraries';

describe('refitting to an edited cadence loses nothing (property)', () => {
  it('keeps start and history, lands on a real step or the end, and keeps the due step in working time', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        cadenceArb,
        fc.nat({ max: 12 }),
        fc.boolean(),
        ({ startedAt, cadence: oldCadence, settings, prospectZone }, newCadence, stepsDone, touchedOne) => {
          const prospect = makeProspect({ id: 'p', timeZone: prospectZone });
          let enrollment: Enrollment = startEnrollment({
            id: 'e',
            prospect,
            cadence: oldCadence,
            settings,
            now: startedAt,
          });
          for (let done = 0; done < Math.min(stepsDone, oldCadence.steps.length) && enrollment.nextDueAt; done += 1) {
            const now = enrollment.nextDueAt;
            enrollment = markStepDone({
              enrollment,
              cadence: oldCadence,
              prospect,
              settings,
              now,
              newId: () => 't',
            }).enrollment;
          }
          const current = oldCadence.steps[enrollment.stepIndex];
          if (current && touchedOne) enrollment = { ...enrollment, channelsDone: current.channels.slice(0, 1) };
          const now = enrollment.nextDueAt ?? startedAt;
          const refitted = refitEnrollment({ enrollment, oldCadence, newCadence, prospect, settings, now });

          expect(refitted.startedAt).toBe(enrollment.startedAt);
          expect(refitted.history.slice(0, enrollment.history.length)).toEqual(enrollment.history);
          expect(refitted.history.length - enrollment.history.length).toBeLessThanOrEqual(1);
          expect(refitted.stepIndex).toBeLessThanOrEqual(newCadence.steps.length);
          const step = newCadence.steps[refitted.stepIndex];
          if (!step) {
            expect(refitted.nextDueAt).toBeUndefined();
            return;
          }
          expect(refitted.channelsDone.every((channel) => step.channels.includes(channel))).toBe(true);
          expect(refitted.channelsDone.length).toBeLessThan(step.channels.length);
          expect(isWithinWorkingTime(refitted.nextDueAt!, settings)).toBe(true);
          // Nothing done is owed again: the new current step is not earlier than where the rep was.
          if (current) expect(step.day).toBeGreaterThanOrEqual(current.day);
        },
      ),
    );
  });
});
