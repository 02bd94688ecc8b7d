/**
 * `npm run build`: the site, then its search index. Astro builds the pages in its own process;
 * once it has exited, Pagefind indexes the article pages shard by shard
 * (src/lib/search-shards.ts), in two processes at once (one per core of a small machine),
 * each shard in a fresh Pagefind process. So the peak memory is Astro's, or two shards',
 * never their sum, and it grows with a shard, not with the archive. Any error, or a shard
 * that does not hold the pages it should, fails the build: a site whose search silently
 * misses articles is broken.
 *
 *   node scripts/build.ts [--outDir DIR]      (KLIPING_CONTENT, KLIPING_SITE as for astro build)
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Shard, ShardManifest } from '../src/lib/search-shards.ts';

/** Node's heap for Astro: enough for 100,000 articles (measured in BENCHMARKS.md), far below the machine's memory. */
const ASTRO_HEAP_MIB = 8192;
/** Indexing processes at once: a shard's Pagefind uses about one core. */
const INDEXERS = 2;

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const dist = resolve(values.outDir);
const script = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const started = performance.now();
const site = spawnSync(
  process.execPath,
  [
    `--max-old-space-size=${ASTRO_HEAP_MIB}`,
    script('../node_modules/astro/bin/astro.mjs'),
    'build',
    '--outDir',
    dist,
  ],
  {
    stdio: 'inherit',
    env: process.env,
  },
);
if (site.status !== 0) process.exit(site.status ?? 1);

/** The shards in `count` groups of about equal pages, biggest first. */
function groups(shards: readonly Shard[], count: number): Shard[][] {
  const out = Array.from({ length: count }, () => ({ pages: 0, shards: [] as Shard[] }));
  for (const shard of shards.toSorted((a, b) => b.pages - a.pages)) {
    const lightest = out.reduce((a, b) => (b.pages < a.pages ? b : a));
    lightest.shards.push(shard);
    lightest.pages += shard.pages;
  }
  return out.map((group) => group.shards).filter((group) => group.length > 0);
}

const { shards } = JSON.parse(await readFile(join(dist, 'pagefind', 'shards.json'), 'utf8')) as ShardManifest;
const codes = await Promise.all(
  groups(shards, INDEXERS).map(
    (group) =>
      new Promise<number>((done) => {
        const child = spawn(
          process.execPath,
          [script('./lib/index-shards.ts'), dist, ...group.map((s) => s.id)],
          {
            stdio: ['ignore', 'ignore', 'inherit'],
          },
        );
        child.on('close', (code) => done(code ?? 1));
      }),
  ),
);
if (codes.some((code) => code !== 0)) process.exit(1);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const pages = shards.reduce((sum, shard) => sum + shard.pages, 0);
console.log(`build: indexed ${pages} articles in ${shards.length} search shard(s); done in ${seconds} s`);
