/**
 * The baseline: the bare Astro + MDX site of bench/baseline/ (a glob loader, a minimal
 * schema, one page per article rendered with `render()`, an index page) over the same
 * corpus, built with `astro build` on Node's default heap, then indexed with Pagefind's CLI.
 * If Astro fails (at 100,000 articles its heap may not hold the corpus), the failure is the
 * result and Pagefind does not run.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroMarks, phasesOf, renderTimes } from './build-log.ts';
import { measureDist } from './dist.ts';
import { succeeded } from './measure.ts';
import { peerPageType } from './pages.ts';
import type { BuildRun, StepRun } from './results.ts';
import { buildRun, describeRun, runStep, stepRun } from './steps.ts';
import { loadAverage } from './machine.ts';
import { ROOT } from './paths.ts';

export const BASELINE_ROOT = join(ROOT, 'bench/baseline');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
export const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');

export async function buildBaseline(options: {
  dir: string;
  content: string;
  label: string;
  killAboveBytes?: number;
}): Promise<BuildRun> {
  const { dir } = options;
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(BASELINE_ROOT, '.astro'), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dist = join(dir, 'dist');
  const kill = options.killAboveBytes !== undefined ? { killAboveBytes: options.killAboveBytes } : {};
  const loadBefore = loadAverage();
  console.log(`build: ${options.label} (load ${loadBefore})`);
  // Run from its own folder: Astro puts its prerender bundle in <cwd>/.astro/ when the output
  // folder is outside the working directory, where the project's own builds would meet it.
  const astro = await runStep(dir, 'build', process.execPath, [ASTRO, 'build', '--root', BASELINE_ROOT], {
    cwd: BASELINE_ROOT,
    env: { BASELINE_CONTENT: options.content, BASELINE_OUT: dist, BASELINE_CACHE: join(dir, 'cache') },
    label: options.label,
    ...kill,
  });
  const steps: StepRun[] = [stepRun('astro build', astro)];
  if (succeeded(astro)) {
    const index = await runStep(dir, 'pagefind', process.execPath, [PAGEFIND, '--site', dist], {
      cwd: ROOT,
      label: `${options.label}, Pagefind`,
      ...kill,
    });
    steps.push(stepRun('pagefind --site dist', index));
  }
  const phases = phasesOf([
    ...astroMarks(astro.lines),
    ['Astro exits', astro.wallMs],
    ...(steps[1] ? [['Pagefind CLI', astro.wallMs + steps[1].wallMs] as [string, number]] : []),
  ]);
  const ok = steps.every((step) => step.ok);
  const result = buildRun('baseline', loadBefore, steps, {
    phases,
    renderTimes: renderTimes(astro.lines, peerPageType),
    ...(ok ? { dist: measureDist(dist, peerPageType) } : {}),
  });
  console.log(describeRun(options.label, result));
  return result;
}
