/**
 * The benchmarks' work folder, outside the repository (default: the system's temp folder,
 * kliping-bench/; `--work DIR` names another):
 *
 *   corpus-<N>-s<seed>/        the synthetic content folder (scripts/corpus.ts), and its
 *   corpus-<N>-s<seed>.json    stamp: reused while the generator is unchanged
 *   kliping-root/              a copy of Kliping's sources to build from (snapshotKliping)
 *   kliping-<N>/               Kliping built over the corpus: dist/, cache/, logs, stamp.json
 *   baseline-<N>/              the bare Astro + MDX + Pagefind site (bench/baseline/) over it
 *   hugo-<N>/                  the Hugo + Pagefind site written from it (./hugo.ts)
 *   site-2/                    Kliping over its own two articles, for page weight and Lighthouse
 *
 * At 100,000 articles this is about 10 GB. A stamp records what a dist/ was built from, so
 * that `npm run bench:search` reuses the site `npm run bench` left when nothing changed.
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
import { dirname, join, relative } from 'node:path';
import { writeCorpus } from '../../scripts/corpus/files.ts';
import { ROOT } from './paths.ts';

/** The default work folder. */
export const DEFAULT_WORK = join(tmpdir(), 'kliping-bench');

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

/** What the corpus is written from: the generator, the archive's own code it imports, the real articles. */
const CORPUS_SOURCES = ['scripts/corpus.ts', 'scripts/corpus', 'src/lib', 'content'];
/** What Kliping's build depends on, besides its content. */
export const KLIPING_SOURCES = [
  'src',
  'public',
  'astro.config.mjs',
  'package-lock.json',
  'scripts/build.ts',
  'scripts/lib',
];
/** What Kliping's build is copied from (KLIPING_SOURCES, and what Node and TypeScript read). */
export const KLIPING_COPIED = [
  'src',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'scripts/build.ts',
  'scripts/lib',
];

/**
 * Kliping's sources copied into the work folder, with a node_modules/ of links to the
 * project's packages. Astro writes into its root's .astro/ during a build, so building a
 * corpus from the project itself would collide with any other build of the project running
 * at the same time (a test suite's, a developer's). The copy also keeps the sources fixed for
 * the whole benchmark while the project is being edited. Returns the copy's root and the hash
 * of what was copied.
 */
export function snapshotKliping(work: string): { root: string; hash: string } {
  const root = join(work, 'kliping-root');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  const hash = sourceHash(KLIPING_SOURCES);
  for (const path of KLIPING_COPIED) {
    if (!existsSync(join(ROOT, path))) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    cpSync(join(ROOT, path), join(root, path), { recursive: true });
  }
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!name.startsWith('.'))
      symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name));
  }
  return { root, hash };
}

/** What a folder was built from. */
export interface Stamp {
  count: number;
  seed: number;
  /** A hash of the sources it was built or written from. */
  hash: string;
  /** The corpus's stamp hash, for a site built over one. */
  corpus?: string;
}

export function readStamp(file: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

export function writeStamp(file: string, stamp: Stamp): void {
  writeFileSync(file, `${JSON.stringify(stamp)}\n`);
}

export const sameStamp = (a: Stamp | undefined, b: Stamp) =>
  a !== undefined && a.count === b.count && a.seed === b.seed && a.hash === b.hash && a.corpus === b.corpus;

/** A corpus folder and its stamp. */
export interface Corpus {
  dir: string;
  count: number;
  seed: number;
  hash: string;
}

/**
 * The corpus of `count` articles: the one in the work folder if its stamp says it was written
 * by the same generator from the same sources (at 100,000 articles writing it takes minutes),
 * else written anew.
 */
export function corpus(work: string, count: number, seed: number): Corpus {
  const dir = join(work, `corpus-${count}-s${seed}`);
  const stampFile = `${dir}.json`;
  const stamp: Stamp = { count, seed, hash: sourceHash(CORPUS_SOURCES) };
  if (sameStamp(readStamp(stampFile), stamp) && existsSync(join(dir, 'articles'))) {
    console.log(`corpus: reusing ${dir}`);
    return { dir, count, seed, hash: stamp.hash };
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(stampFile, { force: true });
  mkdirSync(work, { recursive: true });
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const summary = writeCorpus({
    out: dir,
    count,
    seed,
    progress: {
      every: 10_000,
      report: (n) => console.log(`corpus: ${n} of ${count} articles, ${seconds()} s`),
    },
  });
  console.log(`corpus: ${summary.articles} articles, ${summary.files} files in ${seconds()} s → ${dir}`);
  writeStamp(stampFile, stamp);
  return { dir, count, seed, hash: stamp.hash };
}
