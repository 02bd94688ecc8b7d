/**
 * Coverage at a glance: how many articles the archive holds for each month (of publication,
 * in WIB), every month from the first to the last, the empty ones included, so that a gap in
 * the archive shows as a gap and is never closed up. The chart (src/components/CoverageChart.astro)
 * draws it as a few SVG paths and gives the same counts as text, a year a line.
 */
import type { ArchiveDate } from './dates.ts';

export interface MonthCount {
  year: number;
  /** 1–12. */
  month: number;
  count: number;
}

/** Months since year 0: one number per calendar month, so that consecutive months differ by 1. */
const monthIndex = (year: number, month: number) => year * 12 + (month - 1);

/**
 * Articles per month, in order, from the month of the earliest date to that of the latest,
 * every month in between included (with 0 when it has none). Empty for no dates. Dates of day
 * or minute precision (as publication dates are): their civil month in WIB.
 */
export function monthlyCounts(dates: Iterable<Pick<ArchiveDate, 'year' | 'month'>>): MonthCount[] {
  const counts = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const date of dates) {
    if (date.month === undefined) throw new RangeError(`a date of ${date.year} has no month`);
    const index = monthIndex(date.year, date.month);
    counts.set(index, (counts.get(index) ?? 0) + 1);
    if (index < first) first = index;
    if (index > last) last = index;
  }
  const series: MonthCount[] = [];
  for (let index = first; index <= last; index++) {
    series.push({ year: Math.floor(index / 12), month: (index % 12) + 1, count: counts.get(index) ?? 0 });
  }
  return series;
}

/** The drawing of a series: SVG path data in a viewBox of `width` × `height` units. */
export interface CoverageDrawing {
  width: number;
  height: number;
  /** One bar per month with articles, its height in proportion to the busiest month. */
  bars: string;
  /** A mark under the baseline for each month without articles: the gaps. */
  gaps: string;
  /** A thin line at the start of each year after the first. */
  years: string;
  /** The baseline. */
  baseline: string;
  max: number;
}

/** Units per month in the drawing: a bar and the space after it. */
export const BAR = 6;
export const STEP = 8;
/** The bars' height at the busiest month; the gap marks and year lines sit below. */
export const BAR_HEIGHT = 48;
/** The narrowest drawing, in months: a short series stays a row of thin bars, not one block. */
export const MIN_MONTHS = 24;

/**
 * The chart of a series as path data: whole units only, so that a hundred months stay about
 * two KiB of markup. A month with any article gets a bar at least one unit high.
 */
export function drawCoverage(series: readonly MonthCount[]): CoverageDrawing {
  const max = series.reduce((most, { count }) => Math.max(most, count), 0);
  const width = Math.max(series.length, MIN_MONTHS) * STEP;
  const height = BAR_HEIGHT + 8;
  const bars: string[] = [];
  const gaps: string[] = [];
  const years: string[] = [];
  series.forEach(({ month, count }, i) => {
    const x = i * STEP + 1;
    if (count > 0) {
      const h = Math.max(1, Math.round((count / max) * BAR_HEIGHT));
      bars.push(`M${x} ${BAR_HEIGHT}v-${h}h${BAR}v${h}z`);
    } else {
      gaps.push(`M${x} ${BAR_HEIGHT + 2}h${BAR}v3h-${BAR}z`);
    }
    if (month === 1 && i > 0) years.push(`M${i * STEP} 0v${height}`);
  });
  return {
    width,
    height,
    bars: bars.join(''),
    gaps: gaps.join(''),
    years: years.join(''),
    baseline: `M0 ${BAR_HEIGHT}.5h${series.length * STEP}`,
    max,
  };
}

/** A year of the chart's counts: a year and its twelve months (undefined outside the series). */
export interface CoverageYear {
  year: number;
  months: (number | undefined)[];
  total: number;
}

/** The series by year, a year a line, for readers who do not see the chart. */
export function coverageTable(series: readonly MonthCount[]): CoverageYear[] {
  const years = new Map<number, CoverageYear>();
  for (const { year, month, count } of series) {
    let row = years.get(year);
    if (!row) {
      row = { year, months: Array.from({ length: 12 }, () => undefined), total: 0 };
      years.set(year, row);
    }
    row.months[month - 1] = count;
    row.total += count;
  }
  return [...years.values()];
}

/** What the chart says in one line: its span, its busiest month and how many months are empty. */
export function coverageSummary(series: readonly MonthCount[]) {
  const busiest = series.reduce<MonthCount | undefined>(
    (best, entry) => (!best || entry.count > best.count ? entry : best),
    undefined,
  );
  return {
    first: series[0],
    last: series.at(-1),
    busiest,
    empty: series.filter((entry) => entry.count === 0).length,
    total: series.reduce((sum, entry) => sum + entry.count, 0),
  };
}
