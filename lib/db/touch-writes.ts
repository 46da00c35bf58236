import Dexie from 'dexie';
import { Touch } from '../core/model';
import { digestTouches } from '../core/queue/touch-digest';
import type { FifthTouchDatabase } from './database';
import { parseStored } from './stored-record-error';

/*
 * The only place touches are written (a test checks it), so each prospect's digest always matches
 * its touches. Callers run these inside a read-write transaction that includes touchTables(db).
 *
 * These chain Dexie promises rather than being async functions: Dexie follows a transaction across
 * native awaits for only a few microtasks, and one more level of async nesting in every touch write
 * was enough to lose it (later writes then ran outside the transaction: PrematureCommitError).
 */

export function touchTables(db: FifthTouchDatabase) {
  return [db.touches, db.touchDigests];
}

/** Recomputes the digests of these prospects from their stored touches. */
export function refreshTouchDigests(db: FifthTouchDatabase, prospectIds: Iterable<string>): Promise<unknown> {
  return Dexie.Promise.all(
    [...new Set(prospectIds)].map((prospectId) =>
      db.touches
        .where('[prospectId+at]')
        .between([prospectId, Dexie.minKey], [prospectId, Dexie.maxKey])
        .toArray()
        .then((stored): Promise<unknown> =>
          stored.length === 0
            ? db.touchDigests.delete(prospectId)
            : db.touchDigests.put(
                digestTouches(
                  prospectId,
                  stored.map((record) => parseStored(Touch, 'touches', record)),
                ),
              ),
        ),
    ),
  );
}

/** Adds new touches; an id already stored fails the transaction (ids make retries safe). */
export function addTouches(db: FifthTouchDatabase, touches: readonly Touch[]): Promise<unknown> {
  return db.touches.bulkAdd([...touches]).then(() =>
    refreshTouchDigests(
      db,
      touches.map((touch) => touch.prospectId),
    ),
  );
}

/** Replaces touches by id; a touch that moved to another prospect refreshes both digests. */
export function putTouches(db: FifthTouchDatabase, touches: readonly Touch[]): Promise<unknown> {
  return db.touches
    .bulkGet(touches.map((touch) => touch.id))
    .then((before) =>
      db.touches
        .bulkPut([...touches])
        .then(() =>
          refreshTouchDigests(db, [
            ...before.flatMap((touch) => (touch ? [touch.prospectId] : [])),
            ...touches.map((touch) => touch.prospectId),
          ]),
        ),
    );
}
