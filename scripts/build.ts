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
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readCaptureBytes } from '../src/lib/capture-file.ts';
import type { Shard, ShardManifest } from '../src/lib/search-shards.ts';
import { CAPTURE_MANIFEST } from '../src/lib/urls.ts';

/** Node's heap for Astro: enough for 100,000 articles (measured in BENCHMARKS.md), far below the machine's memory. */
const ASTRO_HEAP_MIB = 8192;
/** Indexing processes at once: a shard's Pagefind uses about one core. */
const INDEXERS = 2;

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const dist = resolve(values.outDir);
const script = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** The content folder, as astro.config.mjs resolves it: from the project root. */
const content = resolve(script('..'), process.env.KLIPING_CONTENT ?? 'content');

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

/**
 * The raw captures, byte for byte, at /naskah/<file>: the ones the site's manifest lists, each
 * checked against its SHA-256 as it is copied (a capture changed during the build fails it).
 */
async function copyCaptures(): Promise<number> {
  const manifest = await readFile(join(dist, CAPTURE_MANIFEST), 'utf8');
  const entries = manifest
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => ({ sha256: line.slice(0, 64), file: line.slice(66) }));
  await mkdir(join(dist, 'naskah'), { recursive: true });
  for (let i = 0; i < entries.length; i += 64) {
    await Promise.all(
      entries.slice(i, i + 64).map(async ({ sha256, file }) => {
        const bytes = await readCaptureBytes(content, `captures/${file}`, sha256);
        await writeFile(join(dist, 'naskah', file), bytes);
      }),
    );
  }
  return entries.length;
}

const { shards } = JSON.parse(await readFile(join(dist, 'pagefind', 'shards.json'), 'utf8')) as ShardManifest;
const copied = copyCaptures().catch((error: unknown) => {
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
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
const captures = await copied;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const pages = shards.reduce((sum, shard) => sum + shard.pages, 0);
console.log(
  `build: indexed ${pages} articles in ${shards.length} search shard(s), copied ${captures} captures; done in ${seconds} s`,
);
