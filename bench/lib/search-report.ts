/**
 * The "Search" section of BENCHMARKS.md, rendered from bench/results/search.json alone. Every
 * size of the report's columns appears; one not measured yet says so, with its command. Pure.
 */
import { noisy, renderMachine } from './machine.ts';
import { code, count, kib, median, ms, table } from './markdown.ts';
import type { QueryRun, SearchResults, SearchSize } from './results.ts';
import { of, stats, TARGETS_10, TARGETS_3, targetTable } from './search-targets.ts';

export const REPORT_COUNTS = [1000, 10000, 100000];

export const searchCommand = (n: number) => `npm run bench:search -- --counts ${n} --runs 3`;

/** The runs in which the page lost keystrokes. */
const lostRuns = (size: SearchSize) => size.queries.filter((q) => q.lost !== undefined);

function lostNote(size: SearchSize): string {
  const lost = lostRuns(size);
  if (lost.length === 0)
    return 'No keystroke was lost: after typing, the box held the query typed every time.';
  const typedRuns = size.queries.filter((q) => q.mode !== 'direct').length;
  const examples = lost
    .slice(0, 3)
    .map((q) => `${code(q.query)} became ${code(q.lost!)}`)
    .join(', ');
  return (
    `**Keystrokes lost** in ${lost.length} of ${typedRuns} typed queries (left out of the figures): ` +
    `${examples}. The page set the box back to an earlier query while the reader was still typing ` +
    '(it shows the filter counts of a search with the query that search was for).'
  );
}

function queryTable(size: SearchSize): string {
  const queries = [...new Set(size.queries.map((q) => q.query))];
  const rows = queries.map((query) => {
    const mine = (mode: QueryRun['mode']) =>
      size.queries.filter((q) => q.query === query && q.mode === mode && q.lost === undefined);
    const typed = mine('typed');
    const direct = mine('direct');
    const later = mine('session').filter((q) => q.index > 0);
    const med = (runs: QueryRun[], figure: (q: QueryRun) => number, format: (n: number) => string) =>
      runs.length === 0 ? '—' : format(median(runs.map(figure)));
    return [
      code(query),
      typed[0]?.results ?? '—',
      med(typed, (q) => q.gzip, kib),
      med(typed, (q) => q.bytes, kib),
      med(typed, (q) => q.afterLastGzip, kib),
      med(typed, (q) => q.ms, ms),
      med(direct, (q) => q.gzip, kib),
      med(direct, (q) => q.ms, ms),
      later.length === 0 ? '(first)' : med(later, (q) => q.gzip, kib),
      later.length === 0 ? '—' : med(later, (q) => q.ms, ms),
    ];
  });
  return table(
    [
      'Query',
      'Results first shown',
      'Typed: KiB gz',
      'raw',
      'gz after the last key',
      'ms',
      '/cari/?q=: KiB gz',
      'ms',
      'Later in a session: KiB gz',
      'ms',
    ],
    rows,
  );
}

function summaryTable(size: SearchSize): string {
  const typed = of(size, 'typed');
  const direct = of(size, 'direct');
  const later = of(size, 'session', true);
  const row = (
    label: string,
    runs: QueryRun[],
    figure: (q: QueryRun) => number,
    format: (n: number) => string,
  ) => {
    const s = stats(runs, figure);
    return [label, format(s.median), format(s.worst)];
  };
  return table(
    ['Over all queries and runs', 'Median', 'Worst'],
    [
      row('Typed: KiB before the first results, gzipped as a host serves them', typed, (q) => q.gzip, kib),
      row('Typed: the same, raw (as the test server sent them)', typed, (q) => q.bytes, kib),
      row('Typed: of those, gzipped, fetched after the last key', typed, (q) => q.afterLastGzip, kib),
      row('Typed: ms from the last keystroke to the first results', typed, (q) => q.ms, ms),
      row(
        '`/cari/?q=`: KiB before the first results, gzipped (the page included)',
        direct,
        (q) => q.gzip,
        kib,
      ),
      row('`/cari/?q=`: ms from the navigation to the first results', direct, (q) => q.ms, ms),
      row('Later queries of a session: KiB before their first results, gzipped', later, (q) => q.gzip, kib),
      row('Later queries of a session: ms from the last keystroke', later, (q) => q.ms, ms),
    ],
  );
}

function milestones(size: SearchSize): string {
  const typed = of(size, 'typed');
  const m = (figure: (q: QueryRun) => number | null) => {
    const found = typed.map(figure).filter((v): v is number => v !== null && Number.isFinite(v));
    return found.length === 0 ? '—' : ms(median(found));
  };
  return table(
    ['Typed: after the last keystroke (median, ms; a request made while typing counts as 0)', 'ms'],
    [
      ['first request to /pagefind/ (the debounce ends; Pagefind loads)', m((q) => q.milestones.pagefind)],
      ['first result fragment requested (index loaded, search done)', m((q) => q.milestones.fragmentStart)],
      ['last result fragment received', m((q) => q.milestones.fragmentsEnd)],
      ['first results rendered', m((q) => q.ms)],
    ],
  );
}

function kinds(size: SearchSize): string {
  const typed = of(size, 'typed');
  const names = [...new Set(typed.flatMap((q) => Object.keys(q.kinds)))];
  return table(
    ['Typed: kind of file before the first results (median)', 'KiB gz', 'KiB raw', 'Files'],
    names.map((name) => {
      const each = typed.map((q) => q.kinds[name] ?? { bytes: 0, gzip: 0, files: 0 });
      return [
        name,
        kib(median(each.map((k) => k.gzip))),
        kib(median(each.map((k) => k.bytes))),
        median(each.map((k) => k.files)),
      ];
    }),
  );
}

function sizeSection(size: SearchSize): string {
  const checks = size.checks.map((c) => [c.name, code(c.url), c.ok ? 'yes' : '**no**', c.detail]);
  return [
    `#### Search, ${count(size.count)} articles`,
    '',
    `${code(size.command)}: Kliping over the ${count(size.count)}-article corpus (${size.built}), its index in ${size.shards} shard(s); ` +
      `${size.runs} run(s) of each query typed and opened, and ${size.runs} session(s); a key every ${size.delay} ms.`,
    '',
    renderMachine(size.machine),
    '',
    noisy(
      [size.machine.loadAverage],
      'times vary with it; bytes less so, though a slow page runs more searches while the reader types',
    ),
    '',
    queryTable(size),
    '',
    lostNote(size),
    '',
    summaryTable(size),
    '',
    milestones(size),
    '',
    kinds(size),
    '',
    `Opening \`/cari/\` (before any typing) transferred ${kib(size.atOpen.gzip)} KiB gzipped (${kib(size.atOpen.bytes)} raw): ` +
      `the page's HTML ${kib(size.atOpen.htmlGzip)} KiB gzipped (${kib(size.atOpen.htmlBytes)} raw), ${kib(size.atOpen.pagefindBytes)} KiB from \`/pagefind/\`, ` +
      `the rest stylesheets, the icon and the page's own scripts: ${size.ownJs.files.map(code).join(', ') || 'none'}.`,
    '',
    'Filters and sorts (a check of the answers, not a timing):',
    '',
    table(['Check', 'URL', 'Right', 'What the page listed'], checks),
  ].join('\n');
}

const METHOD = [
  'In real Chromium (`tests/support/browser.ts`), over Kliping built at each size (the site',
  '`npm run bench` left in the work folder when it is current, else built here), served by',
  '`tests/support/server.ts` on 127.0.0.1, for each of 20 queries:',
  '',
  '- **Typed**: a fresh browser context (caching disabled) opens `/cari/`, and the query is typed',
  '  into the box as a person types (`page.keyboard.type`, a key every 100 ms, after a click into it).',
  '- **`/cari/?q=…`**: a fresh context opens the search page with the query in its address.',
  '- **A session**: one context types the 20 queries in turn, each over the last, waiting each time',
  '  until the page is quiet: what each later query costs once Pagefind is loaded.',
  '',
  'First results: the first `kliping-search ol li` added while the address holds the whole query.',
  "The search shows the newest shard's results first and merges the older shards after, so these",
  "are the newest shard's. Bytes: every response that started after the click (the navigation, the",
  'first key) and ended before the first results, counted as a static host would serve them:',
  "HTML, CSS, JS, JSON and WebAssembly gzipped (zlib level 6), Pagefind's index files as they are",
  '(gzip already), headers as Chromium reports them; the raw figure is what the test server sent.',
  "Time: from the last keystroke's `input` event (the search box's debounce included), or from the",
  'navigation, to those first results. Medians and worst cases over every query and run.',
].join('\n');

export function renderSearch(
  results: SearchResults | undefined,
  counts: readonly number[] = REPORT_COUNTS,
): string {
  const sizes = results?.sizes ?? [];
  const all = [...new Set([...counts, ...sizes.map((s) => s.count)])].sort((a, b) => a - b);
  return [
    '## Search',
    '',
    'Command: `npm run bench:search` (`node bench/search.ts --counts 1000,10000`; `--counts 100000`',
    'for the largest size, `--runs N` for N runs of each query). The figures are kept in',
    '`bench/results/search.json`; `npm run bench:report` renders this section again from them.',
    '',
    METHOD,
    '',
    ...all.map((n) => {
      const size = sizes.find((s) => s.count === n);
      return size
        ? `- ${count(n)} articles: ${code(size.command)}, commit ${size.machine.commit}, ${size.machine.date.slice(0, 16).replace('T', ' ')} UTC.`
        : `- **${count(n)} articles: not yet run.** Command: ${code(searchCommand(n))}`;
    }),
    '',
    targetTable('#### Targets (issue 10: at 100,000 articles)', TARGETS_10, all, sizes),
    '',
    targetTable('#### Targets of the earlier benchmark (issue 3: at 10,000 articles)', TARGETS_3, all, sizes),
    '',
    ...sizes.flatMap((size) => [sizeSection(size), '']),
  ].join('\n');
}
