/**
 * Kliping built as `npm run build` builds it (scripts/build.ts: `astro build` in its own
 * process with the heap it sets, then Pagefind over the article pages, one process per
 * search shard), from a snapshot of its sources (./workspace.ts) over a content folder.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ShardManifest } from '../../src/lib/search-shards.ts';
import { astroMarks, phasesOf, renderTimes } from './build-log.ts';
import { measureDist } from './dist.ts';
import { klipingPageType } from './pages.ts';
import type { BuildRun } from './results.ts';
import { buildRun, describeRun, runStep, stepRun } from './steps.ts';
import { loadAverage } from './machine.ts';
import { ROOT } from './paths.ts';
import {
  corpus,
  KLIPING_SOURCES,
  readStamp,
  sameStamp,
  snapshotKliping,
  sourceHash,
  type Stamp,
  writeStamp,
} from './workspace.ts';

export interface KlipingBuild {
  snapshot: { root: string; hash: string };
  /** The site's folder: dist/, cache/, the log, stamp.json. */
  dir: string;
  /** The content folder; the project's own content/ when undefined. */
  content?: string;
  stamp: Stamp;
  label: string;
  killAboveBytes?: number;
}

/** The shards of a built site's search index. */
export function shardCount(dist: string): number {
  const file = join(dist, 'pagefind/shards.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ShardManifest).shards.length : 0;
}

export async function buildKliping(options: KlipingBuild): Promise<BuildRun> {
  const { dir } = options;
  const { root } = options.snapshot;
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(root, '.astro'), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dist = join(dir, 'dist');
  const loadBefore = loadAverage();
  console.log(`build: ${options.label} (load ${loadBefore})`);
  const run = await runStep(dir, 'build', process.execPath, ['scripts/build.ts', '--outDir', dist], {
    cwd: root,
    env: {
      KLIPING_CONTENT: options.content ?? join(ROOT, 'content'),
      KLIPING_CACHE_DIR: join(dir, 'cache'),
    },
    label: options.label,
    ...(options.killAboveBytes !== undefined ? { killAboveBytes: options.killAboveBytes } : {}),
  });
  const step = stepRun('scripts/build.ts', run);
  // Astro's process ends before the search index starts: its last sample is when it exited.
  const astro = run.processes.find((p) => p.command.includes('astro.mjs build'));
  const shards = step.ok ? shardCount(dist) : 0;
  const phases = phasesOf([
    ...astroMarks(run.lines),
    ['Astro exits', astro?.lastMs],
    [`search index (Pagefind, ${shards} shard${shards === 1 ? '' : 's'}, a process each)`, run.wallMs],
  ]);
  const result = buildRun('kliping', loadBefore, [step], {
    phases,
    renderTimes: renderTimes(run.lines, klipingPageType),
    ...(step.ok ? { dist: measureDist(dist, klipingPageType), shards } : {}),
  });
  if (result.ok) writeStamp(join(dir, 'stamp.json'), options.stamp);
  console.log(describeRun(options.label, result));
  return result;
}

/**
 * Kliping built at a size, for the search benchmark: the site `npm run bench` left in the
 * work folder if its stamp says it was built from the same corpus and sources (unless
 * `rebuild`), else built now. Says which.
 */
export async function klipingSite(
  work: string,
  count: number,
  seed: number,
  rebuild: boolean,
): Promise<{ dist: string; built: string }> {
  const dir = join(work, `kliping-${count}`);
  const content = corpus(work, count, seed);
  const stamp = { count, seed, hash: sourceHash(KLIPING_SOURCES), corpus: content.hash };
  if (!rebuild && sameStamp(readStamp(join(dir, 'stamp.json')), stamp)) {
    console.log(`reusing ${dir}`);
    return {
      dist: join(dir, 'dist'),
      built: 'the build `npm run bench` left, from the same corpus and sources',
    };
  }
  const run = await buildKliping({
    snapshot: snapshotKliping(work),
    dir,
    content: content.dir,
    stamp,
    label: `Kliping, ${count} articles`,
  });
  if (!run.ok) throw new Error(`Kliping did not build ${count} articles: see ${dir}/build.log`);
  return { dist: join(dir, 'dist'), built: `built here in ${(run.wallMs / 1000).toFixed(0)} s` };
}
