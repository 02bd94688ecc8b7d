import { describe, expect, it } from 'vitest';
import { replaceSection } from '../../../bench/lib/benchmarks-file.ts';
import { mergeSizes } from '../../../bench/lib/results.ts';

describe('replaceSection', () => {
  const text =
    '# B\n\nby hand\n\n<!-- bench:build:start -->\n\nold\n\n<!-- bench:build:end -->\n\nalso by hand\n';

  it('replaces only what is between the markers', () => {
    expect(replaceSection(text, 'build', 'new')).toBe(
      '# B\n\nby hand\n\n<!-- bench:build:start -->\n\nnew\n\n<!-- bench:build:end -->\n\nalso by hand\n',
    );
  });

  it('appends a section the file does not have yet', () => {
    expect(replaceSection(text, 'search', 'S')).toMatch(
      /also by hand\n\n<!-- bench:search:start -->\n\nS\n\n<!-- bench:search:end -->\n$/,
    );
  });
});

describe('mergeSizes', () => {
  it('replaces the sizes measured again and keeps the others, by count', () => {
    const old = [
      { count: 1000, run: 'old' },
      { count: 10000, run: 'old' },
    ];
    expect(
      mergeSizes(old, [
        { count: 100000, run: 'new' },
        { count: 1000, run: 'new' },
      ]),
    ).toEqual([
      { count: 1000, run: 'new' },
      { count: 10000, run: 'old' },
      { count: 100000, run: 'new' },
    ]);
  });
});
