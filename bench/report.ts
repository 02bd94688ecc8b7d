/**
 * `npm run bench:report`: renders every benchmark section of BENCHMARKS.md again from the
 * figures kept in bench/results/*.json, without measuring anything: after a change to how a
 * report reads, or to see the figures of several runs side by side.
 *
 *   node bench/report.ts
 */
import { writeSections } from './lib/benchmarks-file.ts';
import { renderBuild } from './lib/build-report.ts';
import { type LighthouseResults, renderLighthouse } from './lib/lighthouse-report.ts';
import { type BuildResults, readResults, type SearchResults } from './lib/results.ts';
import { renderSearch } from './lib/search-report.ts';
import { renderWeight, type WeightResults } from './lib/weight-report.ts';

await writeSections({
  build: renderBuild(readResults<BuildResults>('build') ?? { sizes: [] }),
  weight: renderWeight(readResults<WeightResults>('weight')),
  lighthouse: renderLighthouse(readResults<LighthouseResults>('lighthouse')),
  search: renderSearch(readResults<SearchResults>('search')),
});
