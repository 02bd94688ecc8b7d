import { describe, expect, it } from 'vitest';
import type { MachineInfo } from '../../../bench/lib/machine.ts';
import type { QueryRun, SearchSize } from '../../../bench/lib/results.ts';
import { renderSearch } from '../../../bench/lib/search-report.ts';

const MACHINE: MachineInfo = {
  cpus: 2,
  nproc: '2',
  model: 'Test CPU',
  memoryBytes: 2 ** 34,
  kernel: '6.0',
  node: 'v24.0.0',
  loadAverage: '0.10 0.10 0.10',
  commit: 'abc1234',
  dirty: false,
  date: '2026-12-01T12:00:00.000Z',
};

function query(q: string, mode: QueryRun['mode'], index: number, kib: number, ms: number): QueryRun {
  return {
    query: q,
    mode,
    index,
    bytes: kib * 1024 * 1.3,
    gzip: kib * 1024,
    afterLastBytes: 0,
    afterLastGzip: 0,
    files: 10,
    ms,
    results: 10,
    kinds: { 'index chunks': { bytes: 2048, gzip: 2048, files: 1 } },
    milestones: { pagefind: 0, fragmentStart: ms - 40, fragmentsEnd: ms - 5 },
  };
}

const SIZE: SearchSize = {
  count: 100000,
  seed: 1,
  command: 'node bench/search.ts --counts 100000',
  delay: 100,
  runs: 1,
  machine: MACHINE,
  built: 'built here in 600 s',
  shards: 12,
  queries: [
    query('inflasi', 'typed', 0, 250, 300),
    query('korupsi', 'typed', 0, 280, 420),
    query('inflasi', 'direct', 0, 270, 700),
    query('korupsi', 'direct', 0, 310, 800),
    query('inflasi', 'session', 0, 250, 300),
    query('korupsi', 'session', 1, 60, 90),
  ],
  atOpen: { bytes: 90_000, gzip: 20_000, htmlBytes: 60_000, htmlGzip: 9_000, pagefindBytes: 0 },
  ownJs: { files: ['/_astro/search.js'], bytes: 7_000, gzip: 3_000 },
  componentUi: { bytes: 180_000, gzip: 40_000 },
  checks: [
    { name: 'sort: newest first', url: '/cari/?q=korupsi&urut=terbaru', ok: true, detail: '50 results' },
    {
      name: 'filter: year 2020',
      url: '/cari/?q=korupsi&tahun=2020',
      ok: false,
      detail: 'result 3 of 50 breaks it',
    },
  ],
};

describe('renderSearch', () => {
  const text = renderSearch({ sizes: [SIZE] });
  const row = (target: RegExp) => text.split('\n').find((line) => target.test(line)) ?? '';

  it('judges issue 10 at each size: medians for bytes and time, the worst later query, the checks', () => {
    expect(row(/^\| Typed: ≤ 300 KiB/)).toMatch(
      /\| not yet run \| not yet run \| 265\.0 KiB \(worst 280\.0\): \*\*met\*\* \|$/,
    );
    expect(row(/^\| `\/cari\/\?q=` opened/)).toMatch(/290\.0 KiB \(worst 310\.0\): \*\*met\*\*/);
    expect(row(/^\| ≤ 500 ms/)).toMatch(/360 ms \(worst 420\): \*\*met\*\*/);
    expect(row(/^\| ≤ 50 KiB for each later query/)).toMatch(
      /worst 60\.0 KiB \(median 60\.0\): \*\*missed\*\*/,
    );
    expect(row(/^\| Filters and sorts/)).toMatch(/wrong: filter: year 2020: \*\*missed\*\*/);
  });

  it('gives the command for a size not yet run', () => {
    expect(text).toContain(
      '**1,000 articles: not yet run.** Command: `npm run bench:search -- --counts 1000 --runs 3`',
    );
  });
});
