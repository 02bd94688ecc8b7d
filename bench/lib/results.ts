/**
 * The benchmarks' results as data: what the measuring modules return, what bench/results/*.json
 * keeps (committed), and what the report modules render. A run at one size replaces that
 * size's results and keeps the others, so that 10,000 and 100,000 articles can be measured
 * in separate runs and the report still shows them side by side, each with its own machine,
 * commit and date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as prettier from 'prettier';
import type { Phase, RenderTime } from './build-log.ts';
import type { DistFigures } from './dist.ts';
import type { MachineInfo } from './machine.ts';
import { ROOT } from './paths.ts';

export const RESULTS = join(ROOT, 'bench/results');

// ---------------------------------------------------------------------------------------------
// Builds

export const SITES = ['kliping', 'baseline', 'hugo'] as const;
export type SiteId = (typeof SITES)[number];

/** One command of a build, measured. */
export interface StepRun {
  /** What it is, e.g. "astro build", "pagefind --site public". */
  name: string;
  ok: boolean;
  exitCode: number | null;
  signal: number | null;
  /** Set when the benchmark killed it for its memory. */
  killedAboveBytes?: number;
  wallMs: number;
  cpuMs: number;
  peakTreeBytes: number;
  peakProcessBytes: number;
  /** The process with the highest peak, as /proc saw it. */
  largestProcess?: { command: string; peakBytes: number };
  /** Why it failed, and its last lines. */
  error?: string;
  tail?: string[];
}

/** One build of one site at one size. */
export interface BuildRun {
  site: SiteId;
  /** True if every step succeeded. */
  ok: boolean;
  /** The load average before it started. */
  loadBefore: string;
  steps: StepRun[];
  /** Over the steps: times summed, memory the highest. */
  wallMs: number;
  cpuMs: number;
  peakTreeBytes: number;
  peakProcessBytes: number;
  phases: Phase[];
  renderTimes: RenderTime[];
  /** What it wrote, when it succeeded. */
  dist?: DistFigures;
  /** Kliping's search index: how many shards. */
  shards?: number;
}

export interface SiteResult {
  runs: BuildRun[];
  /** The tool's version, when it has one of its own (Hugo). */
  version?: string;
  /** Why the site was not built at all (Hugo not installed). */
  skipped?: string;
}

export interface BuildSize {
  count: number;
  seed: number;
  repeat: number;
  /** The command that measured it. */
  command: string;
  killAboveBytes: number;
  machine: MachineInfo;
  sites: Partial<Record<SiteId, SiteResult>>;
}

export interface BuildResults {
  sizes: BuildSize[];
}

// ---------------------------------------------------------------------------------------------
// Search

export type SearchMode = 'typed' | 'direct' | 'session';

/** Bytes of one kind of file fetched before the first results. */
export interface KindBytes {
  bytes: number;
  gzip: number;
  files: number;
}

/** One query, searched once. */
export interface QueryRun {
  query: string;
  mode: SearchMode;
  /** Its place in the session (0 for the session's first query), or the run number. */
  index: number;
  /** Bytes before the first results: raw as the test server sent them, and as a host that gzips serves them. */
  bytes: number;
  gzip: number;
  /** Of those, the responses that started after the last keystroke. */
  afterLastBytes: number;
  afterLastGzip: number;
  files: number;
  /** ms from the last keystroke (typed) or from the navigation (direct) to the first results. */
  ms: number;
  /** How many results showed first. */
  results: number;
  /** What the box held instead of the query typed, when the page lost keystrokes (no figures then). */
  lost?: string;
  kinds: Record<string, KindBytes>;
  /** ms from the same start: the first request to /pagefind/, the first fragment requested, the last one received. */
  milestones: { pagefind: number | null; fragmentStart: number | null; fragmentsEnd: number | null };
}

/** A check of the search's answers (not a timing). */
export interface SearchCheck {
  name: string;
  url: string;
  ok: boolean;
  detail: string;
}

export interface SearchSize {
  count: number;
  seed: number;
  command: string;
  delay: number;
  runs: number;
  machine: MachineInfo;
  /** How the site was got: reused from `npm run bench`, or built here (and how long that took). */
  built: string;
  shards: number;
  queries: QueryRun[];
  /** Opening /cari/, before any typing. */
  atOpen: { bytes: number; gzip: number; htmlBytes: number; htmlGzip: number; pagefindBytes: number };
  /** The search page's own scripts and Pagefind's Component UI bundle, raw and gzipped. */
  ownJs: { files: string[]; bytes: number; gzip: number };
  componentUi: { bytes: number; gzip: number };
  checks: SearchCheck[];
}

export interface SearchResults {
  sizes: SearchSize[];
}

// ---------------------------------------------------------------------------------------------
// Reading and writing

/** bench/results/<name>.json, or undefined if there is none yet. */
export function readResults<T>(name: string): T | undefined {
  const file = join(RESULTS, `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

/** The sizes of `old` with those of `fresh` replacing any of the same count, by count. */
export function mergeSizes<S extends { count: number }>(old: readonly S[], fresh: readonly S[]): S[] {
  const counts = new Set(fresh.map((size) => size.count));
  return [...old.filter((size) => !counts.has(size.count)), ...fresh].sort((a, b) => a.count - b.count);
}

/** Writes bench/results/<name>.json, formatted as the project's Prettier would. */
export async function writeResults(name: string, results: unknown): Promise<void> {
  const file = join(RESULTS, `${name}.json`);
  mkdirSync(dirname(file), { recursive: true });
  const options = (await prettier.resolveConfig(file)) ?? {};
  // Fractions to a thousandth (milliseconds measured to a microsecond are noise), which keeps
  // scores between 0 and 1 (Lighthouse's 0.99, a layout shift of 0.001) as they are.
  const json = JSON.stringify(results, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value,
  );
  writeFileSync(file, await prettier.format(json, { ...options, filepath: file }));
  console.log(`wrote ${file}`);
}
