/**
 * `npm run build`: the site, then its search index. Astro builds the pages in its own process;
 * once it has exited, Pagefind indexes the article pages one shard at a time
 * (src/lib/search-shards.ts), each in a fresh Pagefind process, so that the peak memory is
 * Astro's or one shard's, never their sum, and grows with a shard, not with the archive.
 * Any error Pagefind reports, or a shard that does not hold the pages it should, fails the
 * build: a site whose search silently misses articles is broken.
 *
 *   node scripts/build.ts [--outDir DIR]      (KLIPING_CONTENT, KLIPING_SITE as for astro build)
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import type { ShardManifest } from '../src/lib/search-shards.ts';

/** Node's heap for Astro: enough for 100,000 articles (measured in BENCHMARKS.md), far below the machine's memory. */
const ASTRO_HEAP_MIB = 8192;

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const dist = resolve(values.outDir);
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

function fail(message: string): never {
  console.error(`build: ${message}`);
  process.exit(1);
}

const started = performance.now();
const site = spawnSync(
  process.execPath,
  [`--max-old-space-size=${ASTRO_HEAP_MIB}`, astro, 'build', '--outDir', dist],
  {
    stdio: 'inherit',
    env: process.env,
  },
);
if (site.status !== 0) process.exit(site.status ?? 1);

const manifest = JSON.parse(await readFile(join(dist, 'pagefind', 'shards.json'), 'utf8')) as ShardManifest;
let indexed = 0;
for (const shard of manifest.shards) {
  try {
    const created = await pagefind.createIndex({});
    if (!created.index || created.errors.length > 0)
      fail(`Pagefind could not create an index: ${created.errors.join('; ')}`);
    const added = await created.index.addDirectory({ path: dist, glob: shard.glob });
    if (added.errors.length > 0) fail(`Pagefind could not index ${shard.glob}: ${added.errors.join('; ')}`);
    if (added.page_count !== shard.pages) {
      fail(
        `the search shard ${shard.id} indexed ${added.page_count} pages of ${shard.glob}; expected ${shard.pages} articles`,
      );
    }
    const written = await created.index.writeFiles({ outputPath: join(dist, 'pagefind', shard.id) });
    if (written.errors.length > 0)
      fail(`Pagefind could not write the index of ${shard.id}: ${written.errors.join('; ')}`);
    indexed += added.page_count;
  } finally {
    await pagefind.close();
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `build: indexed ${indexed} articles in ${manifest.shards.length} search shard(s); done in ${seconds} s`,
);
