import { describe, expect, it } from 'vitest';
import {
  BAR_HEIGHT,
  MIN_MONTHS,
  STEP,
  coverageSummary,
  coverageTable,
  drawCoverage,
  monthlyCounts,
} from '../../src/lib/coverage.ts';
import { parseArchiveDate } from '../../src/lib/dates.ts';

function dates(...values: string[]) {
  return values.map((value) => {
    const result = parseArchiveDate(value);
    if (!result.ok) throw new Error(result.reason);
    return result.date;
  });
}

describe('monthlyCounts', () => {
  it('counts the articles of each month, every month from the first to the last, empty ones as 0', () => {
    expect(monthlyCounts(dates('2022-01-12', '2021-10-05', '2022-01-04', '2021-10-31'))).toEqual([
      { year: 2021, month: 10, count: 2 },
      { year: 2021, month: 11, count: 0 },
      { year: 2021, month: 12, count: 0 },
      { year: 2022, month: 1, count: 2 },
    ]);
  });

  it('counts a time by its month in WIB, whatever the offset it is written with', () => {
    // 31 January 20:00 UTC is 1 February 03:00 WIB.
    expect(monthlyCounts(dates('2022-01-31T20:00+00:00'))).toEqual([{ year: 2022, month: 2, count: 1 }]);
  });

  it('is empty for no dates, and one month for one date', () => {
    expect(monthlyCounts([])).toEqual([]);
    expect(monthlyCounts(dates('2017-03-01'))).toEqual([{ year: 2017, month: 3, count: 1 }]);
  });

  it('spans a hundred months with every month once, in order', () => {
    const series = monthlyCounts(dates('2017-01-01', '2025-04-30'));
    expect(series).toHaveLength(100);
    expect(series.filter((m) => m.count > 0)).toHaveLength(2);
    expect(series.map((m) => m.year * 12 + m.month)).toEqual(series.map((_, i) => 2017 * 12 + 1 + i));
  });

  it('refuses a date without a month rather than guessing one', () => {
    expect(() => monthlyCounts(dates('2014'))).toThrow(/no month/);
  });
});

describe('drawCoverage', () => {
  const series = monthlyCounts(
    dates('2021-10-05', '2021-10-06', '2022-01-04', '2022-01-12', '2022-01-13', '2022-01-14'),
  );

  it('draws a bar per month with articles, the busiest full height, and a gap mark per empty month', () => {
    const drawing = drawCoverage(series);
    expect(drawing.max).toBe(4);
    expect(drawing.bars).toBe(`M1 ${BAR_HEIGHT}v-24h6v24zM25 ${BAR_HEIGHT}v-48h6v48z`);
    expect(drawing.gaps.match(/M/g)).toHaveLength(2);
    expect(drawing.years).toBe(`M${3 * STEP} 0v${drawing.height}`);
    expect(drawing.width).toBe(MIN_MONTHS * STEP);
  });

  it('keeps a month with one article among thousands visible, and stays small at a hundred months', () => {
    const many = [...Array.from({ length: 5000 }, () => '2017-01-02'), '2025-04-01'];
    const drawing = drawCoverage(monthlyCounts(dates(...many)));
    expect(drawing.bars).toContain('v-1h6v1z');
    const bytes = drawing.bars.length + drawing.gaps.length + drawing.years.length + drawing.baseline.length;
    expect(bytes).toBeLessThan(2500);
    expect(drawing.width).toBe(100 * STEP);
  });
});

describe('coverageTable and coverageSummary', () => {
  const series = monthlyCounts(dates('2021-11-05', '2022-02-01', '2022-02-02'));

  it('gives a row per year with twelve months, undefined outside the series', () => {
    expect(coverageTable(series)).toEqual([
      { year: 2021, months: [...Array(10).fill(undefined), 1, 0], total: 1 },
      { year: 2022, months: [0, 2, ...Array(10).fill(undefined)], total: 2 },
    ]);
  });

  it('names the span, the busiest month and the number of empty months', () => {
    expect(coverageSummary(series)).toEqual({
      first: { year: 2021, month: 11, count: 1 },
      last: { year: 2022, month: 2, count: 2 },
      busiest: { year: 2022, month: 2, count: 2 },
      empty: 2,
      total: 3,
    });
  });
});
