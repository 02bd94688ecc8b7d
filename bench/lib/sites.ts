/**
 * The sites the benchmarks build, in one work folder outside the repository:
 *
 *   kliping-root/         a copy of Kliping's sources to build from (see snapshotKliping)
 *   corpus-<N>-s<seed>/   the synthetic content folder (scripts/corpus.ts)
 *   kliping-<N>/          Kliping built over it: dist/, cache/, stamp.json
 *   baseline-<N>/         the bare Astro + MDX + Pagefind site (bench/baseline/) over it
 *   site-2/               Kliping over its own two articles, for page weight and Lighthouse
 *
 * A stamp records what a dist/ was built from (the corpus and a hash of the sources), so that
 * `npm run bench:search` reuses the 10,000-article site `npm run bench` left, when nothing
 * has changed since, and builds it otherwise.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { writeCorpus } from '../../scripts/corpus/files.ts';
import { folderSize, measure, type Measured } from './measure.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BASELINE_ROOT = join(ROOT, 'bench/baseline');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');

/** The default work folder; `--work DIR` names another. */
export const DEFAULT_WORK = join(tmpdir(), 'kliping-bench');

// ---------------------------------------------------------------------------------------------
// Stamps

/** Every file under the given paths (files or folders, relative to `base`), sorted. */
function filesUnder(base: string, paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    const full = join(base, path);
    if (!existsSync(full)) continue;
    if (statSync(full).isFile()) files.push(full);
    else
      for (const entry of readdirSync(full, { recursive: true, withFileTypes: true })) {
        const file = join(entry.parentPath, entry.name);
        if (entry.isFile() && !/[/\\](node_modules|\.astro)[/\\]/.test(file)) files.push(file);
      }
  }
  return files.sort();
}

/** A hash of the named files' paths and contents, relative to the project. */
export function sourceHash(paths: readonly string[], base = ROOT): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(base, paths)) {
    hash.update(relative(base, file)).update('\0').update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** What Kliping's build depends on. */
export const KLIPING_SOURCES = [
  'src',
  'public',
  'astro.config.mjs',
  'package-lock.json',
  'content',
  'scripts/corpus.ts',
  'scripts/corpus',
];
/** What the baseline's build depends on. */
export const BASELINE_SOURCES = [
  'bench/baseline',
  'package-lock.json',
  'content',
  'scripts/corpus.ts',
  'scripts/corpus',
  // The corpus is written with the archive's own escaping and file writer.
  'src/lib',
];

/**
 * Kliping's sources copied into the work folder, with a node_modules/ of links to the
 * project's packages. Astro writes into its root's .astro/ during a build (the list of content
 * modules; with an output folder outside the working directory, the prerender bundle too), so
 * building a corpus from the project itself would collide with any other build of the project
 * running at the same time (a test suite's, a developer's). The copy also keeps the sources
 * fixed for the whole benchmark while the project is being edited. Returns the copy's root
 * and the hash of what was copied.
 */
export function snapshotKliping(work: string): { root: string; hash: string } {
  const root = join(work, 'kliping-root');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  const hash = sourceHash(KLIPING_SOURCES);
  for (const path of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(ROOT, path))) cpSync(join(ROOT, path), join(root, path), { recursive: true });
  }
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!name.startsWith('.'))
      symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name));
  }
  return { root, hash };
}

interface Stamp {
  count: number;
  seed: number;
  hash: string;
}

function readStamp(dir: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, 'stamp.json'), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

/** True if `dir` holds a complete build of this corpus from the current sources. */
export function isCurrent(dir: string, stamp: Stamp): boolean {
  const found = readStamp(dir);
  return (
    found !== undefined &&
    found.count === stamp.count &&
    found.seed === stamp.seed &&
    found.hash === stamp.hash &&
    existsSync(join(dir, 'dist/index.html'))
  );
}

// ---------------------------------------------------------------------------------------------
// Corpus

/** Writes the corpus of `count` articles anew and returns its folder. */
export function makeCorpus(work: string, count: number, seed: number): string {
  const out = join(work, `corpus-${count}-s${seed}`);
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const summary = writeCorpus({ out, count, seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`corpus: ${summary.articles} articles, ${summary.files} files in ${seconds} s → ${out}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Builds

/** One site built and measured. */
export interface BuildFigures {
  site: 'kliping' | 'baseline';
  count: number;
  /** Wall time of everything: Astro's build, and for the baseline the Pagefind run after it. */
  wallMs: number;
  /** CPU time (user + system) of the whole tree. */
  cpuMs: number;
  peakTreeBytes: number;
  peakProcessBytes: number;
  distBytes: number;
  distFiles: number;
  htmlPages: number;
  /** The largest pages (HTML and feeds), with their gzip size. */
  largest: { path: string; bytes: number; gzip: number }[];
  phases: Phase[];
  pageTypes: PageTypeTime[];
  /** The separate Pagefind run of the baseline (Kliping runs Pagefind inside its build). */
  pagefind?: { wallMs: number; peakTreeBytes: number; peakProcessBytes: number };
  loadBefore: string;
}

export interface Phase {
  name: string;
  ms: number;
}

export interface PageTypeTime {
  type: string;
  pages: number;
  ms: number;
  htmlBytes: number;
}

function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

function failed(what: string, run: Measured): never {
  const tail = run.lines
    .slice(-40)
    .map((line) => `  ${line.text}`)
    .join('\n');
  throw new Error(`${what} failed (exit ${run.exitCode}): ${run.command}\n${tail}`);
}

/**
 * Builds Kliping from a snapshot of its sources (snapshotKliping) over a content folder: a
 * corpus, or the project's own content/ when `content` is undefined.
 */
export async function buildKliping(options: {
  snapshot: { root: string; hash: string };
  dir: string;
  content?: string;
  count: number;
  seed: number;
  label: string;
}): Promise<BuildFigures> {
  const { dir } = options;
  const { root, hash } = options.snapshot;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dist = join(dir, 'dist');
  const loadBefore = loadAverage();
  console.log(`build: ${options.label} (load ${loadBefore})`);
  const run = await measure(process.execPath, [ASTRO, 'build', '--root', root, '--outDir', dist], {
    cwd: root,
    env: {
      KLIPING_CONTENT: options.content ?? join(ROOT, 'content'),
      KLIPING_CACHE_DIR: join(dir, 'cache'),
    },
    label: options.label,
    timeFile: join(dir, 'time.txt'),
  });
  writeFileSync(
    join(dir, 'build.log'),
    run.lines.map((line) => `${(line.ms / 1000).toFixed(3)} ${line.text}`).join('\n'),
  );
  if (run.exitCode !== 0) failed(`Kliping build (${options.label})`, run);
  const size = folderSize(dist);
  const figures: BuildFigures = {
    site: 'kliping',
    count: options.count,
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    peakTreeBytes: run.peakTreeBytes,
    peakProcessBytes: run.peakProcessBytes,
    distBytes: size.bytes,
    distFiles: size.files,
    htmlPages: countHtml(dist),
    largest: largestPages(dist),
    phases: phases(run),
    pageTypes: pageTypes(run, dist),
    loadBefore,
  };
  return save(dir, { count: options.count, seed: options.seed, hash }, figures);
}

/** Builds the bare baseline over a corpus, then runs Pagefind's CLI over its dist. */
export async function buildBaseline(options: {
  dir: string;
  content: string;
  count: number;
  seed: number;
  label: string;
}): Promise<BuildFigures> {
  const { dir } = options;
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(BASELINE_ROOT, '.astro'), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dist = join(dir, 'dist');
  const hash = sourceHash(BASELINE_SOURCES);
  const loadBefore = loadAverage();
  console.log(`build: ${options.label} (load ${loadBefore})`);
  // Run from its own folder: Astro puts its prerender bundle in <cwd>/.astro/ when the output
  // folder is outside the working directory, where the project's own builds would meet it.
  const run = await measure(process.execPath, [ASTRO, 'build', '--root', BASELINE_ROOT], {
    cwd: BASELINE_ROOT,
    env: { BASELINE_CONTENT: options.content, BASELINE_OUT: dist, BASELINE_CACHE: join(dir, 'cache') },
    label: options.label,
    timeFile: join(dir, 'time.txt'),
  });
  writeFileSync(
    join(dir, 'build.log'),
    run.lines.map((line) => `${(line.ms / 1000).toFixed(3)} ${line.text}`).join('\n'),
  );
  if (run.exitCode !== 0) failed(`baseline build (${options.label})`, run);
  const index = await measure(process.execPath, [PAGEFIND, '--site', dist], {
    cwd: ROOT,
    label: `${options.label}, Pagefind`,
    timeFile: join(dir, 'time-pagefind.txt'),
  });
  writeFileSync(join(dir, 'pagefind.log'), index.lines.map((line) => line.text).join('\n'));
  if (index.exitCode !== 0) failed(`baseline Pagefind (${options.label})`, index);
  const size = folderSize(dist);
  const figures: BuildFigures = {
    site: 'baseline',
    count: options.count,
    wallMs: run.wallMs + index.wallMs,
    cpuMs: run.cpuMs + index.cpuMs,
    peakTreeBytes: Math.max(run.peakTreeBytes, index.peakTreeBytes),
    peakProcessBytes: Math.max(run.peakProcessBytes, index.peakProcessBytes),
    distBytes: size.bytes,
    distFiles: size.files,
    htmlPages: countHtml(dist),
    largest: largestPages(dist),
    phases: [...phases(run), { name: 'Pagefind CLI (after the build)', ms: index.wallMs }],
    pageTypes: pageTypes(run, dist),
    pagefind: {
      wallMs: index.wallMs,
      peakTreeBytes: index.peakTreeBytes,
      peakProcessBytes: index.peakProcessBytes,
    },
    loadBefore,
  };
  return save(dir, { count: options.count, seed: options.seed, hash }, figures);
}

/** Writes a build's stamp (what was built) and figures beside it, reports them, returns them. */
function save(dir: string, stamp: { count: number; seed: number; hash: string }, figures: BuildFigures) {
  writeFileSync(join(dir, 'stamp.json'), `${JSON.stringify(stamp)}\n`);
  writeFileSync(join(dir, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  report(figures);
  return figures;
}

function report(f: BuildFigures) {
  console.log(
    `  → ${f.site} ${f.count}: ${(f.wallMs / 1000).toFixed(1)} s, ` +
      `${(f.wallMs / f.count).toFixed(2)} ms/article, CPU ${(f.cpuMs / 1000).toFixed(1)} s, peak ${(f.peakTreeBytes / 2 ** 30).toFixed(2)} GiB (tree), ` +
      `${(f.peakProcessBytes / 2 ** 30).toFixed(2)} GiB (one process), dist ${(f.distBytes / 1e6).toFixed(1)} MB in ${f.distFiles} files`,
  );
}

/** The `n` largest HTML and XML files of a dist/, largest first. */
function largestPages(dist: string, n = 8): BuildFigures['largest'] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(html|xml)$/.test(file))
    .map((file) => ({ file, bytes: statSync(join(dist, file)).size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, n)
    .map(({ file, bytes }) => ({
      path: `/${file}`.replace(/index\.html$/, ''),
      bytes,
      gzip: gzipSync(readFileSync(join(dist, file))).length,
    }));
}

function countHtml(dist: string): number {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))
    .length;
}

// ---------------------------------------------------------------------------------------------
// Where the time goes: phases from the build's log, and rendering time per page type

/** The first line matching `pattern` at or after `from` ms; its time, or undefined. */
function when(run: Measured, pattern: RegExp, from = 0): number | undefined {
  return run.lines.find((line) => line.ms >= from && pattern.test(line.text))?.ms;
}

/** Astro's build, phase by phase, from the times its log lines came. */
export function phases(run: Measured): Phase[] {
  const marks: [string, number | undefined][] = [];
  const syncing = when(run, /\[content\] Syncing content/);
  const synced = when(run, /\[content\] Synced content/, syncing);
  const bundling = when(run, /Building static entrypoints/, synced);
  const generating = when(run, /generating static routes/, bundling);
  const rendered = when(run, /✓ Completed in/, generating);
  const hooksDone = when(run, /\[build\] \d+ page\(s\) built/, rendered);
  marks.push(
    ['start-up, config', syncing],
    ['content sync (loaders, schema, data store)', synced],
    ['types, build info', bundling],
    ['bundling (Vite: pages and every MDX module)', generating],
    ['rendering pages', rendered],
    ['after the build (sitemap, integrations)', hooksDone],
    ['exit', run.wallMs],
  );
  const result: Phase[] = [];
  let previous = 0;
  for (const [name, at] of marks) {
    if (at === undefined) continue;
    result.push({ name, ms: at - previous });
    previous = at;
  }
  return result;
}

/** The page type of a built file's path, e.g. "/indeks/2022/01/12/index.html" → "index: day". */
export function pageType(path: string): string {
  const parts = path.replace(/^\/|\/?index\.html$/g, '').split('/');
  const [first, ...rest] = parts;
  switch (first) {
    case '':
      return 'home';
    case '404.html':
      return '404';
    case 'artikel':
      return 'article';
    case 'linimasa':
      return 'timeline';
    case 'cari':
      return 'search';
    case 'topik':
      return rest.length === 0 ? 'topic list' : 'topic';
    case 'sumber':
      return rest.length === 0 ? 'source list' : 'source';
    case 'indeks':
      return ['index', 'index: year', 'index: month', 'index: day'][rest.length] ?? 'index: other';
    default:
      return first ?? path;
  }
}

const PAGE_LINE = /[├└]─ (\/\S+) \(\+([\d.]+)(ms|s)\)/;

/**
 * Rendering time per page type: Astro logs each page it writes with the time it took
 * ("├─ /linimasa/index.html (+412ms)"); the HTML bytes come from dist/.
 */
export function pageTypes(run: Measured, dist: string): PageTypeTime[] {
  const byType = new Map<string, PageTypeTime>();
  for (const line of run.lines) {
    const match = PAGE_LINE.exec(line.text);
    if (!match) continue;
    const [, path, amount, unit] = match;
    const type = pageType(path!);
    const entry = byType.get(type) ?? { type, pages: 0, ms: 0, htmlBytes: 0 };
    entry.pages += 1;
    entry.ms += Number(amount) * (unit === 's' ? 1000 : 1);
    const file = join(dist, path!);
    if (existsSync(file)) entry.htmlBytes += statSync(file).size;
    byType.set(type, entry);
  }
  return [...byType.values()].sort((a, b) => b.ms - a.ms);
}
