/**
 * The machine and the code a measurement was made on, as data (kept in the results) and as
 * the short list the report shows.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { ROOT } from './paths.ts';

/** The load average over 1, 5 and 15 minutes, as /proc/loadavg gives it. */
export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

export interface MachineInfo {
  cpus: number;
  nproc: string;
  model: string;
  memoryBytes: number;
  kernel: string;
  node: string;
  /** 1, 5 and 15 minutes, when the run started. */
  loadAverage: string;
  commit: string;
  /** True if what is built had uncommitted changes. */
  dirty: boolean;
  /** When the run started, ISO 8601 in UTC. */
  date: string;
}

const output = (file: string, args: string[]) => {
  try {
    return execFileSync(file, args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

/** The machine and the commit now (call it as the run starts). */
export function machineInfo(): MachineInfo {
  const dirty = output('git', [
    '-C',
    ROOT,
    'status',
    '--porcelain',
    '--',
    'src',
    'scripts',
    'bench',
    'astro.config.mjs',
    'package-lock.json',
    // The figures a run writes are not what it measures.
    ':!bench/results',
  ]);
  return {
    cpus: cpus().length,
    nproc: output('nproc', []),
    model: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryBytes: totalmem(),
    kernel: output('uname', ['-r']),
    node: process.version,
    loadAverage: loadAverage(),
    commit: output('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']),
    dirty: dirty !== '' && dirty !== 'unknown',
    date: new Date().toISOString(),
  };
}

/** "2026-11-23 18:15 UTC". */
export const when = (info: MachineInfo) => `${info.date.slice(0, 16).replace('T', ' ')} UTC`;

/** The code measured: "commit 1a2b3c4" (with uncommitted changes, if any). */
export const code = (info: MachineInfo) =>
  `commit ${info.commit}${info.dirty ? ' with uncommitted changes' : ''}`;

/** A 1-minute load average at or above this when a run started marks its figures as noisy. */
export const BUSY_LOAD = 1;

/** The load average (1 minute) of a start. */
export const load1 = (loadAverage: string) => Number(loadAverage.split(' ')[0]);

/** A warning for figures measured on a busy machine, or '' if it was quiet enough. */
export function noisy(
  loads: readonly string[],
  what = 'wall times vary with it, CPU times much less',
): string {
  const busiest = Math.max(...loads.map(load1));
  return busiest >= BUSY_LOAD
    ? `**Noisy**: the machine was busy (load average up to ${busiest.toFixed(1)} when a run started); ${what}.`
    : '';
}

/** The machine as a short Markdown list. */
export function renderMachine(info: MachineInfo): string {
  return [
    `- Machine: ${info.cpus} CPUs (\`nproc\` ${info.nproc}), ${info.model}, ` +
      `${(info.memoryBytes / 2 ** 30).toFixed(1)} GiB memory, Linux ${info.kernel}`,
    `- Node ${info.node} (node_modules/.bin/node), load average ${info.loadAverage} when the run started`,
    `- Code: ${code(info)}, measured ${when(info)}`,
  ].join('\n');
}
