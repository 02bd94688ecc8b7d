/**
 * Measures the build at one size: the corpus, then Kliping, the baseline and Hugo + Pagefind
 * built over it `repeat` times each, the order rotating from run to run (which evens out a
 * machine that gets busier or quieter during the run). Returns the data; rendering it is
 * ./build-report.ts's job.
 */
import { join } from 'node:path';
import { buildBaseline } from './baseline.ts';
import { buildHugo, HUGO_MISSING, hugoVersion, prepareHugo } from './hugo.ts';
import { buildKliping } from './kliping.ts';
import { machineInfo } from './machine.ts';
import { count } from './markdown.ts';
import type { BuildRun, BuildSize, SiteId, SiteResult } from './results.ts';
import { corpus, snapshotKliping } from './workspace.ts';

export interface SizeOptions {
  work: string;
  count: number;
  seed: number;
  repeat: number;
  killAboveBytes: number;
  /** The command line, for the report. */
  command: string;
  snapshot: ReturnType<typeof snapshotKliping>;
}

export async function measureSize(options: SizeOptions): Promise<BuildSize> {
  const { work, seed, repeat, killAboveBytes, snapshot } = options;
  const n = options.count;
  const machine = machineInfo();
  const content = corpus(work, n, seed);
  const version = hugoVersion();
  const hugoSite = version ? prepareHugo(join(work, `hugo-${n}`), content.dir) : undefined;
  const label = (site: string, r: number) => `${site}, ${count(n)} articles, run ${r + 1}/${repeat}`;
  const build: Record<SiteId, ((r: number) => Promise<BuildRun>) | undefined> = {
    kliping: (r) =>
      buildKliping({
        snapshot,
        dir: join(work, `kliping-${n}`),
        content: content.dir,
        stamp: { count: n, seed, hash: snapshot.hash, corpus: content.hash },
        label: label('Kliping', r),
        killAboveBytes,
      }),
    baseline: (r) =>
      buildBaseline({
        dir: join(work, `baseline-${n}`),
        content: content.dir,
        label: label('baseline', r),
        killAboveBytes,
      }),
    hugo: hugoSite
      ? (r) =>
          buildHugo({ dir: join(work, `hugo-${n}`), site: hugoSite, label: label('Hugo', r), killAboveBytes })
      : undefined,
  };
  const order: SiteId[] = ['baseline', 'kliping', 'hugo'];
  const runs: Record<SiteId, BuildRun[]> = { kliping: [], baseline: [], hugo: [] };
  for (let r = 0; r < repeat; r++) {
    const rotated = [...order.slice(r % order.length), ...order.slice(0, r % order.length)];
    for (const site of rotated) {
      const run = build[site];
      if (run) runs[site].push(await run(r));
    }
  }
  const hugo: SiteResult = version ? { runs: runs.hugo, version } : { runs: [], skipped: HUGO_MISSING };
  if (!version) console.log(`hugo: ${HUGO_MISSING}`);
  return {
    count: n,
    seed,
    repeat,
    command: options.command,
    killAboveBytes,
    machine,
    sites: { kliping: { runs: runs.kliping }, baseline: { runs: runs.baseline }, hugo },
  };
}
