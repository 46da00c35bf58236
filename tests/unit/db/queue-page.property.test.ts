import fc from 'fast-check';
import { DEFAULT_CADENCE, type Enrollment, type Prospect, type Task } from '@/lib/core/model';
import { buildQueue } from '@/lib/core/queue/build-queue';
import { QUEUE_SECTIONS } from '@/lib/core/queue/queue-sections';
import { readQueueInput, readQueuePage } from '@/lib/db/queue-source';
import { settleFollowUps } from '@/lib/db/settle-follow-ups';
import { makeEnrollment, makeProspect, makeSettings, makeTask } from '../../factories';
import { instantArb, REP_ZONES } from '../core/arbitraries';
import { openTestDatabase } from './test-database';

const HOUR = 3_600_000;

/** Few distinct due times, so ties (broken by id) are common; the range spans every section. */
const hoursArb = fc.constantFrom(-200, -30, -1, 0, 0, 1, 2, 5, 11, 26, 80, 170, 200);

const personArb = fc.record({
  // Mixed case: ties are broken in IndexedDB's code-unit order, where "Z" sorts before "a".
  id: fc.stringMatching(/^[A-Za-z0-9]{1,5}$/),
  inbound: fc.boolean(),
  status: fc.constantFrom<Prospect['status']>('active', 'active', 'active', 'paused', 'nurture', 'won', 'lost'),
  enrolled: fc.boolean(),
  stepIndex: fc.constantFrom(0, 0, 0, 1, 4, DEFAULT_CADENCE.steps.length),
  touched: fc.boolean(),
  pause: fc.constantFrom('none', 'none', 'withEnd', 'withoutEnd'),
  stepHours: hoursArb,
  tasks: fc.array(fc.record({ hours: hoursArb, open: fc.boolean() }), { maxLength: 2 }),
});

const limitArb = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(Number.POSITIVE_INFINITY));

type Person = typeof personArb extends fc.Arbitrary<infer T> ? T : never;

function recordsOf(people: Person[], now: string) {
  const at = (hours: number) => new Date(new Date(now).getTime() + hours * HOUR).toISOString();
  const prospects: Prospect[] = [];
  const enrollments: Enrollment[] = [];
  const tasks: Task[] = [];
  for (const person of people) {
    prospects.push(
      makeProspect({ id: person.id, name: `Person ${person.id}`, inbound: person.inbound, status: person.status }),
    );
    if (person.enrolled) {
      enrollments.push(
        makeEnrollment({
          id: `e${person.id}`,
          prospectId: person.id,
          stepIndex: person.stepIndex,
          nextDueAt: at(person.stepHours),
          channelsDone: person.touched ? ['email'] : [],
          ...(person.pause === 'none' ? {} : { pausedAt: at(-300) }),
          ...(person.pause === 'withEnd' ? { pausedUntil: at(person.stepHours - 1) } : {}),
        }),
      );
    }
    person.tasks.forEach((task, index) =>
      tasks.push(
        makeTask({
          id: `t${index}${person.id}`,
          prospectId: person.id,
          dueAt: at(task.hours),
          ...(task.open ? {} : { status: 'done', doneAt: at(task.hours) }),
        }),
      ),
    );
  }
  return { prospects, enrollments, tasks };
}

describe('a page of the queue read through indexes (property)', () => {
  it('is the whole queue cut to each section’s limit, with the whole queue’s counts', async () => {
    await fc.assert(
      fc.asyncProperty(
        instantArb,
        fc.constantFrom(...REP_ZONES),
        fc.uniqueArray(personArb, { maxLength: 24, selector: (person) => person.id }),
        fc.record({ overdue: limitArb, dueNow: limitArb, laterToday: limitArb, next7Days: limitArb }),
        async (now, timeZone, people, limits) => {
          const db = openTestDatabase();
          const { prospects, enrollments, tasks } = recordsOf(people, now);
          await db.settings.put(makeSettings({ timeZone }));
          await db.cadences.put(DEFAULT_CADENCE);
          await db.prospects.bulkPut(prospects);
          await db.enrollments.bulkPut(enrollments);
          await db.tasks.bulkPut(tasks);
          // What the upgrade, every restore and every writer keep true.
          await settleFollowUps(db, new Date(now));

          const whole = buildQueue(await readQueueInput(db, new Date(now), timeZone));
          const { queue: page } = await readQueuePage(db, new Date(now), timeZone, limits);
          expect(page.counts).toEqual(whole.counts);
          for (const section of QUEUE_SECTIONS) {
            expect(page[section]).toEqual(whole[section].slice(0, limits[section]));
          }
          db.close();
          await db.delete();
        },
      ),
      { numRuns: 60 },
    );
  });
});
