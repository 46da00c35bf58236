import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_DIRS = ['lib', 'entrypoints', 'components'];

function sourceFiles(): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .map((file) => join(dir, file)),
  );
}

/** Data never leaves the machine: storage.sync would copy it to the rep's Google account. */
describe('no synced storage', () => {
  it('finds source files to check', () => {
    expect(sourceFiles().length).toBeGreaterThan(50);
  });

  it('no source file under lib/, entrypoints/ or components/ uses storage.sync', () => {
    const offenders = sourceFiles().filter((file) =>
      /storage\s*\.\s*sync|storage\[\s*['"]sync/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
