import { FifthTouchDatabase } from '@/lib/db/database';

let opened = 0;

/** A fresh, uniquely named database per test, so tests never see each other's data. */
export function openTestDatabase(): FifthTouchDatabase {
  opened += 1;
  return new FifthTouchDatabase(`fifth-touch-test-${process.pid}-${opened}`);
}
