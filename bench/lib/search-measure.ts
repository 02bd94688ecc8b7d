/**
 * Search as a reader meets it, in real Chromium over a built site served on 127.0.0.1, for
 * each query of a fixed set, in three ways:
 *
 * - typed: a fresh browser context (empty cache, caching disabled) opens /cari/, and the query
 *   is typed into the box a key every `delay` ms, after a click into it. Bytes: every response
 *   that started after the click and ended before the first results for the whole query.
 *   Time: from the last keystroke's `input` event to those first results.
 * - direct: a fresh context opens /cari/?q=<query>. Bytes and time from the navigation.
 * - session: one context types every query in turn (selecting the last one and typing over
 *   it), waiting each time until the page is quiet: the bytes of each later query, from its
 *   first keystroke to its first results, once Pagefind is loaded.
 *
 * Returns the data; ./search-report.ts renders it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { ShardManifest } from '../../src/lib/search-shards.ts';
import { launch } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/server.ts';
import { shardCount } from './kliping.ts';
import { machineInfo } from './machine.ts';
import type { QueryRun, SearchMode, SearchSize } from './results.ts';
import { checkSearch } from './search-checks.ts';
import { firstResults, type FirstResults, INPUT } from './search-page.ts';
import { openSession, type Session } from './search-session.ts';
import { byKind, sum, type Transfer, waitForQuiet, within } from './transfers.ts';

/**
 * What a reader of this archive would type: subjects, institutions, places and verb forms of
 * the corpus's vocabulary (scripts/corpus/data/), and names from the real articles.
 */
export const QUERIES = [
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

/** One query's figures from the responses between `from` and its first results. */
function queryRun(
  query: string,
  mode: SearchMode,
  index: number,
  session: Session,
  from: number,
  first: FirstResults,
): QueryRun {
  if (first.lost !== undefined) {
    return {
      query,
      mode,
      index,
      bytes: NaN,
      gzip: NaN,
      afterLastBytes: NaN,
      afterLastGzip: NaN,
      files: 0,
      ms: NaN,
      results: 0,
      kinds: {},
      milestones: { pagefind: null, fragmentStart: null, fragmentsEnd: null },
      lost: first.lost,
    };
  }
  const before = within(session.transfers, from, first.epoch);
  const afterLast = before.filter((t) => t.started >= first.lastInputEpoch - 1);
  const start = (list: Transfer[]) =>
    list.length === 0 ? null : Math.max(0, Math.min(...list.map((t) => t.started)) - first.lastInputEpoch);
  const fragments = before.filter((t) => t.path.includes('/fragment/'));
  return {
    query,
    mode,
    index,
    bytes: sum(before, 'bytes'),
    gzip: sum(before, 'gzip'),
    afterLastBytes: sum(afterLast, 'bytes'),
    afterLastGzip: sum(afterLast, 'gzip'),
    files: before.length,
    ms: first.ms,
    results: first.results,
    kinds: byKind(before),
    milestones: {
      pagefind: start(before.filter((t) => t.path.startsWith('/pagefind/'))),
      fragmentStart: start(fragments),
      fragmentsEnd:
        fragments.length === 0 ? null : Math.max(...fragments.map((t) => t.ended)) - first.lastInputEpoch,
    },
  };
}

const log = (run: QueryRun) =>
  run.lost !== undefined
    ? console.log(
        `search, ${run.mode}: ${JSON.stringify(run.query)} — LOST KEYS: the box holds ${JSON.stringify(run.lost)}`,
      )
    : console.log(
        `search, ${run.mode}: ${JSON.stringify(run.query)} — ${(run.gzip / 1024).toFixed(1)} KiB gzipped ` +
          `(${(run.bytes / 1024).toFixed(1)} raw) in ${run.files} files, ${run.ms.toFixed(0)} ms, ${run.results} results`,
      );

/** A query typed into /cari/ in a fresh context. */
export async function typed(
  browser: Browser,
  dist: string,
  origin: string,
  query: string,
  delay: number,
  run: number,
) {
  const session = await openSession(browser, dist, origin);
  try {
    await session.page.goto(`${origin}/cari/`, { waitUntil: 'load' });
    await waitForQuiet(session.inFlight);
    const opened = [...session.transfers];
    // Typing starts with the click into the box: a script that loads Pagefind on focus counts.
    const from = Date.now();
    await session.page.click(INPUT);
    await session.page.keyboard.type(query, { delay });
    const first = await firstResults(session.page, query, true);
    await waitForQuiet(session.inFlight);
    const result = queryRun(query, 'typed', run, session, from, first);
    log(result);
    return { result, opened };
  } finally {
    await session.context.close();
  }
}

/** /cari/?q=<query> opened in a fresh context. */
export async function direct(browser: Browser, dist: string, origin: string, query: string, run: number) {
  const session = await openSession(browser, dist, origin);
  try {
    const from = Date.now();
    await session.page.goto(`${origin}/cari/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    const first = await firstResults(session.page, query, false);
    await waitForQuiet(session.inFlight);
    // The navigation's first request is the page itself: count from the earliest response.
    const start = Math.min(from, ...session.transfers.map((t) => t.started));
    const result = queryRun(query, 'direct', run, session, start, first);
    log(result);
    return result;
  } finally {
    await session.context.close();
  }
}

/** Every query typed in turn in one context, each over the last. */
export async function session(
  browser: Browser,
  dist: string,
  origin: string,
  queries: readonly string[],
  delay: number,
) {
  const s = await openSession(browser, dist, origin);
  const runs: QueryRun[] = [];
  try {
    await s.page.goto(`${origin}/cari/`, { waitUntil: 'load' });
    await waitForQuiet(s.inFlight);
    for (const [index, query] of queries.entries()) {
      await s.page.click(INPUT);
      await s.page.keyboard.press('ControlOrMeta+A');
      const from = Date.now();
      await s.page.keyboard.type(query, { delay });
      const first = await firstResults(s.page, query, true);
      await waitForQuiet(s.inFlight);
      const result = queryRun(query, 'session', index, s, from, first);
      log(result);
      runs.push(result);
    }
  } finally {
    await s.context.close();
  }
  return runs;
}

const gzipBytes = (data: Buffer) => gzipSync(data).length;

/** What opening /cari/ fetched, and the page's own scripts, from the responses of opening it. */
export function atOpen(opened: readonly Transfer[], dist: string): Pick<SearchSize, 'atOpen' | 'ownJs'> {
  const html = opened.filter((t) => t.path === '/cari/');
  const own = [
    ...new Set(
      opened.filter((t) => /\.m?js$/.test(t.path) && !t.path.startsWith('/pagefind/')).map((t) => t.path),
    ),
  ];
  const files = own.map((path) => readFileSync(join(dist, path)));
  return {
    atOpen: {
      bytes: sum(opened, 'bytes'),
      gzip: sum(opened, 'gzip'),
      htmlBytes: sum(html, 'bytes'),
      htmlGzip: sum(html, 'gzip'),
      pagefindBytes: sum(
        opened.filter((t) => t.path.startsWith('/pagefind/')),
        'bytes',
      ),
    },
    ownJs: {
      files: own,
      bytes: files.reduce((total, f) => total + f.length, 0),
      gzip: files.reduce((total, f) => total + gzipBytes(f), 0),
    },
  };
}

/** Pagefind's Component UI bundle, which the search page does without, raw and gzipped. */
export function componentUi(dist: string, newestShard: string): SearchSize['componentUi'] {
  const file = readFileSync(join(dist, 'pagefind', newestShard, 'pagefind-component-ui.js'));
  return { bytes: file.length, gzip: gzipBytes(file) };
}

/** Every measurement of one size, over its built site. */
export async function measureSearch(options: {
  dist: string;
  built: string;
  count: number;
  seed: number;
  command: string;
  delay: number;
  runs: number;
}): Promise<SearchSize> {
  const { dist, delay, runs } = options;
  const machine = machineInfo();
  const manifest = JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')) as ShardManifest;
  const server = await serve({ root: dist });
  const browser = await launch();
  const queries: QueryRun[] = [];
  let opened: ReturnType<typeof atOpen> | undefined;
  try {
    for (let run = 0; run < runs; run++) {
      for (const query of QUERIES) {
        const result = await typed(browser, dist, server.url, query, delay, run);
        queries.push(result.result);
        opened ??= atOpen(result.opened, dist);
        queries.push(await direct(browser, dist, server.url, query, run));
      }
      queries.push(...(await session(browser, dist, server.url, QUERIES, delay)));
    }
    const checks = await checkSearch(browser, dist, server.url);
    return {
      count: options.count,
      seed: options.seed,
      command: options.command,
      delay,
      runs,
      machine,
      built: options.built,
      shards: shardCount(dist),
      queries,
      ...opened!,
      componentUi: componentUi(dist, manifest.shards[0]!.id),
      checks,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
