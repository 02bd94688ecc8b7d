/** Reading a page's coverage chart (src/components/CoverageChart.astro) back: its table, and what its SVG draws. */
import { monthShortName } from '../../src/lib/dates.ts';
import type { MonthCount } from '../../src/lib/coverage.ts';

export interface ChartReading {
  /** The months of its list of counts, with their counts (months outside the series left out). */
  table: MonthCount[];
  /** How many bars and gap marks the SVG draws. */
  bars: number;
  gaps: number;
  label: string;
  caption: string;
}

export function readChart(doc: Document): ChartReading | undefined {
  const figure = doc.querySelector('.coverage-chart');
  if (!figure) return undefined;
  const months = Array.from({ length: 12 }, (_, m) => monthShortName(m + 1));
  const table = [...figure.querySelectorAll('.coverage-table dl > div')].flatMap((year) =>
    [...year.querySelectorAll('li')].map((li) => {
      const [name, count] = (li.textContent ?? '').trim().split(/\s+/);
      return {
        year: Number(year.querySelector('.year')!.textContent),
        month: months.indexOf(name!) + 1,
        count: Number(count),
      };
    }),
  );
  const marks = (selector: string) =>
    (figure.querySelector(selector)?.getAttribute('d') ?? '').split('M').length - 1;
  return {
    table,
    bars: marks('path.bars'),
    gaps: marks('path.gaps'),
    label: figure.querySelector('svg')!.getAttribute('aria-label') ?? '',
    caption: (figure.querySelector('figcaption')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  };
}
