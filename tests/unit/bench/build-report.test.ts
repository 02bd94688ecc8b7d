/**
 * The build report renders from results alone: fixtures stand for measured runs.
 */
import { describe, expect, it } from 'vitest';
import { renderBuild } from '../../../bench/lib/build-report.ts';
import { summariseSite } from '../../../bench/lib/build-summary.ts';
import { buildTargets } from '../../../bench/lib/build-targets.ts';
import type { MachineInfo } from '../../../bench/lib/machine.ts';
import type { BuildRun, BuildSize, SiteId, StepRun } from '../../../bench/lib/results.ts';

const GiB = 2 ** 30;
const KiB = 1024;

const MACHINE: MachineInfo = {
  cpus: 2,
  nproc: '2',
  model: 'Test CPU',
  memoryBytes: 24 * GiB,
  kernel: '6.0',
  node: 'v24.0.0',
  loadAverage: '0.10 0.10 0.10',
  commit: 'abc1234',
  dirty: false,
  date: '2026-12-01T12:00:00.000Z',
};

function step(name: string, over: Partial<StepRun> = {}): StepRun {
  return {
    name,
    ok: true,
    exitCode: 0,
    signal: null,
    wallMs: 1000,
    cpuMs: 1000,
    peakTreeBytes: GiB,
    peakProcessBytes: GiB,
    ...over,
  };
}

/** A run of `pages` pages in `wallMs`; the largest page `largestKib` raw, a fifth of it gzipped. */
function run(
  site: SiteId,
  wallMs: number,
  pages: number,
  over: Partial<BuildRun> = {},
  largestKib = 40,
): BuildRun {
  const page = { path: '/topik/nato/', bytes: largestKib * KiB, gzip: (largestKib / 5) * KiB };
  return {
    site,
    ok: true,
    loadBefore: '0.20 0.10 0.10',
    steps: [step('build', { wallMs, cpuMs: wallMs })],
    wallMs,
    cpuMs: wallMs,
    peakTreeBytes: 2 * GiB,
    peakProcessBytes: GiB,
    phases: [{ name: 'rendering pages', ms: wallMs }],
    renderTimes: [],
    dist: {
      bytes: 10 * 2 ** 20,
      files: pages * 2,
      htmlPages: pages,
      limits: { raw: 150 * KiB, gzip: 30 * KiB },
      types: [
        {
          type: 'topic',
          pages,
          bytes: pages * KiB,
          largest: page,
          largestGzip: page,
          overRaw: largestKib > 150 ? 1 : 0,
          overGzip: 0,
        },
      ],
      others: [],
    },
    ...over,
  };
}

function size(count: number, sites: BuildSize['sites']): BuildSize {
  return {
    count,
    seed: 1,
    repeat: 1,
    command: `node bench/build.ts --counts ${count}`,
    killAboveBytes: 16 * GiB,
    machine: MACHINE,
    sites,
  };
}

const failedBaseline: BuildRun = {
  ...run('baseline', 300_000, 0),
  ok: false,
  steps: [
    step('astro build', {
      ok: false,
      exitCode: 134,
      wallMs: 300_000,
      peakTreeBytes: 4.5 * GiB,
      peakProcessBytes: 4.4 * GiB,
      error: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
    }),
  ],
  dist: undefined,
};

describe('summariseSite', () => {
  it('takes the median of the good runs, and the highest peak of any run', () => {
    const runs = [
      run('kliping', 10_000, 100),
      run('kliping', 30_000, 100),
      run('kliping', 20_000, 100, { peakTreeBytes: 3 * GiB }),
    ];
    const summary = summariseSite('kliping', { runs })!;
    expect(summary.status).toBe('built');
    expect(summary.wallMs).toBe(20_000);
    expect(summary.typical!.wallMs).toBe(20_000);
    expect(summary.worstPeakTreeBytes).toBe(3 * GiB);
  });

  it('sums up a site that never built over its failed runs, and says so', () => {
    expect(summariseSite('baseline', { runs: [failedBaseline] })!.status).toBe('failed');
    expect(summariseSite('hugo', { runs: [], skipped: 'Hugo is not installed' })!.status).toBe('skipped');
  });
});

describe('buildTargets', () => {
  const sizes = [
    size(10000, {
      kliping: { runs: [run('kliping', 50_000, 12_000)] },
      hugo: { runs: [run('hugo', 15_000, 10_000)] },
    }),
    size(100000, {
      kliping: { runs: [run('kliping', 560_000, 120_000, {}, 160)] },
      baseline: { runs: [failedBaseline] },
      hugo: { runs: [run('hugo', 170_000, 100_000)] },
    }),
  ];
  const { issue10 } = buildTargets(sizes, [1000, 10000, 100000]);
  const cell = (text: RegExp, n: number) => issue10.find((t) => text.test(t.text))!.cell(n);

  it('judges linearity from each size to the one before, wall and CPU', () => {
    // 50 s / 10,000 = 5 ms; 560 s / 100,000 = 5.6 ms: 1.12×.
    expect(cell(/wall time per article/, 100000)).toEqual({
      figure: '5.00 → 5.60 ms (1.12×)',
      verdict: 'met',
    });
    expect(cell(/wall time per article/, 10000)).toEqual({
      figure: '1,000 not yet run',
      verdict: 'not yet run',
    });
    expect(cell(/wall time per article/, 1000)).toBeUndefined();
  });

  it('judges the memory, the page limits and the ratio to Hugo + Pagefind per page', () => {
    expect(cell(/completes/, 100000)).toEqual({ figure: '1 of 1 runs', verdict: 'met' });
    expect(cell(/≤ 12 GiB/, 100000)!.verdict).toBe('met');
    expect(cell(/150 KiB raw/, 100000)).toEqual({
      figure: '1 pages over; largest 160.0 KiB, `/topik/nato/`',
      verdict: 'missed',
    });
    expect(cell(/30 KiB gzipped/, 100000)!.verdict).toBe('missed');
    // 560 s / 120,000 pages against 170 s / 100,000 pages: 2.75×.
    expect(cell(/Hugo/, 100000)).toEqual({ figure: '2.75× (4.67 vs 1.70 ms per page)', verdict: 'missed' });
    expect(cell(/Hugo/, 1000)).toEqual({ figure: '', verdict: 'not yet run' });
  });
});

describe('renderBuild', () => {
  const results = {
    sizes: [
      size(1000, {
        kliping: { runs: [run('kliping', 10_000, 2_700)] },
        baseline: { runs: [failedBaseline] },
        hugo: { runs: [], skipped: 'Hugo is not installed on this machine' },
      }),
    ],
  };
  const text = renderBuild(results);

  it('shows every size, and the command for those not yet run', () => {
    expect(text).toContain(
      '**10,000 articles: not yet run.** Command: `npm run bench -- --counts 10000 --repeat 3 --only build`',
    );
    expect(text).toContain(
      '**100,000 articles: not yet run.** Command: `npm run bench -- --counts 100000 --repeat 1 --only build`',
    );
  });

  it('says how a build failed: the step, the exit code, the memory it had reached, the error', () => {
    expect(text).toMatch(
      /\| 1,000 \| baseline \(Astro \+ MDX \+ Pagefind\) \| 1 \| astro build \| exit 134 \| 300\.0 \| 4\.50 \| 4\.40 \| `FATAL ERROR: Reached heap limit/,
    );
    expect(text).toContain('skipped: Hugo is not installed on this machine');
  });

  it('compares with a peer that could not build only by saying so', () => {
    expect(text).toMatch(
      /\| 1,000 \| failed \| failed \| failed \| skipped \(Hugo is not installed on this machine\)/,
    );
  });
});
