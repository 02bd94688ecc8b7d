/**
 * BENCHMARKS.md: each benchmark script owns one section between two markers and refreshes
 * only that; the rest of the file (written by hand) stays. The file is formatted with the
 * project's Prettier settings, so `npm run format:check` accepts it as written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { ROOT } from './sites.ts';

export const BENCHMARKS = join(ROOT, 'BENCHMARKS.md');

const SKELETON = `# Benchmarks

Figures measured by \`npm run bench\` (build, page weight, Lighthouse) and \`npm run bench:search\`
(search), which write the sections below between their markers; anything outside the markers is
kept. Sizes are in binary units: 1 KiB = 1,024 bytes, 1 MiB = 1,024 KiB, 1 GiB = 1,024 MiB.
`;

/** Replaces (or appends) the section `name` of BENCHMARKS.md and formats the file. */
export async function writeSection(name: string, markdown: string): Promise<void> {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const current = existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, 'utf8') : SKELETON;
  const block = `${start}\n\n${markdown.trim()}\n\n${end}`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${block}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  const options = (await prettier.resolveConfig(BENCHMARKS)) ?? {};
  writeFileSync(BENCHMARKS, await prettier.format(next, { ...options, filepath: BENCHMARKS }));
  console.log(`wrote the "${name}" section of ${BENCHMARKS}`);
}

/** A Markdown table; Prettier aligns it. */
export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) =>
    `| ${cells.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

const command = (file: string, args: string[]) => {
  try {
    return execFileSync(file, args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

/** The machine and the code measured (call it as the run starts), as a short list. */
export function machine(): string {
  const commit = command('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']);
  const dirty = command('git', [
    '-C',
    ROOT,
    'status',
    '--porcelain',
    '--',
    'src',
    'astro.config.mjs',
    'package-lock.json',
  ]);
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return [
    `- Machine: ${cpus().length} CPUs (\`nproc\` ${command('nproc', [])}), ${cpus()[0]?.model ?? 'unknown CPU'}, ` +
      `${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, Linux ${command('uname', ['-r'])}`,
    `- Node ${process.version} (node_modules/.bin/node), load average ${load} when the run started`,
    `- Code: commit ${commit}${dirty !== '' && dirty !== 'unknown' ? ' with uncommitted changes in src/' : ''}, ` +
      `measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Numbers

export const kib = (bytes: number, digits = 1) => `${(bytes / 1024).toFixed(digits)}`;
export const mib = (bytes: number, digits = 1) => `${(bytes / 2 ** 20).toFixed(digits)}`;
export const gib = (bytes: number, digits = 2) => `${(bytes / 2 ** 30).toFixed(digits)}`;
export const seconds = (ms: number, digits = 1) => `${(ms / 1000).toFixed(digits)}`;
export const count = (n: number) => n.toLocaleString('en-US');
export const verdict = (met: boolean) => (met ? '**met**' : '**missed**');

export function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
