/**
 * Memory of a process tree, read from Linux's /proc. A build is a tree of processes (npm's
 * Node, Astro's Node, esbuild, one Pagefind binary per search shard, Hugo), so a sample
 * walks the tree from its root through each thread's `children` file and reads each
 * process's `status`:
 *
 * - `VmRSS`, its resident set now: the tree's figure is their sum (pages shared between
 *   processes count once per process, so the sum can exceed what the machine lost);
 * - `VmHWM`, its resident set's high-water mark, kept by the kernel: a process's peak even
 *   between two samples. The largest process is the one with the highest mark.
 *
 * The parsers are pure (and unit-tested); `TreeSampler` does the reading.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** What a sample needs of /proc/<pid>/status. */
export interface ProcessStatus {
  /** The command name the kernel keeps (15 characters at most). */
  name: string;
  ppid: number;
  rssBytes: number;
  hwmBytes: number;
}

/** A `kB` line of /proc/<pid>/status in bytes (the kernel's kB are KiB), 0 if absent (a kernel thread, a zombie). */
function kilobytes(text: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(text);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Parses /proc/<pid>/status. */
export function parseStatus(text: string): ProcessStatus {
  return {
    name: /^Name:\t(.*)$/m.exec(text)?.[1] ?? '',
    ppid: Number(/^PPid:\s+(\d+)$/m.exec(text)?.[1] ?? NaN),
    rssBytes: kilobytes(text, 'VmRSS'),
    hwmBytes: kilobytes(text, 'VmHWM'),
  };
}

/** Parses /proc/<pid>/task/<tid>/children: the pids of the children that thread started. */
export function parseChildren(text: string): number[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((field) => /^\d+$/.test(field))
    .map(Number);
}

/**
 * A process's command line, short enough for a report: the program's file name and the
 * first arguments that are not options, by file name too ("node astro.mjs build").
 */
export function shortCommand(cmdline: string): string {
  const [program = '', ...args] = cmdline.split('\0').filter((part) => part !== '');
  const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  const words = [base(program), ...args.filter((arg) => !arg.startsWith('-')).map(base)];
  return words.slice(0, 3).join(' ');
}

/** One process seen in the tree. */
export interface ProcessRecord {
  pid: number;
  command: string;
  /** ms after the start of measuring when it was first and last seen. */
  firstMs: number;
  lastMs: number;
  /** The highest VmHWM read: the process's peak resident set. */
  peakBytes: number;
}

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended meanwhile
  }
};

/** The children of every thread of a process. */
function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((tid) => parseChildren(read(`/proc/${pid}/task/${tid}/children`) ?? ''));
}

/** Samples a process tree again and again, keeping its peaks and every process it saw. */
export class TreeSampler {
  readonly #root: number;
  /** The highest sum of VmRSS over the tree in any one sample. */
  peakTreeBytes = 0;
  readonly processes = new Map<number, ProcessRecord>();

  constructor(root: number) {
    this.#root = root;
  }

  /** The pids of the tree now, the root first. */
  pids(): number[] {
    const found: number[] = [];
    const queue = [this.#root];
    while (queue.length > 0) {
      const pid = queue.shift()!;
      if (found.includes(pid)) continue;
      found.push(pid);
      queue.push(...childrenOf(pid));
    }
    return found;
  }

  /** Reads the tree once, at `atMs`; returns its summed resident set now. */
  sample(atMs: number): number {
    let total = 0;
    for (const pid of this.pids()) {
      const text = read(`/proc/${pid}/status`);
      if (text === undefined) continue;
      const status = parseStatus(text);
      total += status.rssBytes;
      let record = this.processes.get(pid);
      if (!record) {
        const command = shortCommand(read(`/proc/${pid}/cmdline`) ?? '') || status.name;
        record = { pid, command, firstMs: atMs, lastMs: atMs, peakBytes: 0 };
        this.processes.set(pid, record);
      }
      record.lastMs = atMs;
      record.peakBytes = Math.max(record.peakBytes, status.hwmBytes);
    }
    this.peakTreeBytes = Math.max(this.peakTreeBytes, total);
    return total;
  }

  /** The process with the highest peak. */
  largest(): ProcessRecord | undefined {
    let best: ProcessRecord | undefined;
    for (const record of this.processes.values())
      if (!best || record.peakBytes > best.peakBytes) best = record;
    return best;
  }
}
