/**
 * A build as the benchmark runs it: one or more commands (steps), each measured (./measure.ts)
 * with its output kept in a log beside the site, then summed up as one BuildRun. A step
 * that fails is recorded (how it ended, the line that says why, the memory it had reached),
 * never thrown: a site that cannot build a size is a result.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorLine, measure, type Measured, type MeasureOptions, succeeded } from './measure.ts';
import type { BuildRun, SiteId, StepRun } from './results.ts';

/** A memory limit in GiB: "16", "0.5". */
export const gibLimit = (bytes: number) => {
  const value = bytes / 2 ** 30;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
};

/** Lines of a failed step's output kept in the results. */
const TAIL = 12;

/** A measured command as a step of the results. */
export function stepRun(name: string, run: Measured): StepRun {
  const ok = succeeded(run);
  return {
    name,
    ok,
    exitCode: run.exitCode,
    signal: run.signal,
    ...(run.killedAboveBytes !== undefined ? { killedAboveBytes: run.killedAboveBytes } : {}),
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    peakTreeBytes: run.peakTreeBytes,
    peakProcessBytes: run.peakProcessBytes,
    ...(run.largestProcess
      ? { largestProcess: { command: run.largestProcess.command, peakBytes: run.largestProcess.peakBytes } }
      : {}),
    ...(ok
      ? {}
      : {
          error:
            run.killedAboveBytes !== undefined
              ? `its memory passed ${gibLimit(run.killedAboveBytes)} GiB`
              : errorLine(run.lines),
          tail: run.lines.slice(-TAIL).map((line) => line.text.slice(0, 300)),
        }),
  };
}

/** Runs one step and writes its output, with each line's time, to `<dir>/<log>.log`. */
export async function runStep(
  dir: string,
  log: string,
  command: string,
  args: readonly string[],
  options: Omit<MeasureOptions, 'timeFile'>,
): Promise<Measured> {
  const run = await measure(command, args, { ...options, timeFile: join(dir, `${log}.time`) });
  writeFileSync(
    join(dir, `${log}.log`),
    `${run.command}\n${run.lines.map((line) => `${(line.ms / 1000).toFixed(3)} ${line.text}`).join('\n')}\n`,
  );
  return run;
}

/** The steps of one build summed up: times added, memory the highest of any step. */
export function buildRun(
  site: SiteId,
  loadBefore: string,
  steps: StepRun[],
  rest: Pick<BuildRun, 'phases' | 'renderTimes'> & Partial<Pick<BuildRun, 'dist' | 'shards'>>,
): BuildRun {
  return {
    site,
    ok: steps.every((step) => step.ok),
    loadBefore,
    steps,
    wallMs: steps.reduce((sum, step) => sum + step.wallMs, 0),
    cpuMs: steps.reduce((sum, step) => sum + step.cpuMs, 0),
    peakTreeBytes: Math.max(...steps.map((step) => step.peakTreeBytes)),
    peakProcessBytes: Math.max(...steps.map((step) => step.peakProcessBytes)),
    ...rest,
  };
}

/** The one-line account of a build the benchmark prints as it goes. */
export function describeRun(label: string, run: BuildRun): string {
  const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(2);
  const failed = run.steps.find((step) => !step.ok);
  return (
    `  → ${label}: ${failed ? `FAILED at ${failed.name} (${failed.error}), ` : ''}` +
    `${(run.wallMs / 1000).toFixed(1)} s, CPU ${(run.cpuMs / 1000).toFixed(1)} s, ` +
    `peak ${gib(run.peakTreeBytes)} GiB (tree), ${gib(run.peakProcessBytes)} GiB (one process)` +
    (run.dist ? `, ${run.dist.htmlPages} pages, ${run.dist.files} files` : '')
  );
}
