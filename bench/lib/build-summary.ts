/**
 * The runs of each build summed up for the report. Each figure is the median over the runs
 * that succeeded (wall time, CPU time and both peaks separately: a V8 heap's peak varies from
 * run to run); the phases, page types and pages are those of the run of median wall time. A
 * site whose every run failed is summed up over its failed runs, and says so. Pure.
 */
import { max, median } from './markdown.ts';
import type { BuildRun, BuildSize, SiteId, SiteResult } from './results.ts';

export interface SiteSummary {
  site: SiteId;
  /** built: every run succeeded; failed: every run failed; some failed: the figures are the good runs'. */
  status: 'built' | 'failed' | 'some failed' | 'skipped';
  runs: BuildRun[];
  wallMs: number;
  cpuMs: number;
  peakTreeBytes: number;
  /** The highest tree peak of any run: what a memory limit must allow. */
  worstPeakTreeBytes: number;
  peakProcessBytes: number;
  /** The run of median wall time among those that succeeded (or among all, if none did). */
  typical?: BuildRun;
  /** HTML pages written (the typical run's). */
  pages: number;
  skipped?: string;
}

export const SITE_NAMES: Record<SiteId, string> = {
  kliping: 'Kliping',
  baseline: 'baseline (Astro + MDX + Pagefind)',
  hugo: 'Hugo + Pagefind',
};

export function summariseSite(site: SiteId, result: SiteResult | undefined): SiteSummary | undefined {
  if (!result) return undefined;
  const empty = {
    wallMs: NaN,
    cpuMs: NaN,
    peakTreeBytes: NaN,
    worstPeakTreeBytes: NaN,
    peakProcessBytes: NaN,
  };
  if (result.skipped !== undefined || result.runs.length === 0) {
    return { site, status: 'skipped', runs: [], pages: NaN, ...empty, skipped: result.skipped ?? 'not run' };
  }
  const good = result.runs.filter((run) => run.ok);
  const runs = good.length > 0 ? good : result.runs;
  const of = (figure: (run: BuildRun) => number) => median(runs.map(figure));
  const typical = runs.toSorted((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)];
  return {
    site,
    status: good.length === result.runs.length ? 'built' : good.length === 0 ? 'failed' : 'some failed',
    runs: result.runs,
    wallMs: of((run) => run.wallMs),
    cpuMs: of((run) => run.cpuMs),
    peakTreeBytes: of((run) => run.peakTreeBytes),
    worstPeakTreeBytes: max(result.runs.map((run) => run.peakTreeBytes)),
    peakProcessBytes: of((run) => run.peakProcessBytes),
    ...(typical ? { typical } : {}),
    pages: typical?.dist?.htmlPages ?? NaN,
  };
}

/** Every site of a size, summed up, in the report's order. */
export function summariseSize(size: BuildSize): Partial<Record<SiteId, SiteSummary>> {
  const summaries: Partial<Record<SiteId, SiteSummary>> = {};
  for (const site of ['kliping', 'baseline', 'hugo'] as const) {
    const summary = summariseSite(site, size.sites[site]);
    if (summary) summaries[site] = summary;
  }
  return summaries;
}

/** True if the summary's figures are of good builds (comparable with another site's). */
export const usable = (summary: SiteSummary | undefined): summary is SiteSummary =>
  summary !== undefined && (summary.status === 'built' || summary.status === 'some failed');

/** Time per article and per page, wall and CPU. */
export const perArticle = (s: SiteSummary, count: number, time: 'wallMs' | 'cpuMs' = 'wallMs') =>
  s[time] / count;
export const perPage = (s: SiteSummary, time: 'wallMs' | 'cpuMs' = 'wallMs') => s[time] / s.pages;

/** The size of `count` in the results, or undefined. */
export const sizeOf = (sizes: readonly BuildSize[], count: number) =>
  sizes.find((size) => size.count === count);

/** Why a site's figures are missing at a size: "not yet run", "failed", "skipped: …". */
export function missing(summary: SiteSummary | undefined): string {
  if (summary === undefined) return 'not yet run';
  if (summary.status === 'skipped') return `skipped (${summary.skipped})`;
  return 'failed';
}

/** The report's order of the sites. */
export const SITE_ORDER: readonly SiteId[] = ['kliping', 'baseline', 'hugo'];

/** A size as the report reads it: its results and their summaries. */
export interface SizeView {
  size: BuildSize;
  sites: Partial<Record<SiteId, SiteSummary>>;
}

/** Every size of the report's columns, with its view if measured. */
export type SizeViews = Map<number, SizeView | undefined>;
