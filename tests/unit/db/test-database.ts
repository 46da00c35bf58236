import type { Touch } from '@/lib/core/model';
import { FifthTouchDatabase } from '@/lib/db/database';
import { addTouches, touchTables } from '@/lib/db/touch-writes';

let opened = 0;

/** A fresh, uniquely named database per test, so tests never see each other's data. */
export function openTestDatabase(): FifthTouchDatabase {
  opened += 1;
  return new FifthTouchDatabase(() => new Date(), `fifth-touch-test-${process.pid}-${opened}`);
}

/** Stores touches the way the product does, so each prospect's digest follows. */
export function storeTouches(db: FifthTouchDatabase, touches: readonly Touch[]): Promise<unknown> {
  return db.transaction('rw', touchTables(db), () => addTouches(db, touches));
}
