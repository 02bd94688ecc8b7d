/**
 * `npm run bench`: how Kliping's build scales, what its pages weigh, and what Lighthouse
 * says of them (issue 6). Writes its figures into BENCHMARKS.md.
 *
 * 1. Build: the synthetic corpus (scripts/corpus.ts) at 1,000 and 10,000 articles, built by
 *    Kliping (`astro build`, Pagefind included) and by the bare baseline of bench/baseline/
 *    (`astro build --root bench/baseline`, then `pagefind --site`), each measured for wall
 *    time, peak memory and dist/ size, with where the time goes.
 * 2. Page weight: Kliping over its own two articles, every page type in real Chromium.
 * 3. Lighthouse (mobile): home, an article, the timeline, and a search.
 *
 *   node_modules/.bin/node bench/build.ts [--counts 1000,10000] [--seed 1] [--work DIR]
 *                                         [--only build,weight,lighthouse]
 *
 * The 10,000-article builds take minutes each. The work folder (default: the system's temp
 * folder, kliping-bench/) keeps the sites; `npm run bench:search` reuses the 10,000-article one.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CATEGORIES, type LighthouseResult, runLighthouse } from './lib/lighthouse.ts';
import {
  count,
  gib,
  kib,
  machine,
  median,
  mib,
  seconds,
  table,
  verdict,
  writeSection,
} from './lib/report.ts';
import {
  type BuildFigures,
  buildBaseline,
  buildKliping,
  DEFAULT_WORK,
  makeCorpus,
  snapshotKliping,
} from './lib/sites.ts';
import { type PageWeight, pagesByType, SEARCHING_QUERY, weighPages } from './lib/weight.ts';

const { values } = parseArgs({
  options: {
    counts: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '1' },
    work: { type: 'string', default: DEFAULT_WORK },
    only: { type: 'string', default: 'build,weight,lighthouse' },
    repeat: { type: 'string', default: '1' },
  },
});
const counts = values.counts.split(',').map(Number);
const seed = Number(values.seed);
const work = values.work;
const only = new Set(values.only.split(','));
const repeat = Number(values.repeat);
/** Kliping's sources as they are when the run starts (see snapshotKliping). */
const snapshot = snapshotKliping(work);
/** The machine and the commit, as the run starts. */
const machineNow = machine();

/** Targets of issue 6. */
const TARGET_RATIO = 1.5;
/** "Linear": the per-article time at the largest size at most this many times the smallest's. */
const LINEAR_TOLERANCE = 1.2;
const ARTICLE_BUDGET = 14 * 1024;

// ---------------------------------------------------------------------------------------------
// 1. Build

/**
 * The runs of one build summed up: each figure is the median over the runs (wall time, CPU
 * time and both peaks separately: a V8 heap's peak varies from run to run); the phases and
 * page types are those of the run of median wall time.
 */
function summarise(runs: readonly BuildFigures[]): BuildFigures {
  const middle = runs.toSorted((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)]!;
  const of = (figure: (f: BuildFigures) => number) => median(runs.map(figure));
  return {
    ...middle,
    wallMs: of((f) => f.wallMs),
    cpuMs: of((f) => f.cpuMs),
    peakTreeBytes: of((f) => f.peakTreeBytes),
    peakProcessBytes: of((f) => f.peakProcessBytes),
  };
}

async function buildBenchmark(): Promise<string> {
  const results: {
    kliping: BuildFigures;
    baseline: BuildFigures;
    runs: Record<BuildFigures['site'], BuildFigures[]>;
  }[] = [];
  for (const n of counts) {
    const corpus = makeCorpus(work, n, seed);
    const runs = { kliping: [] as BuildFigures[], baseline: [] as BuildFigures[] };
    const baseline = (r: number) =>
      buildBaseline({
        dir: join(work, `baseline-${n}`),
        content: corpus,
        count: n,
        seed,
        label: `baseline, ${count(n)} articles, run ${r + 1}/${repeat}`,
      });
    const kliping = (r: number) =>
      buildKliping({
        snapshot,
        dir: join(work, `kliping-${n}`),
        content: corpus,
        count: n,
        seed,
        label: `Kliping, ${count(n)} articles, run ${r + 1}/${repeat}`,
      });
    // Alternating the order evens out a machine that gets busier or quieter during the run.
    for (let r = 0; r < repeat; r++) {
      if (r % 2 === 0) {
        runs.baseline.push(await baseline(r));
        runs.kliping.push(await kliping(r));
      } else {
        runs.kliping.push(await kliping(r));
        runs.baseline.push(await baseline(r));
      }
    }
    results.push({ kliping: summarise(runs.kliping), baseline: summarise(runs.baseline), runs });
  }

  const perArticle = (f: BuildFigures) => f.wallMs / f.count;
  const rows = results.flatMap(({ kliping, baseline, runs }) =>
    [kliping, baseline].map((f) => [
      f.site === 'kliping' ? 'Kliping' : 'baseline',
      count(f.count),
      seconds(f.wallMs),
      runs[f.site].map((r) => seconds(r.wallMs)).join(', '),
      seconds(f.cpuMs),
      perArticle(f).toFixed(2),
      gib(f.peakTreeBytes),
      runs[f.site].map((r) => gib(r.peakTreeBytes)).join(', '),
      gib(f.peakProcessBytes),
      mib(f.distBytes),
      count(f.distFiles),
      count(f.htmlPages),
      runs[f.site].map((r) => r.loadBefore.split(' ')[0]).join(', '),
    ]),
  );
  const ratios = results.map(({ kliping, baseline }) => [
    count(kliping.count),
    (perArticle(kliping) / perArticle(baseline)).toFixed(2),
    (kliping.cpuMs / baseline.cpuMs).toFixed(2),
    (kliping.peakTreeBytes / baseline.peakTreeBytes).toFixed(2),
    (kliping.peakProcessBytes / baseline.peakProcessBytes).toFixed(2),
    (kliping.distBytes / baseline.distBytes).toFixed(2),
  ]);

  const first = results[0]!;
  const last = results.at(-1)!;
  const growth = (site: 'kliping' | 'baseline') => perArticle(last[site]) / perArticle(first[site]);
  const marginal = (site: 'kliping' | 'baseline') =>
    (last[site].wallMs - first[site].wallMs) / (last[site].count - first[site].count);
  const linearity = (['kliping', 'baseline'] as const).map((site) => [
    site === 'kliping' ? 'Kliping' : 'baseline',
    perArticle(first[site]).toFixed(2),
    perArticle(last[site]).toFixed(2),
    growth(site).toFixed(2),
    (last[site].wallMs / first[site].wallMs).toFixed(1),
    marginal(site).toFixed(2),
  ]);

  const targets = results.flatMap(({ kliping, baseline }) => {
    const ratio = perArticle(kliping) / perArticle(baseline);
    return [
      [
        `≤ ${TARGET_RATIO}× the baseline per article (${count(kliping.count)})`,
        `${ratio.toFixed(2)}×`,
        verdict(ratio <= TARGET_RATIO),
      ],
      [
        `peak memory ≤ the baseline's (${count(kliping.count)}, whole tree)`,
        `${gib(kliping.peakTreeBytes)} vs ${gib(baseline.peakTreeBytes)} GiB`,
        verdict(kliping.peakTreeBytes <= baseline.peakTreeBytes),
      ],
    ];
  });
  if (results.length > 1) {
    targets.push([
      `linear from ${count(first.kliping.count)} to ${count(last.kliping.count)} (per-article time grows ≤ ${LINEAR_TOLERANCE}×)`,
      `${growth('kliping').toFixed(2)}×`,
      verdict(growth('kliping') <= LINEAR_TOLERANCE),
    ]);
  }

  const phaseTables = results.map(({ kliping, baseline }) => {
    const names = [...new Set([...kliping.phases, ...baseline.phases].map((p) => p.name))];
    const find = (f: BuildFigures, name: string) => f.phases.find((p) => p.name === name)?.ms;
    return [
      `#### Phases, ${count(kliping.count)} articles (seconds, from the times of the build's log lines)`,
      '',
      table(
        ['Phase', 'Kliping', 'baseline'],
        names.map((name) => {
          const k = find(kliping, name);
          const b = find(baseline, name);
          return [name, k === undefined ? '—' : seconds(k), b === undefined ? '—' : seconds(b)];
        }),
      ),
    ].join('\n');
  });

  const pageTables = results.map(({ kliping, baseline }) =>
    [
      `#### Rendering by page type, ${count(kliping.count)} articles (Astro's per-page times, summed)`,
      '',
      table(
        ['Site', 'Page type', 'Pages', 'Render (s)', 'ms/page', 'Output (MiB)'],
        [kliping, baseline].flatMap((f) =>
          f.pageTypes.map((t) => [
            f.site === 'kliping' ? 'Kliping' : 'baseline',
            t.type,
            count(t.pages),
            seconds(t.ms, 2),
            (t.ms / t.pages).toFixed(2),
            mib(t.htmlBytes, 2),
          ]),
        ),
      ),
    ].join('\n'),
  );

  // The baseline's only listing page is its home page; Kliping has many, some growing with the archive.
  const largest = [
    `#### Largest pages, Kliping, ${count(last.kliping.count)} articles (the baseline's largest: its home page, ${mib(last.baseline.largest[0]?.bytes ?? 0, 2)} MiB)`,
    '',
    table(
      ['Page', 'MiB', 'gzip MiB'],
      last.kliping.largest.map((p) => [`\`${p.path}\``, mib(p.bytes, 2), mib(p.gzip, 2)]),
    ),
  ].join('\n');

  return [
    '## Build',
    '',
    `Command: \`npm run bench\` (\`node bench/build.ts --counts ${counts.join(',')} --seed ${seed} --repeat ${repeat}\`).`,
    `The corpus: \`node scripts/corpus.ts --count N --seed ${seed}\`. Kliping: \`astro build\` with`,
    '`KLIPING_CONTENT` set to the corpus (Pagefind runs inside the build). The baseline: the bare',
    'Astro + MDX site of `bench/baseline/` (a glob loader, a minimal schema, one page per article',
    'rendered with `render()`, an index page), `astro build --root bench/baseline` then',
    '`pagefind --site dist`; its time and memory cover both. Every build is cold (fresh cache and',
    'dist). Peak memory, tree: the highest sum of the resident set sizes of the whole process tree',
    "(Node, esbuild, Pagefind's binary), sampled from /proc every 100 ms; largest process: GNU time's",
    '%M (the highest RSS any one process reached). CPU: user + system time of the tree (GNU time).',
    `Each build ran ${repeat} time(s), alternating which site goes first; each figure is the median`,
    'over the runs; the phases and page types are those of the run of median wall time. The load',
    'average (1 min) before each run shows what else the machine was doing: wall time on a busy',
    'machine is longer, CPU time much less so.',
    '',
    machineNow,
    '',
    table(
      [
        'Site',
        'Articles',
        'Wall (s)',
        'Every run (s)',
        'CPU (s)',
        'ms/article',
        'Peak, tree (GiB)',
        'Every run (GiB)',
        'Peak, largest process (GiB)',
        'dist (MiB)',
        'dist files',
        'HTML pages',
        'Load before each run',
      ],
      rows,
    ),
    '',
    '#### Kliping ÷ baseline',
    '',
    table(
      ['Articles', 'Wall time per article', 'CPU time', 'Peak, tree', 'Peak, largest process', 'dist size'],
      ratios,
    ),
    '',
    '#### Linearity',
    '',
    table(
      [
        'Site',
        `ms/article at ${count(first.kliping.count)}`,
        `ms/article at ${count(last.kliping.count)}`,
        'Growth',
        'Time ratio',
        'Marginal ms/article',
      ],
      linearity,
    ),
    '',
    '#### Targets (issue 6)',
    '',
    table(['Target', 'Figure', 'Verdict'], targets),
    '',
    ...phaseTables.flatMap((t) => [t, '']),
    ...pageTables.flatMap((t) => [t, '']),
    largest,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// 2. Page weight and 3. Lighthouse, over the two-article site

async function twoArticleSite(): Promise<string> {
  const dir = join(work, 'site-2');
  await buildKliping({ snapshot, dir, count: 2, seed, label: 'Kliping, its own two articles' });
  return join(dir, 'dist');
}

function weightSection(weights: PageWeight[]): string {
  const rows = weights.map((w) => [
    w.type,
    `\`${w.path}\``,
    kib(w.htmlGzip),
    `${kib(w.cssGzip)} (${w.cssFiles})`,
    kib(w.htmlGzip + w.cssGzip),
    w.jsFiles === 0 && w.inlineJsBytes === 0
      ? '0'
      : `${kib(w.jsGzip)} gz, ${kib(w.jsBytes)} raw (${w.jsFiles})`,
    w.otherFiles === 0 ? '—' : `${kib(w.otherBytes)} (${w.otherFiles})`,
  ]);
  const reading = weights.filter((w) => !w.type.startsWith('search'));
  const withJs = reading.filter((w) => w.jsFiles > 0 || w.inlineJsBytes > 0);
  const article = weights.find((w) => w.type === 'article');
  const articleBytes = article ? article.htmlGzip + article.cssGzip : NaN;
  const searching = weights.find((w) => w.type === 'search, searching');
  return [
    '## Page weight',
    '',
    'Command: `npm run bench` (the two-article site: Kliping over its own `content/`, built like',
    '`npm run build`). For each page type, the page of that type with the largest HTML; gzip at',
    "zlib's default level 6; CSS: the stylesheets the page links (their number in brackets); JS:",
    'the scripts real Chromium loaded (files in brackets) plus inline scripts; Other: what else it',
    `fetched (Pagefind's WebAssembly and index, raw). "search, searching" is \`/cari/?q=${SEARCHING_QUERY}\``,
    'once the first results have rendered.',
    '',
    machineNow,
    '',
    table(
      ['Page type', 'Page', 'HTML gz (KiB)', 'CSS gz (KiB)', 'HTML + CSS gz (KiB)', 'JS', 'Other (KiB)'],
      rows,
    ),
    '',
    table(
      ['Target (issue 6)', 'Figure', 'Verdict'],
      [
        [
          '0 JS on reading pages',
          withJs.length === 0 ? 'none on any of them' : `JS on ${withJs.map((w) => w.type).join(', ')}`,
          verdict(withJs.length === 0),
        ],
        [
          'article page ≤ 14 KiB gzip (HTML + CSS)',
          `${kib(articleBytes)} KiB (${count(articleBytes)} bytes)`,
          verdict(articleBytes <= ARTICLE_BUDGET),
        ],
      ],
    ),
    '',
    searching
      ? `Searching loads: ${searching.loaded
          .filter((l) => !l.startsWith('document') && !l.startsWith('stylesheet'))
          .map((l) => `\`${l.split(' ')[1]}\``)
          .join(', ')}.`
      : '',
  ].join('\n');
}

function lighthouseSection(results: LighthouseResult[]): string {
  const rows = results.map((r) => [
    r.name,
    `\`${r.path}\``,
    ...CATEGORIES.map((c) => r.scores[c]),
    seconds(r.metrics.fcpMs, 2),
    seconds(r.metrics.lcpMs, 2),
    Math.round(r.metrics.tbtMs),
    r.metrics.cls.toFixed(3),
  ]);
  const below = results.filter((r) => CATEGORIES.some((c) => r.scores[c] < 100));
  const failing = results.flatMap((r) =>
    r.failing.map((f) => [r.name, f.category, `\`${f.id}\` ${f.title}`, f.score.toFixed(2), f.display]),
  );
  const shifts = results.flatMap((r) =>
    r.shifts.map((shift) => [r.name, `\`${shift.element}\``, shift.score.toFixed(3)]),
  );
  return [
    '## Lighthouse',
    '',
    `Command: \`npm run bench\`. Lighthouse ${results[0]?.lighthouseVersion ?? ''} with its default`,
    'settings (mobile: a Moto G Power-sized screen, simulated slow 4G and 4× CPU slowdown) driving',
    "the tests' Chromium, over the two-article site served by `tests/support/server.ts` on",
    '127.0.0.1 (no compression, no cache headers).',
    '',
    machineNow,
    '',
    table(
      [
        'Page',
        'URL',
        'Performance',
        'Accessibility',
        'Best practices',
        'SEO',
        'FCP (s)',
        'LCP (s)',
        'TBT (ms)',
        'CLS',
      ],
      rows,
    ),
    '',
    table(
      ['Target (issue 6)', 'Figure', 'Verdict'],
      [
        [
          '100 in each category on each page',
          below.length === 0 ? 'all 100' : `below 100 on ${below.map((r) => r.name).join(', ')}`,
          verdict(below.length === 0),
        ],
      ],
    ),
    '',
    failing.length === 0
      ? 'No scored audit below a full score.'
      : [
          'Scored audits below a full score (a category can still round to 100 with these):',
          '',
          table(['Page', 'Category', 'Audit', 'Score', 'Value'], failing),
        ].join('\n'),
    '',
    shifts.length === 0
      ? ''
      : [
          "The elements that moved (Lighthouse's `layout-shifts` audit):",
          '',
          table(['Page', 'Element', 'Layout shift score'], shifts),
        ].join('\n'),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  console.log(`work folder: ${work}`);
  if (only.has('build')) await writeSection('build', await buildBenchmark());
  if (only.has('weight') || only.has('lighthouse')) {
    const dist = await twoArticleSite();
    if (only.has('weight')) await writeSection('weight', weightSection(await weighPages(dist)));
    if (only.has('lighthouse')) {
      // The article with the largest HTML: the one weighed above.
      const article = pagesByType(dist).get('article') ?? '/';
      const results = await runLighthouse(dist, [
        { name: 'home', path: '/' },
        { name: 'article', path: article },
        { name: 'timeline', path: '/linimasa/' },
        { name: 'search', path: `/cari/?q=${SEARCHING_QUERY}` },
      ]);
      await writeSection('lighthouse', lighthouseSection(results));
    }
  }
}

await main();
