import { readFileSync } from 'node:fs';

/** The realistic backup in tests/fixtures, fresh each call so a test can change its copy. */
export function readSampleBackup(): Record<string, unknown> & { prospects: Record<string, unknown>[] } {
  return JSON.parse(readFileSync('tests/fixtures/backup/sample-backup.json', 'utf8'));
}
