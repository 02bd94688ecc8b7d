/**
 * Indexes some shards of the search index, one after another, each in a fresh Pagefind
 * process: `node scripts/lib/index-shards.ts <dist> <shard id>...`. scripts/build.ts runs it
 * in two processes at once (one per core); each prints one JSON line per shard and exits
 * non-zero with the reason on any error Pagefind reports, or when a shard does not hold the
 * pages it should.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { ShardManifest } from '../../src/lib/search-shards.ts';

const [dist, ...ids] = process.argv.slice(2);
if (!dist || ids.length === 0)
  throw new Error('usage: node scripts/lib/index-shards.ts <dist> <shard id>...');

function fail(message: string): never {
  console.error(`build: ${message}`);
  process.exit(1);
}

const manifest = JSON.parse(await readFile(join(dist, 'pagefind', 'shards.json'), 'utf8')) as ShardManifest;
for (const id of ids) {
  const shard = manifest.shards.find((s) => s.id === id);
  if (!shard) fail(`no search shard "${id}" in ${join(dist, 'pagefind', 'shards.json')}`);
  const started = performance.now();
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
    console.log(
      JSON.stringify({
        shard: shard.id,
        pages: added.page_count,
        seconds: (performance.now() - started) / 1000,
      }),
    );
  } finally {
    await pagefind.close();
  }
}
