import Dexie from 'dexie';
import type { ReportPeriods, WeeklyReportInput } from '../core/metrics';
import { Cadence, Enrollment, Prospect, Touch } from '../core/model';
import type { FifthTouchDatabase } from './database';
import { parseStored } from './stored-record-error';

type ReportRecords = Pick<WeeklyReportInput, 'prospects' | 'touches' | 'enrollments' | 'cadences'>;

/*
 * The report's reads are split into short read transactions. At 10k prospects it reads about
 * 100,000 records; in one transaction that held the tables for about 4 s, and a rep's "Done" or a
 * logged touch waited that long. Between two short reads a waiting write goes first.
 */

/** Prospects whose whole history one read takes; at 10k the report names ~6,200 (lost, leads, touched). */
export const HISTORY_BATCH = 250;
/** The span of touches one read takes: a week holds about 2,500 at 10k prospects. */
const TOUCH_SLICE_MS = 7 * 24 * 60 * 60 * 1000;

function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/** Touches from `from` to `to` (both included), a week per read. */
async function readTouchesBetween(db: FifthTouchDatabase, from: string, to: string): Promise<Touch[]> {
  const touches: Touch[] = [];
  const end = new Date(to).getTime();
  let start = new Date(from).getTime();
  for (;;) {
    const sliceEnd = Math.min(start + TOUCH_SLICE_MS, end);
    const isLast = sliceEnd === end;
    const slice = db.touches
      .where('at')
      .between(new Date(start).toISOString(), new Date(sliceEnd).toISOString(), true, isLast);
    touches.push(...(await slice.toArray()));
    if (isLast) return touches;
    start = sliceEnd;
  }
}

/** Whole histories of the named prospects, a batch per read. */
async function readHistories(db: FifthTouchDatabase, prospectIds: readonly string[]): Promise<Touch[]> {
  const histories: Touch[] = [];
  for (const batch of batchesOf(prospectIds, HISTORY_BATCH)) {
    const read = await db.transaction('r', db.touches, () =>
      Promise.all(
        batch.map((id) =>
          db.touches.where('[prospectId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
        ),
      ),
    );
    histories.push(...read.flat());
  }
  return histories;
}

/**
 * Reads what the weekly report needs through indexes: leads added from the start of last month to
 * the week's end (createdAt), touches in that span (at), won and lost prospects (status), the
 * enrollments of the leads, then the whole history of each lead, each lost prospect and each
 * prospect touched in the span. Prospects neither new nor closed are never read. A touch written
 * between two reads is in the report or not, as if the report had been asked a moment earlier or
 * later: a touch is kept once, by id.
 */
export async function readReportRecords(db: FifthTouchDatabase, periods: ReportPeriods): Promise<ReportRecords> {
  const from = new Date(Math.min(periods.lastMonth.start.getTime(), periods.week.start.getTime())).toISOString();
  const to = periods.cutoff.toISOString();
  const { leads, enrollments } = await db.transaction('r', [db.prospects, db.enrollments], async () => {
    const leads = await db.prospects.where('createdAt').between(from, to, true, true).toArray();
    const enrollments = await db.enrollments
      .where('prospectId')
      .anyOf(leads.map((lead) => lead.id))
      .toArray();
    return { leads, enrollments };
  });
  const cadences = await db.cadences.toArray();
  const won = await db.prospects.where('status').equals('won').toArray();
  const lost = await db.prospects.where('status').equals('lost').toArray();
  const closed = [...won, ...lost];
  const recentTouches = await readTouchesBetween(db, from, to);
  // Every lost prospect counts in the give-up curve. A won one counts only in the week it was won,
  // at its "won" touch or else its last touch: a touch in this span, which names it below.
  const namedIds = new Set([...leads, ...lost].map((prospect) => prospect.id));
  for (const touch of recentTouches) namedIds.add(touch.prospectId);
  const histories = await readHistories(db, [...namedIds]);
  const prospects = new Map([...leads, ...closed].map((record) => [record.id, record]));
  const touches = new Map([...recentTouches, ...histories].map((record) => [record.id, record]));
  return {
    prospects: [...prospects.values()].map((record) => parseStored(Prospect, 'prospects', record)),
    touches: [...touches.values()].map((record) => parseStored(Touch, 'touches', record)),
    enrollments: enrollments.map((record) => parseStored(Enrollment, 'enrollments', record)),
    cadences: cadences.map((record) => parseStored(Cadence, 'cadences', record)),
  };
}
