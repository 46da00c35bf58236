// Prints "N passed, N failed" from Vitest's JSON report; exits non-zero when nothing ran or anything failed.
import { existsSync, readFileSync } from 'node:fs';

const path = process.argv[2];
if (!path || !existsSync(path)) {
  console.log('0 passed, 1 failed');
  console.error(`No test report at ${path}: the test run did not finish.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(path, 'utf8'));
const passed = report.numPassedTests ?? 0;
const failed =
  (report.numFailedTests ?? 0) +
  (report.numRuntimeErrors ?? 0) +
  (report.success === false && report.numFailedTests === 0 ? 1 : 0);
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
