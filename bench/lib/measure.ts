/**
 * Runs one command and measures it: wall time, CPU time, memory, and when each line of its
 * output came. The command runs under GNU time, which gives the CPU time (user + system) of
 * every process of the tree it waited for, and the kernel's high-water mark of the largest
 * one (%M); the tree's memory is sampled from /proc every 100 ms (./proc.ts).
 *
 * A build that grows past `killAboveBytes` (the tree's sum) is killed, so that a benchmark of
 * a site that cannot cope never takes the machine down with it: it is recorded as failed at
 * that size, with the memory it had reached.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { OutputLine } from './build-log.ts';
import { type ProcessRecord, TreeSampler } from './proc.ts';

/** How a command ended, from GNU time's report. */
export interface Ending {
  /** The exit code, when it exited. */
  exitCode: number | null;
  /** The signal that ended it, when one did. */
  signal: number | null;
}

export interface Measured extends Ending {
  command: string;
  wallMs: number;
  /** CPU time, user and system, of the process and every descendant it waited for. */
  cpuMs: number;
  /** The highest sum of the tree's resident sets in one sample. */
  peakTreeBytes: number;
  /** The highest resident set of any one process: /proc's VmHWM or GNU time's %M, whichever is higher. */
  peakProcessBytes: number;
  /** The process that reached it, as /proc saw it. */
  largestProcess?: ProcessRecord;
  /** Every process seen, in the order they started. */
  processes: ProcessRecord[];
  /** Set when the benchmark killed the tree for its memory. */
  killedAboveBytes?: number;
  /** Each output line (stdout and stderr, colour codes removed) and when it came. */
  lines: OutputLine[];
}

const SAMPLE_MS = 100;
const GNU_TIME = '/usr/bin/time';
/** GNU time's format: its last line, after any "Command exited…" line it adds. */
const TIME_FORMAT = '%M %U %S';

/** GNU time's report (-o FILE): how the command ended, its CPU seconds and peak kilobytes. */
export function parseTimeReport(text: string): Ending & { cpuMs: number; maxRssBytes: number } {
  const lines = text.trim().split('\n');
  const [kilobytes, user, system] = (lines.at(-1) ?? '').split(' ').map(Number);
  const exited = /Command exited with non-zero status (\d+)/.exec(text);
  const signalled = /Command terminated by signal (\d+)/.exec(text);
  return {
    exitCode: signalled ? null : exited ? Number(exited[1]) : 0,
    signal: signalled ? Number(signalled[1]) : null,
    cpuMs: ((user ?? NaN) + (system ?? NaN)) * 1000,
    maxRssBytes: (kilobytes ?? NaN) * 1024,
  };
}

const ANSI = /\x1b\[[0-9;]*m/g;

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Names the command in the progress lines. */
  label: string;
  /** Where GNU time writes its report. */
  timeFile: string;
  /** Kill the tree when its memory (the sum) passes this. */
  killAboveBytes?: number;
}

/**
 * Runs `command args` under GNU time, sampling the tree's memory, and resolves when it ends.
 * Every 30 s it prints how long it has run, its memory and its last line.
 */
export async function measure(
  command: string,
  args: readonly string[],
  options: MeasureOptions,
): Promise<Measured> {
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} is missing: apt-get install time`);
  rmSync(options.timeFile, { force: true });
  const started = performance.now();
  const child = spawn(GNU_TIME, ['-f', TIME_FORMAT, '-o', options.timeFile, command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: OutputLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push({ ms: performance.now() - started, text: line.replace(ANSI, '') });
    });
  }
  const sampler = child.pid === undefined ? undefined : new TreeSampler(child.pid);
  let killedAboveBytes: number | undefined;
  let now = 0;
  const timer = setInterval(() => {
    if (!sampler) return;
    now = sampler.sample(performance.now() - started);
    if (
      options.killAboveBytes !== undefined &&
      now > options.killAboveBytes &&
      killedAboveBytes === undefined
    ) {
      killedAboveBytes = options.killAboveBytes;
      // Everything below GNU time, so that it still reports how the command ended.
      for (const pid of sampler.pids().slice(1)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // ended meanwhile
        }
      }
      console.log(`  ! ${options.label}: killed at ${(now / 2 ** 30).toFixed(2)} GiB`);
    }
  }, SAMPLE_MS);
  const ticker = setInterval(() => {
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    const last = lines.at(-1)?.text.trim().slice(0, 80) ?? '';
    console.log(`  … ${options.label}: ${seconds} s, ${(now / 2 ** 30).toFixed(2)} GiB — ${last}`);
  }, 30_000);
  const closed = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const wallMs = performance.now() - started;
  clearInterval(timer);
  clearInterval(ticker);
  // Without GNU time's report (it could not write it), its own exit code is the command's.
  const report = existsSync(options.timeFile)
    ? parseTimeReport(readFileSync(options.timeFile, 'utf8'))
    : { exitCode: closed, signal: null, cpuMs: NaN, maxRssBytes: NaN };
  lines.sort((a, b) => a.ms - b.ms);
  const largestProcess = sampler?.largest();
  const processes = [...(sampler?.processes.values() ?? [])].sort((a, b) => a.firstMs - b.firstMs);
  return {
    command: [command, ...args].join(' '),
    exitCode: report.exitCode,
    signal: report.signal,
    wallMs,
    cpuMs: report.cpuMs,
    peakTreeBytes: sampler?.peakTreeBytes ?? 0,
    peakProcessBytes: Math.max(largestProcess?.peakBytes ?? 0, report.maxRssBytes || 0),
    ...(largestProcess ? { largestProcess } : {}),
    processes,
    ...(killedAboveBytes !== undefined ? { killedAboveBytes } : {}),
    lines,
  };
}

/** True if the command ended well. */
export const succeeded = (run: Ending & { killedAboveBytes?: number }) =>
  run.exitCode === 0 && run.signal === null && run.killedAboveBytes === undefined;

/**
 * The line that says why a command failed: V8's fatal error (a heap out of memory), else the
 * first error line of the last lines, else the last line.
 */
export function errorLine(lines: readonly { text: string }[]): string {
  const tail = lines.slice(-200).map((line) => line.text.trim());
  return (
    tail.find((text) => /FATAL ERROR|heap out of memory/.test(text)) ??
    tail.find((text) => /^(\[\w+\] )?(\w*Error\b|error\b|Error:|panicked)/i.test(text)) ??
    tail.findLast((text) => text !== '') ??
    ''
  );
}
