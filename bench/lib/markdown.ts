/**
 * The report's Markdown: tables, numbers in the units BENCHMARKS.md uses (binary: 1 KiB =
 * 1,024 bytes), verdicts, medians. Pure.
 */

/** A Markdown table; Prettier aligns it when the file is written. */
export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) =>
    `| ${cells.map((cell) => String(cell).replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

export const kib = (bytes: number, digits = 1) => fixed(bytes / 1024, digits);
export const mib = (bytes: number, digits = 1) => fixed(bytes / 2 ** 20, digits);
export const gib = (bytes: number, digits = 2) => fixed(bytes / 2 ** 30, digits);
export const seconds = (ms: number, digits = 1) => fixed(ms / 1000, digits);
export const ms = (value: number, digits = 0) => fixed(value, digits);
export const ratio = (value: number, digits = 2) => fixed(value, digits);
export const count = (n: number) => n.toLocaleString('en-US');
/** "`/cari/`". */
export const code = (text: string) => `\`${text}\``;

/** A target's verdict at one size. */
export type Verdict = 'met' | 'missed' | 'not yet run' | 'not measured';

export const verdictText = (verdict: Verdict) =>
  verdict === 'met' || verdict === 'missed' ? `**${verdict}**` : verdict;

export const verdict = (met: boolean): Verdict => (met ? 'met' : 'missed');

/** A figure with its verdict, for a cell of a targets table. */
export interface Cell {
  figure: string;
  verdict: Verdict;
}

export const cellText = (cell: Cell | undefined) =>
  cell === undefined
    ? '—'
    : cell.figure === ''
      ? verdictText(cell.verdict)
      : `${cell.figure}: ${verdictText(cell.verdict)}`;

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const max = (values: readonly number[]) => (values.length === 0 ? NaN : Math.max(...values));
