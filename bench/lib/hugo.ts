/**
 * Builds the Hugo + Pagefind peer (./hugo-site.ts) and measures both of its steps: `hugo`,
 * then `pagefind --site public` (Pagefind's CLI from node_modules). Hugo is the machine's
 * (Debian's `hugo` package); without it the peer is skipped, and the report says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PAGEFIND } from './baseline.ts';
import { phasesOf } from './build-log.ts';
import { measureDist } from './dist.ts';
import { writeHugoSite } from './hugo-site.ts';
import { loadAverage } from './machine.ts';
import { succeeded } from './measure.ts';
import { peerPageType } from './pages.ts';
import { ROOT } from './paths.ts';
import type { BuildRun, StepRun } from './results.ts';
import { buildRun, describeRun, runStep, stepRun } from './steps.ts';

/** Hugo's version line, or undefined when `hugo` is not installed. */
export function hugoVersion(): string | undefined {
  const found = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** What a report says when Hugo is missing. */
export const HUGO_MISSING =
  'Hugo is not installed on this machine (`apt-get install hugo`): the peer was skipped';

/** Writes the Hugo site for a corpus (not measured: it is the corpus, in Hugo's form). */
export function prepareHugo(dir: string, corpus: string): string {
  const site = join(dir, 'site');
  const started = performance.now();
  const articles = writeHugoSite(corpus, site);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`hugo: wrote ${articles} articles in ${seconds} s → ${site}`);
  return site;
}

export async function buildHugo(options: {
  dir: string;
  site: string;
  label: string;
  killAboveBytes?: number;
}): Promise<BuildRun> {
  const { dir, site } = options;
  const publicDir = join(dir, 'public');
  const cache = join(dir, 'cache');
  rmSync(publicDir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  rmSync(join(site, 'resources'), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const kill = options.killAboveBytes !== undefined ? { killAboveBytes: options.killAboveBytes } : {};
  const loadBefore = loadAverage();
  console.log(`build: ${options.label} (load ${loadBefore})`);
  const hugo = await runStep(
    dir,
    'hugo',
    'hugo',
    [
      '--source',
      resolve(site),
      '--destination',
      resolve(publicDir),
      '--cacheDir',
      resolve(cache),
      '--noBuildLock',
    ],
    { cwd: dir, label: options.label, ...kill },
  );
  const steps: StepRun[] = [stepRun('hugo', hugo)];
  if (succeeded(hugo)) {
    const index = await runStep(dir, 'pagefind', process.execPath, [PAGEFIND, '--site', publicDir], {
      cwd: ROOT,
      label: `${options.label}, Pagefind`,
      ...kill,
    });
    steps.push(stepRun('pagefind --site public', index));
  }
  const ok = steps.every((step) => step.ok) && existsSync(join(publicDir, 'index.html'));
  const result = buildRun('hugo', loadBefore, steps, {
    phases: phasesOf([
      ['hugo', hugo.wallMs],
      ...(steps[1] ? [['Pagefind CLI', hugo.wallMs + steps[1].wallMs] as [string, number]] : []),
    ]),
    renderTimes: [],
    ...(ok ? { dist: measureDist(publicDir, peerPageType) } : {}),
  });
  console.log(describeRun(options.label, result));
  return result;
}
