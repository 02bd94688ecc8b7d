import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KLIPING_COPIED, KLIPING_SOURCES } from '../../../bench/lib/workspace.ts';
import { ROOT } from '../../support/paths.ts';

/** Every project file a script imports, followed through relative imports. */
function importedFiles(start: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      visit(resolve(dirname(file), match[1]!));
    }
  };
  visit(join(ROOT, start));
  return [...seen].map((file) => relative(ROOT, file));
}

describe("the benchmark's copy of Kliping", () => {
  const within = (paths: readonly string[]) => (file: string) =>
    paths.some((path) => file === path || file.startsWith(`${path}/`));

  it('holds every file scripts/build.ts imports (a file left out failed every Kliping run)', () => {
    const files = importedFiles('scripts/build.ts');
    expect(files.length).toBeGreaterThan(3);
    expect(files.filter((file) => !within(KLIPING_COPIED)(file))).toEqual([]);
  });

  it('is hashed over what it copies of the sources, so a change to any of them is a new build', () => {
    const hashed = within(KLIPING_SOURCES);
    expect(
      KLIPING_COPIED.filter((path) => !hashed(path) && !['tsconfig.json', 'package.json'].includes(path)),
    ).toEqual([]);
  });
});
