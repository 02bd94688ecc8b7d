/**
 * Runs a command and measures it: wall time, peak memory and when each line of its output
 * came. Memory is measured twice, because a build is a tree of processes (Astro's Node,
 * esbuild, Pagefind's binary):
 *
 * - `peakTreeBytes`: the peak of the sum of the resident set sizes of the whole process tree,
 *   sampled from /proc every 100 ms (a short spike between two samples can be missed);
 * - `peakProcessBytes`: the largest resident set size any one process of the tree reached,
 *   from GNU time's %M (the kernel's high-water mark: the maximum over the process and every
 *   descendant it waited for, never their sum).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface Measured {
  command: string;
  exitCode: number | null;
  wallMs: number;
  peakTreeBytes: number;
  peakProcessBytes: number;
  /** CPU time, user and system, of the process and every descendant it waited for. */
  cpuMs: number;
  /** Each output line (stdout and stderr, colour codes removed) and when it came, in ms from start. */
  lines: { ms: number; text: string }[];
}

const PAGE_SIZE = 4096;
const SAMPLE_MS = 100;
const GNU_TIME = '/usr/bin/time';

/** Every process's parent, from /proc/<pid>/stat. */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    // The command name (field 2) is in parentheses and may contain spaces.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  return children;
}

/** The summed resident set size of a process and all its descendants, in bytes. */
export function treeRss(root: number): number {
  const children = parents();
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    try {
      const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
      total += Number(statm[1]) * PAGE_SIZE;
    } catch {
      // ended meanwhile
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * Runs `command args` under GNU time, sampling the tree's memory, and resolves when it ends.
 * Every 30 s it prints how long it has run and the command's last line, under `label`.
 */
export async function measure(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; label: string; timeFile: string },
): Promise<Measured> {
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} is missing: apt-get install time`);
  rmSync(options.timeFile, { force: true });
  const started = performance.now();
  const child = spawn(GNU_TIME, ['-f', '%M %U %S', '-o', options.timeFile, command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Measured['lines'] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push({ ms: performance.now() - started, text: line.replace(ANSI, '') });
    });
  }
  let peakTreeBytes = 0;
  const sample = () => {
    if (child.pid !== undefined) peakTreeBytes = Math.max(peakTreeBytes, treeRss(child.pid));
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const ticker = setInterval(() => {
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    const last = lines.at(-1)?.text.trim().slice(0, 90) ?? '';
    console.log(`  … ${options.label}: ${seconds} s — ${last}`);
  }, 30_000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  clearInterval(timer);
  clearInterval(ticker);
  // The last line: a command that failed has "Command exited with non-zero status" above it.
  const [kilobytes, user, system] = (readFileSync(options.timeFile, 'utf8').trim().split('\n').at(-1) ?? '')
    .split(' ')
    .map(Number);
  lines.sort((a, b) => a.ms - b.ms);
  return {
    command: [command, ...args].join(' '),
    exitCode,
    wallMs,
    peakTreeBytes,
    peakProcessBytes: (kilobytes ?? 0) * 1024,
    cpuMs: ((user ?? 0) + (system ?? 0)) * 1000,
    lines,
  };
}

/** Bytes and number of files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files };
}
