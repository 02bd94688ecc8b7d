/** Reading a page's coverage chart (src/components/CoverageChart.astro) back: its table, and what its SVG draws. */
import { monthName } from '../../src/lib/dates.ts';
import type { MonthCount } from '../../src/lib/coverage.ts';

export interface ChartReading {
  /** The months of its table, with their counts (months outside the series left out). */
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
  const months = [...figure.querySelectorAll('thead th[abbr]')].map((th) => th.getAttribute('abbr'));
  const expected = Array.from({ length: 12 }, (_, i) => monthName(i + 1));
  if (months.join() !== expected.join()) throw new Error(`the table's months are ${months.join()}`);
  const table = [...figure.querySelectorAll('tbody tr')].flatMap((row) => {
    const year = Number(row.querySelector('th')!.textContent);
    const cells = [...row.querySelectorAll('td')].slice(0, 12);
    return cells.flatMap((cell, i) =>
      cell.textContent === '' ? [] : [{ year, month: i + 1, count: Number(cell.textContent) }],
    );
  });
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
