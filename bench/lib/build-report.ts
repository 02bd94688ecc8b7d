/**
 * The "Build" section of BENCHMARKS.md, rendered from the build results (bench/results/build.json)
 * alone, so that it can be rendered again without measuring. Every size of the report's
 * columns appears; a size not measured yet says so, with the command that measures it. Pure.
 */
import { comparisons, linearity, targetTable } from './build-compare.ts';
import { largestPages, phases, rendering } from './build-detail.ts';
import {
  perArticle,
  perPage,
  SITE_NAMES,
  SITE_ORDER,
  type SiteSummary,
  type SizeView,
  type SizeViews,
  sizeOf,
  summariseSize,
  usable,
} from './build-summary.ts';
import { buildTargets, ISSUE_6_COUNTS } from './build-targets.ts';
import { code as machineCode, noisy, renderMachine, when } from './machine.ts';
import { code, count, gib, mib, ms, seconds, table } from './markdown.ts';
import type { BuildResults, StepRun } from './results.ts';
import { gibLimit } from './steps.ts';

/** The sizes the report always shows. */
export const REPORT_COUNTS = [1000, 10000, 100000];

/** The command that measures one size, for a size not yet run. */
export const buildCommand = (n: number) =>
  `npm run bench -- --counts ${n} --repeat ${n >= 100000 ? 1 : 3} --only build`;

/** How a failed step ended: "exit 134", "signal 9", "killed by the benchmark above 16 GiB". */
export function ending(step: StepRun): string {
  if (step.killedAboveBytes !== undefined)
    return `killed by the benchmark above ${gibLimit(step.killedAboveBytes)} GiB`;
  if (step.signal !== null) return `signal ${step.signal}`;
  return `exit ${step.exitCode}`;
}

function statusText(s: SiteSummary | undefined): string {
  if (!s) return 'not yet run';
  if (s.status === 'skipped') return `skipped: ${s.skipped}`;
  const failed = s.runs.filter((run) => !run.ok);
  if (failed.length === 0) return 'yes';
  const step = failed[0]!.steps.find((st) => !st.ok)!;
  return `${failed.length} of ${s.runs.length} runs **failed** (${step.name}, ${ending(step)})`;
}

function provenance(n: number, m: SizeView | undefined): string {
  if (!m) return `- **${count(n)} articles: not yet run.** Command: ${code(buildCommand(n))}`;
  const { size } = m;
  const runs = Object.values(m.sites).flatMap((s) => s?.runs ?? []);
  const warning = noisy(runs.map((run) => run.loadBefore));
  const noise = warning === '' ? '' : ` ${warning}`;
  return [
    `- **${count(n)} articles**: ${code(size.command)}, ${machineCode(size.machine)}, ${when(size.machine)}, ` +
      `${size.repeat} run(s) of each site.${noise}`,
    ...renderMachine(size.machine)
      .split('\n')
      .slice(0, 2)
      .map((line) => `  ${line}`),
  ].join('\n');
}

function timeTable(measured: SizeViews): string {
  const rows: (string | number)[][] = [];
  for (const [n, m] of measured) {
    if (!m) {
      rows.push([count(n), '—', 'not yet run', '', '', '', '', '', '', '', '']);
      continue;
    }
    for (const site of SITE_ORDER) {
      const s = m.sites[site];
      const good = usable(s);
      rows.push([
        count(n),
        SITE_NAMES[site],
        statusText(s),
        good ? seconds(s.wallMs) : '—',
        s && s.runs.length > 0 ? s.runs.map((run) => seconds(run.wallMs)).join(', ') : '—',
        good ? seconds(s.cpuMs) : '—',
        good ? ms(perArticle(s, n), 2) : '—',
        good ? ms(perArticle(s, n, 'cpuMs'), 2) : '—',
        good ? count(s.pages) : '—',
        good ? ms(perPage(s), 2) : '—',
        good ? ms(perPage(s, 'cpuMs'), 2) : '—',
      ]);
    }
  }
  return table(
    [
      'Articles',
      'Site',
      'Built',
      'Wall (s)',
      'Every run (s)',
      'CPU (s)',
      'Wall ms/article',
      'CPU ms/article',
      'HTML pages',
      'Wall ms/page',
      'CPU ms/page',
    ],
    rows,
  );
}

function memoryTable(measured: SizeViews): string {
  const rows: (string | number)[][] = [];
  for (const [n, m] of measured) {
    if (!m) continue;
    for (const site of SITE_ORDER) {
      const s = m.sites[site];
      if (!s || s.status === 'skipped') continue;
      const largest = s.typical?.steps
        .flatMap((step) => (step.largestProcess ? [step.largestProcess] : []))
        .reduce<{ command: string; peakBytes: number } | undefined>(
          (a, b) => (a && a.peakBytes >= b.peakBytes ? a : b),
          undefined,
        );
      const dist = s.typical?.dist;
      rows.push([
        count(n),
        SITE_NAMES[site],
        gib(s.peakTreeBytes),
        s.runs.map((run) => gib(run.peakTreeBytes)).join(', '),
        gib(s.peakProcessBytes),
        largest ? code(largest.command) : '—',
        dist ? mib(dist.bytes) : '—',
        dist ? count(dist.files) : '—',
        s.runs.map((run) => run.loadBefore.split(' ')[0]).join(', '),
      ]);
    }
  }
  return table(
    [
      'Articles',
      'Site',
      'Peak, tree (GiB)',
      'Every run (GiB)',
      'Peak, largest process (GiB)',
      'Largest process',
      'Output (MiB)',
      'Output files',
      'Load before each run',
    ],
    rows,
  );
}

function failures(measured: SizeViews): string {
  const rows: (string | number)[][] = [];
  for (const [n, m] of measured) {
    for (const site of SITE_ORDER) {
      for (const [i, run] of (m?.sites[site]?.runs ?? []).entries()) {
        for (const step of run.steps.filter((st) => !st.ok)) {
          rows.push([
            count(n),
            SITE_NAMES[site],
            i + 1,
            step.name,
            ending(step),
            seconds(step.wallMs),
            gib(step.peakTreeBytes),
            gib(step.peakProcessBytes),
            code(step.error ?? ''),
          ]);
        }
      }
    }
  }
  if (rows.length === 0) return '';
  return [
    '#### Builds that failed',
    '',
    'How each failed build ended, after how long, the memory it had reached (the tree and its',
    "largest process, when it died or was killed), and the line of its output that says why (its last lines are in the results' JSON).",
    '',
    table(
      [
        'Articles',
        'Site',
        'Run',
        'Step',
        'Ended',
        'After (s)',
        'Peak, tree (GiB)',
        'Largest process (GiB)',
        'Error',
      ],
      rows,
    ),
  ].join('\n');
}

const METHOD = [
  'Each size: the corpus (`node scripts/corpus.ts --count N --seed 1`), then three sites built',
  'over it, cold (fresh output and caches), one after another, the order rotating from run to run:',
  '',
  '- **Kliping**: what `npm run build` runs (`node scripts/build.ts`: `astro build` in its own process with the heap',
  '  it sets, then Pagefind over the article pages, one index per search shard, a process each),',
  '  from a copy of the sources, with `KLIPING_CONTENT` set to the corpus.',
  '- **The baseline**: the bare Astro + MDX site of `bench/baseline/` (a glob loader, a minimal',
  "  schema, one page per article rendered with `render()`, an index page) on Node's default heap,",
  '  `astro build`, then `pagefind --site dist`.',
  '- **Hugo + Pagefind**, the peer a user would pick instead: a minimal Hugo site written from the',
  '  corpus by `bench/lib/hugo-site.ts` (a config, one layout for articles, an index; each article a',
  '  `.md` with the same title and date and the body as is), `hugo`, then `pagefind --site public`',
  "  (Pagefind's CLI from node_modules). Debian's `hugo`; skipped, and said so, where it is not installed.",
  '',
  'Wall time and CPU time (user + system of the whole tree, from GNU time) cover every step.',
  'Memory, from `/proc` every 100 ms: the tree is the highest sum of the resident sets of all its',
  "processes (Node, esbuild, Pagefind's binary, Hugo) in one sample; the largest process is the",
  "highest `VmHWM` (the kernel's high-water mark) of any one, or GNU time's `%M` if higher. A build",
  'whose tree passes the limit set by `--kill-above-gib` (16 GiB by default) is killed and recorded as',
  'failed at that size with the memory it had reached; a build that fails on its own is recorded with',
  'its exit code and error. Each figure is the median over the runs that succeeded; phases, pages and',
  'page types are those of the run of median wall time. Pages: the HTML files written.',
].join('\n');

/** The "Build" section. `results.sizes` sorted by count. */
export function renderBuild(results: BuildResults, counts: readonly number[] = REPORT_COUNTS): string {
  const all = [...new Set([...counts, ...results.sizes.map((s) => s.count)])].sort((a, b) => a - b);
  const measured: SizeViews = new Map(
    all.map((n) => {
      const size = sizeOf(results.sizes, n);
      return [n, size ? { size, sites: summariseSize(size) } : undefined];
    }),
  );
  const targets = buildTargets(results.sizes, all);
  const detail = [...measured].flatMap(([n, m]) =>
    m ? [largestPages(n, m), phases(n, m), rendering(n, m)].filter((part) => part !== '') : [],
  );
  return [
    '## Build',
    '',
    'Command: `npm run bench` (`node bench/build.ts --counts 1000,10000`; `--counts 100000` for the',
    'largest size, `--repeat N` for N runs of each build). The figures are kept in',
    '`bench/results/build.json`; `npm run bench:report` renders this section again from them.',
    '',
    METHOD,
    '',
    ...[...measured].map(([n, m]) => provenance(n, m)),
    '',
    '#### Time',
    '',
    timeTable(measured),
    '',
    '#### Memory and output',
    '',
    memoryTable(measured),
    '',
    failures(measured),
    '',
    comparisons(measured),
    '',
    linearity(measured, all),
    '',
    targetTable(
      '#### Targets (issue 10: at 100,000 articles; against Hugo + Pagefind at 10,000 and 100,000)',
      targets.issue10,
      all,
    ),
    '',
    targetTable(
      '#### Targets of the earlier benchmark (issue 6: at 1,000 and 10,000)',
      targets.issue6,
      all.filter((n) => ISSUE_6_COUNTS.includes(n)),
    ),
    '',
    ...detail.flatMap((part) => [part, '']),
  ].join('\n');
}
