/**
 * `npm run bench:search`: how searching the archive feels at 1,000, 10,000 and 100,000
 * articles (issue 10; issue 3 before it), in real Chromium: 20 queries typed, opened as
 * `/cari/?q=…`, and typed one after another in one session; and whether filters and sorts
 * still give the right answers (bench/lib/search-measure.ts, bench/lib/search-checks.ts).
 * Keeps the figures in bench/results/search.json and renders them into BENCHMARKS.md
 * (`npm run bench:report` renders them again without measuring).
 *
 *   node bench/search.ts [--counts 1000,10000] [--seed 1] [--work DIR] [--delay 100]
 *                        [--runs 3] [--rebuild]
 *
 * Over Kliping built at each size: the site `npm run bench` left in the work folder if it is
 * current (same corpus, same sources), else built here first. A size measured replaces that
 * size's figures and keeps the others'.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSections } from './lib/benchmarks-file.ts';
import { klipingSite } from './lib/kliping.ts';
import { mergeSizes, readResults, type SearchResults, type SearchSize, writeResults } from './lib/results.ts';
import { measureSearch } from './lib/search-measure.ts';
import { renderSearch } from './lib/search-report.ts';
import { DEFAULT_WORK } from './lib/workspace.ts';

const { values } = parseArgs({
  options: {
    counts: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '1' },
    work: { type: 'string', default: DEFAULT_WORK },
    delay: { type: 'string', default: '100' },
    runs: { type: 'string', default: '3' },
    rebuild: { type: 'boolean', default: false },
  },
});
const seed = Number(values.seed);
const work = resolve(values.work);
const command = `node bench/search.ts ${process.argv.slice(2).join(' ')}`.trim();

console.log(`work folder: ${work}`);
const fresh: SearchSize[] = [];
for (const count of values.counts.split(',').map(Number)) {
  const site = await klipingSite(work, count, seed, values.rebuild);
  fresh.push(
    await measureSearch({
      ...site,
      count,
      seed,
      command,
      delay: Number(values.delay),
      runs: Number(values.runs),
    }),
  );
}
const results: SearchResults = {
  sizes: mergeSizes(readResults<SearchResults>('search')?.sizes ?? [], fresh),
};
await writeResults('search', results);
await writeSections({ search: renderSearch(results) });
