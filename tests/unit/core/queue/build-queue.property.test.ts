import fc from 'fast-check';
import { DEFAULT_CADENCE, TASK_KINDS } from '@/lib/core/model';
import { buildQueue, endOfRepDay, queueHorizon, type QueueItem } from '@/lib/core/queue';
import { makeEnrollment, makeProspect, makeSettings, makeTask } from '../../../factories';
import { instantArb, REP_ZONES } from '../arbitraries';

const HOUR = 3_600_000;

describe('buildQueue (property)', () => {
  it('puts every due item in exactly one bucket, in order, and counts them', () => {
    const itemArb = fc.record({
      hoursFromNow: fc.integer({ min: -24 * 10, max: 24 * 9 }),
      isTask: fc.boolean(),
      inbound: fc.boolean(),
      taskKind: fc.constantFrom(...TASK_KINDS),
    });
    fc.assert(
      fc.property(
        instantArb,
        fc.constantFrom(...REP_ZONES),
        fc.array(itemArb, { maxLength: 30 }),
        (now, timeZone, drawn) => {
          const settings = makeSettings({ timeZone });
          const horizon = queueHorizon(now, settings);
          const prospects = drawn.map((item, index) =>
            makeProspect({ id: `p${index}`, name: `P${index}`, inbound: item.inbound }),
          );
          const dueAt = (hours: number) => new Date(new Date(now).getTime() + hours * HOUR).toISOString();
          const wanted = drawn.filter((item) => dueAt(item.hoursFromNow) <= horizon).length;
          const queue = buildQueue({
            now,
            settings,
            cadences: [DEFAULT_CADENCE],
            prospects,
            touchDigests: [],
            enrollments: drawn.flatMap((item, index) =>
              item.isTask
                ? []
                : [makeEnrollment({ id: `e${index}`, prospectId: `p${index}`, nextDueAt: dueAt(item.hoursFromNow) })],
            ),
            tasks: drawn.flatMap((item, index) =>
              item.isTask
                ? [
                    makeTask({
                      id: `t${index}`,
                      prospectId: `p${index}`,
                      kind: item.taskKind,
                      dueAt: dueAt(item.hoursFromNow),
                    }),
                  ]
                : [],
            ),
          });
          const buckets = [queue.overdue, queue.dueNow, queue.laterToday, queue.next7Days];
          const keys = buckets.flat().map((item) => item.key);
          expect(new Set(keys).size).toBe(keys.length);
          expect(keys).toHaveLength(wanted);

          const endOfToday = endOfRepDay(now, settings);
          const isToday = (item: QueueItem) => item.dueAt <= endOfToday;
          expect(queue.next7Days.every((item) => !isToday(item))).toBe(true);
          expect(queue.laterToday.every((item) => isToday(item) && item.dueAt > now)).toBe(true);
          expect(queue.overdue.every((item) => item.dueAt < now)).toBe(true);
          expect(queue.dueNow.every((item) => isToday(item) && (item.dueAt <= now || item.speedToLead))).toBe(true);
          for (const bucket of buckets) {
            bucket.slice(1).forEach((item, index) => {
              const before = bucket[index]!;
              expect(Number(before.speedToLead) >= Number(item.speedToLead)).toBe(true);
              if (before.speedToLead === item.speedToLead) expect(before.dueAt <= item.dueAt).toBe(true);
            });
          }
          expect(queue.counts).toEqual({
            dueToday: queue.overdue.length + queue.dueNow.length + queue.laterToday.length,
            overdue: queue.overdue.length,
            dueNow: queue.dueNow.length,
            laterToday: queue.laterToday.length,
            next7Days: queue.next7Days.length,
          });
        },
      ),
    );
  });
});
