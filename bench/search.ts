/**
 * `npm run bench:search`: how fast searching 10,000 articles feels (issue 3). Writes its
 * figures into BENCHMARKS.md.
 *
 * Over the 10,000-article synthetic corpus built by Kliping (the one `npm run bench` left in
 * the work folder if it is current, else built here), served on 127.0.0.1, real Chromium
 * opens the search page and types each query of a fixed set into the search box as a person
 * does (a key every --delay ms). For each query, in a fresh browser context (an empty cache,
 * and caching disabled):
 *
 * - bytes transferred from the moment typing starts (the click into the box) until the first
 *   results for the whole query render (`kliping-search ol li` appears, with the query in
 *   the URL): every response that started after the click and ended before that moment;
 * - the time from the last keystroke (its `input` event) to those first results.
 *
 * Each query is typed --runs times (default 3). Also: the search page's own JavaScript
 * against Pagefind's Component UI bundle, both gzipped.
 *
 *   node_modules/.bin/node bench/search.ts [--count 10000] [--seed 1] [--work DIR]
 *                                          [--delay 100] [--runs 3] [--rebuild]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Request } from 'playwright-core';
import { launch } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';
import { count, kib, machine, median, table, verdict, writeSection } from './lib/report.ts';
import {
  buildKliping,
  DEFAULT_WORK,
  isCurrent,
  KLIPING_SOURCES,
  makeCorpus,
  snapshotKliping,
  sourceHash,
} from './lib/sites.ts';
import { gzipBytes } from './lib/weight.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    work: { type: 'string', default: DEFAULT_WORK },
    delay: { type: 'string', default: '100' },
    runs: { type: 'string', default: '3' },
    rebuild: { type: 'boolean', default: false },
  },
});
const articles = Number(values.count);
const seed = Number(values.seed);
const delay = Number(values.delay);
const runs = Number(values.runs);
/** The machine and the commit, as the run starts. */
const machineNow = machine();

/**
 * What a reader of this archive would type: subjects, institutions, places and verb forms of
 * the corpus's vocabulary (scripts/corpus/data/), and names from the real articles.
 */
const QUERIES = [
  'inflasi',
  'harga beras',
  'suku bunga acuan',
  'Bank Indonesia',
  'pemilihan umum',
  'korupsi',
  'tersangka',
  'banjir bandang',
  'gempa bumi',
  'vaksinasi',
  'stunting',
  'kereta cepat',
  'tim nasional',
  'bulu tangkis',
  'gencatan senjata',
  'Surabaya',
  'diselidiki',
  'Stoltenberg',
  'Krimea',
  'Borrell',
];

/** Targets of issue 3. */
const BYTES_TARGET = 150 * 1024;
const TIME_TARGET = 300;

const INPUT = 'kliping-search input[name="q"]';
const RESULT = 'kliping-search ol li';

/** What the page notes: the last keystroke, and every change to the page while results show. */
interface PageState {
  lastInput: number;
  renders: { at: number; epoch: number; q: string | null; shown: number }[];
}

/**
 * Runs in the page before its scripts: notes each keystroke's input event, and each change
 * to the page while results show, with the query the URL holds then (the search box puts
 * the query it searches for in the URL as it starts, and drops results of older queries).
 */
function instrument(selectors: { input: string; result: string }) {
  const state: PageState = { lastInput: 0, renders: [] };
  (window as unknown as { __bench: PageState }).__bench = state;
  document.addEventListener(
    'input',
    (event) => {
      if (event.target instanceof Element && event.target.matches(selectors.input))
        state.lastInput = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    const shown = document.querySelectorAll(selectors.result).length;
    if (state.lastInput === 0 || shown === 0) return;
    const at = performance.now();
    const q = new URLSearchParams(location.search).get('q');
    state.renders.push({ at, epoch: performance.timeOrigin + at, q, shown });
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

interface Transfer {
  path: string;
  started: number;
  ended: number;
  bytes: number;
  /** What it would weigh gzipped by the host (JS, JSON, WebAssembly; Pagefind's index files are gzip already). */
  gzipBytes: number;
}

/** What a file fetched while searching is, for the breakdown. */
function kind(path: string): string {
  if (/^\/pagefind\/pagefind(-worker)?\.js$/.test(path)) return "Pagefind's JS (pagefind.js, its worker)";
  if (/^\/pagefind\/wasm\./.test(path)) return "Pagefind's WebAssembly";
  if (/^\/pagefind\/(pagefind-entry\.json|.*\.pf_meta)$/.test(path)) return 'entry and metadata (pf_meta)';
  if (path.startsWith('/pagefind/filter/')) return 'filter files';
  if (path.startsWith('/pagefind/index/')) return 'index chunks';
  if (path.startsWith('/pagefind/fragment/')) return 'fragments (one per result shown)';
  return 'other';
}

interface QueryRun {
  query: string;
  /** True for the query pasted into the box rather than typed. */
  pasted: boolean;
  /** Bytes and files by kind of file. */
  kinds: Map<string, { bytes: number; files: number }>;
  /** ms from the last keystroke to the first request to /pagefind/ (the debounce, then loading). */
  pagefindStartMs: number;
  /** ms from the last keystroke to the first result fragment requested (the search is done). */
  fragmentStartMs: number;
  /** ms from the last keystroke to the last fragment received. */
  fragmentsEndMs: number;
  bytes: number;
  gzipBytes: number;
  /** Of `bytes`, those of responses that started after the last keystroke. */
  afterLastBytes: number;
  files: number;
  ms: number;
  results: number;
}

/** Every response of a context from now on, with its timing and size. */
function recordTransfers(context: BrowserContext, dist: string, origin: string): Transfer[] {
  const transfers: Transfer[] = [];
  context.on('requestfinished', (request: Request) => {
    void (async () => {
      const url = new URL(request.url());
      if (url.origin !== origin) return;
      const sizes = await request.sizes();
      const timing = request.timing();
      const file = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
      let raw: Buffer | undefined;
      try {
        raw = readFileSync(join(dist, decodeURIComponent(file)));
      } catch {
        raw = undefined;
      }
      const compressible = /\.(js|json|wasm|html|css|pagefind)$/.test(file);
      // The server sends files as they are, so the body is the file; Chromium reports no body
      // size for some responses (a worker's script), hence the file's size when it is known.
      const body = raw?.length ?? sizes.responseBodySize;
      transfers.push({
        path: url.pathname,
        started: timing.startTime,
        ended: timing.startTime + Math.max(timing.responseEnd, 0),
        bytes: body + sizes.responseHeadersSize,
        gzipBytes: (raw && compressible ? Math.min(gzipBytes(raw), body) : body) + sizes.responseHeadersSize,
      });
    })();
  });
  return transfers;
}

async function main() {
  const work = values.work;
  const dir = join(work, `kliping-${articles}`);
  const stamp = { count: articles, seed, hash: sourceHash(KLIPING_SOURCES) };
  let built = 'reused the build `npm run bench` left: same corpus, same sources';
  if (values.rebuild || !isCurrent(dir, stamp)) {
    const corpus = makeCorpus(work, articles, seed);
    const snapshot = snapshotKliping(work);
    const figures = await buildKliping({
      snapshot,
      dir,
      content: corpus,
      count: articles,
      seed,
      label: `Kliping, ${count(articles)} articles`,
    });
    built = `built here in ${(figures.wallMs / 1000).toFixed(0)} s`;
  } else {
    console.log(`reusing ${dir}`);
  }
  const dist = join(dir, 'dist');
  const server = await serve({ root: dist });
  const browser = await launch();
  const runsDone: QueryRun[] = [];
  let ownJs = { files: [] as string[], raw: 0, gzip: 0 };
  let atOpen = { bytes: 0, pagefindBytes: 0, htmlBytes: 0 };
  try {
    // The last round pastes each query instead (one input event): what a single search costs.
    for (let round = 0; round <= runs; round++) {
      const pasted = round === runs;
      for (const query of QUERIES) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await page.addInitScript(instrument, { input: INPUT, result: RESULT });
        const transfers = recordTransfers(context, dist, server.url);
        await page.goto(`${server.url}/cari/`, { waitUntil: 'networkidle' });
        if (round === 0 && query === QUERIES[0]) {
          const scripts = [...new Set(transfers.filter((t) => /\.m?js$/.test(t.path)).map((t) => t.path))];
          const own = scripts.filter((path) => !path.startsWith('/pagefind/'));
          const files = own.map((path) => readFileSync(join(dist, path)));
          ownJs = {
            files: own,
            raw: files.reduce((sum, f) => sum + f.length, 0),
            gzip: files.reduce((sum, f) => sum + gzipBytes(f), 0),
          };
          atOpen = {
            bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
            pagefindBytes: transfers
              .filter((t) => t.path.startsWith('/pagefind/'))
              .reduce((sum, t) => sum + t.bytes, 0),
            htmlBytes: transfers.filter((t) => t.path === '/cari/').reduce((sum, t) => sum + t.bytes, 0),
          };
        }
        // Typing starts with the click into the box: a script that loads Pagefind on focus counts.
        const typingStarted = Date.now();
        await page.click(INPUT);
        if (pasted) await page.keyboard.insertText(query);
        else await page.keyboard.type(query, { delay });
        // The first results shown for the whole query: after its last keystroke, with the query
        // in the URL (results of a shorter query, still on their way, do not count).
        const result = await page.waitForFunction(
          (wanted) => {
            const state = (window as unknown as { __bench: PageState }).__bench;
            const first = state.renders.find((r) => r.at > state.lastInput && r.q?.trim() === wanted);
            const lastInput = performance.timeOrigin + state.lastInput;
            return (
              first && { ms: first.at - state.lastInput, epoch: first.epoch, lastInput, results: first.shown }
            );
          },
          query.trim(),
          { timeout: 30_000, polling: 20 },
        );
        const { ms, epoch, lastInput, results } = (await result.jsonValue())!;
        await page.waitForLoadState('networkidle');
        await new Promise((resolve) => setTimeout(resolve, 200));
        // Responses that started after typing began and ended before the results showed.
        const before = transfers.filter((t) => t.started >= typingStarted - 1 && t.ended <= epoch + 1);
        const afterLast = before.filter((t) => t.started >= lastInput - 1);
        const kinds = new Map<string, { bytes: number; files: number }>();
        for (const t of before) {
          const entry = kinds.get(kind(t.path)) ?? { bytes: 0, files: 0 };
          entry.bytes += t.bytes;
          entry.files += 1;
          kinds.set(kind(t.path), entry);
        }
        // Milestones after the last keystroke: the first request to Pagefind, the first fragment.
        const after = (list: Transfer[]) =>
          list.length === 0 ? NaN : Math.min(...list.map((t) => t.started)) - lastInput;
        runsDone.push({
          query,
          pasted,
          kinds,
          pagefindStartMs: after(before.filter((t) => t.path.startsWith('/pagefind/'))),
          fragmentStartMs: after(before.filter((t) => t.path.startsWith('/pagefind/fragment/'))),
          fragmentsEndMs:
            Math.max(...before.filter((t) => t.path.startsWith('/pagefind/fragment/')).map((t) => t.ended)) -
            lastInput,
          bytes: before.reduce((sum, t) => sum + t.bytes, 0),
          gzipBytes: before.reduce((sum, t) => sum + t.gzipBytes, 0),
          afterLastBytes: afterLast.reduce((sum, t) => sum + t.bytes, 0),
          files: before.length,
          ms,
          results,
        });
        console.log(
          `search${pasted ? ', pasted' : ''}: ${JSON.stringify(query)} — ${kib(runsDone.at(-1)!.bytes)} KiB in ${before.length} files, ${ms.toFixed(0)} ms, ${results} results shown`,
        );
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const componentUi = readFileSync(join(dist, 'pagefind/pagefind-component-ui.js'));
  const componentUiGzip = gzipBytes(componentUi);
  const pastes = runsDone.filter((r) => r.pasted);
  const typed = runsDone.filter((r) => !r.pasted);
  const byQuery = QUERIES.map((query) => {
    const mine = typed.filter((r) => r.query === query);
    const paste = pastes.find((r) => r.query === query)!;
    return {
      query,
      bytes: median(mine.map((r) => r.bytes)),
      gzipBytes: median(mine.map((r) => r.gzipBytes)),
      worstBytes: Math.max(...mine.map((r) => r.bytes)),
      afterLastBytes: median(mine.map((r) => r.afterLastBytes)),
      files: median(mine.map((r) => r.files)),
      ms: median(mine.map((r) => r.ms)),
      worstMs: Math.max(...mine.map((r) => r.ms)),
      results: mine[0]!.results,
      pastedBytes: paste.bytes,
    };
  });
  const allBytes = typed.map((r) => r.bytes);
  const allGzip = typed.map((r) => r.gzipBytes);
  const allAfterLast = typed.map((r) => r.afterLastBytes);
  const allPasted = pastes.map((r) => r.bytes);
  const allMs = typed.map((r) => r.ms);
  const medianBytes = median(allBytes);
  const medianMs = median(allMs);
  const worstMs = Math.max(...allMs);

  const milestone = (of: (r: QueryRun) => number) => {
    const found = typed.map(of).filter(Number.isFinite);
    return found.length === 0 ? '—' : Math.max(0, median(found)).toFixed(0);
  };
  const section = [
    '## Search',
    '',
    `Command: \`npm run bench:search\` (\`node bench/search.ts --count ${articles} --seed ${seed} --delay ${delay} --runs ${runs}\`).`,
    `Kliping over the ${count(articles)}-article corpus (${built}), served by \`tests/support/server.ts\``,
    'on 127.0.0.1 (no compression). In real Chromium, for each query and each run: a fresh browser',
    `context with caching disabled opens \`/cari/\`, and the query is typed into \`${INPUT}\``,
    `(\`page.keyboard.type\`, ${delay} ms per key, after a click into the box). Bytes: every response`,
    'that started after the click and ended before the first results for the whole query showed:',
    'the file served and the response headers Chromium reports. This includes what the searches',
    'for the first letters fetched while the reader was still typing; "after the last key" is the',
    'part that started after the last keystroke. "If gzipped": the same with JS, JSON and',
    "WebAssembly gzipped as a host would serve them (Pagefind's index files are gzip already).",
    "Time: from the last keystroke's `input` event to the first change of the page that shows",
    `\`${RESULT}\` with the whole query in the URL (the search box's debounce included; results`,
    `of a shorter query still arriving do not count). Results shown: how many \`li\` then (first run).`,
    `Median and worst over ${runs} runs of each query. "Pasted once": one more run with the query`,
    'pasted into the box (one `input` event, so one search): the cost of a single search without',
    'the searches for its first letters.',
    '',
    machineNow,
    '',
    table(
      [
        'Query',
        'Results shown',
        'KiB before results',
        'if gzipped',
        'after the last key',
        'pasted once',
        'Worst KiB',
        'Files',
        'ms to results',
        'Worst ms',
      ],
      byQuery.map((q) => [
        `\`${q.query}\``,
        q.results,
        kib(q.bytes),
        kib(q.gzipBytes),
        kib(q.afterLastBytes),
        kib(q.pastedBytes),
        kib(q.worstBytes),
        q.files,
        q.ms.toFixed(0),
        q.worstMs.toFixed(0),
      ]),
    ),
    '',
    table(
      ['Over all queries and typed runs', 'Median', 'Worst'],
      [
        ['KiB before the first results', kib(medianBytes), kib(Math.max(...allBytes))],
        ['KiB before the first results, if gzipped', kib(median(allGzip)), kib(Math.max(...allGzip))],
        [
          'KiB before the first results, after the last key',
          kib(median(allAfterLast)),
          kib(Math.max(...allAfterLast)),
        ],
        [
          'KiB before the first results, query pasted (one search)',
          kib(median(allPasted)),
          kib(Math.max(...allPasted)),
        ],
        ['ms from the last keystroke to the first results', medianMs.toFixed(0), worstMs.toFixed(0)],
      ],
    ),
    '',
    'Where the time after the last keystroke goes (median over all queries and runs, ms from the',
    'last keystroke; a request to Pagefind made before it, while typing, counts as 0):',
    '',
    table(
      ['Milestone', 'ms'],
      [
        [
          'first request to /pagefind/ (the debounce ends; Pagefind loads)',
          milestone((r) => r.pagefindStartMs),
        ],
        ['first result fragment requested (index loaded, search done)', milestone((r) => r.fragmentStartMs)],
        ['last result fragment received', milestone((r) => r.fragmentsEndMs)],
        ['first results rendered', medianMs.toFixed(0)],
      ],
    ),
    '',
    'Where the bytes before the first results go (median over all queries and runs of each kind):',
    '',
    table(
      ['Kind of file', 'KiB', 'Files'],
      [...new Set(typed.flatMap((r) => [...r.kinds.keys()]))].map((name) => {
        const of = typed.map((r) => r.kinds.get(name) ?? { bytes: 0, files: 0 });
        return [name, kib(median(of.map((k) => k.bytes))), median(of.map((k) => k.files))];
      }),
    ),
    '',
    `Opening \`/cari/\` (before any typing) transferred ${kib(atOpen.bytes)} KiB: the page's HTML ${kib(atOpen.htmlBytes)} KiB,`,
    `${kib(atOpen.pagefindBytes)} KiB from \`/pagefind/\`, and the rest stylesheets, the icon and the page's own scripts:`,
    `${ownJs.files.map((f) => `\`${f}\``).join(', ') || 'none'}.`,
    '',
    table(
      ['Target (issue 3)', 'Figure', 'Verdict'],
      [
        [
          '≤ 150 KiB transferred per typical query (median)',
          `${kib(medianBytes)} KiB (worst ${kib(Math.max(...allBytes))} KiB)`,
          verdict(medianBytes <= BYTES_TARGET),
        ],
        [
          '≤ 300 ms from the last keystroke to the first results (median)',
          `${medianMs.toFixed(0)} ms (worst ${worstMs.toFixed(0)} ms)`,
          verdict(medianMs <= TIME_TARGET),
        ],
        [
          "search page's own JS smaller than Pagefind's Component UI bundle (gzip)",
          `${kib(ownJs.gzip)} KiB (${kib(ownJs.raw)} raw) vs ${kib(componentUiGzip)} KiB (${kib(componentUi.length)} raw)`,
          verdict(ownJs.gzip < componentUiGzip),
        ],
      ],
    ),
  ].join('\n');
  await writeSection('search', section);
}

await main();
