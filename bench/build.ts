/**
 * `npm run bench`: how Kliping's build scales against a bare Astro + MDX + Pagefind site and
 * against Hugo + Pagefind (issue 10), what its pages weigh, and what Lighthouse says of them
 * (issue 6). Measures, keeps the figures in bench/results/*.json, and renders them into
 * BENCHMARKS.md (`npm run bench:report` renders them again without measuring).
 *
 *   node bench/build.ts [--counts 1000,10000] [--seed 1] [--repeat 1] [--work DIR]
 *                       [--only build,weight,lighthouse] [--kill-above-gib 16]
 *
 * A size measured replaces that size's figures and keeps the others': 100,000 articles can be
 * measured on its own (`--counts 100000`, about an hour and 10 GB in the work folder).
 * The work folder (default: the system's temp folder, kliping-bench/) keeps the sites;
 * `npm run bench:search` reuses Kliping's.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSections } from './lib/benchmarks-file.ts';
import { measureSize } from './lib/build-measure.ts';
import { renderBuild } from './lib/build-report.ts';
import { buildKliping } from './lib/kliping.ts';
import { runLighthouse } from './lib/lighthouse.ts';
import { type LighthouseResults, renderLighthouse } from './lib/lighthouse-report.ts';
import { machineInfo } from './lib/machine.ts';
import { type BuildResults, type BuildSize, mergeSizes, readResults, writeResults } from './lib/results.ts';
import { pagesByType, SEARCHING_QUERY, weighPages } from './lib/weight.ts';
import { renderWeight, type WeightResults } from './lib/weight-report.ts';
import { DEFAULT_WORK, snapshotKliping } from './lib/workspace.ts';

const { values } = parseArgs({
  options: {
    counts: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '1' },
    work: { type: 'string', default: DEFAULT_WORK },
    only: { type: 'string', default: 'build,weight,lighthouse' },
    repeat: { type: 'string', default: '1' },
    'kill-above-gib': { type: 'string', default: '16' },
  },
});
const counts = values.counts.split(',').map(Number);
const seed = Number(values.seed);
const work = resolve(values.work);
const only = new Set(values.only.split(','));
const repeat = Number(values.repeat);
const killAboveBytes = Number(values['kill-above-gib']) * 2 ** 30;
const command = `node bench/build.ts ${process.argv.slice(2).join(' ')}`.trim();

console.log(`work folder: ${work}`);
const snapshot = snapshotKliping(work);

if (only.has('build')) {
  const fresh: BuildSize[] = [];
  for (const count of counts) {
    fresh.push(await measureSize({ work, count, seed, repeat, killAboveBytes, command, snapshot }));
  }
  const results: BuildResults = { sizes: mergeSizes(readResults<BuildResults>('build')?.sizes ?? [], fresh) };
  await writeResults('build', results);
  await writeSections({ build: renderBuild(results) });
}

if (only.has('weight') || only.has('lighthouse')) {
  // Page weight and Lighthouse: Kliping over its own two articles.
  const dir = join(work, 'site-2');
  const site = await buildKliping({
    snapshot,
    dir,
    stamp: { count: 2, seed, hash: snapshot.hash },
    label: 'Kliping, its own two articles',
  });
  if (!site.ok) throw new Error(`the two-article site did not build: see ${dir}/build.log`);
  const dist = join(dir, 'dist');
  const sections: Record<string, string> = {};
  if (only.has('weight')) {
    const weights: WeightResults = { machine: machineInfo(), weights: await weighPages(dist) };
    await writeResults('weight', weights);
    sections.weight = renderWeight(weights);
  }
  if (only.has('lighthouse')) {
    const machine = machineInfo();
    // The article with the largest HTML: the one weighed above.
    const article = pagesByType(dist).get('article') ?? '/';
    const results = await runLighthouse(dist, [
      { name: 'home', path: '/' },
      { name: 'article', path: article },
      { name: 'timeline', path: '/linimasa/' },
      { name: 'search', path: `/cari/?q=${SEARCHING_QUERY}` },
    ]);
    const data: LighthouseResults = { machine, results };
    await writeResults('lighthouse', data);
    sections.lighthouse = renderLighthouse(data);
  }
  await writeSections(sections);
}
