/**
 * The build report's comparisons: Kliping against the baseline and Hugo + Pagefind at each
 * size, time per article from size to size, and the targets' tables. Pure.
 */
import {
  missing,
  perArticle,
  perPage,
  SITE_NAMES,
  SITE_ORDER,
  type SiteSummary,
  type SizeViews,
  usable,
} from './build-summary.ts';
import type { Target } from './build-targets.ts';
import { cellText, count, ms, ratio, table } from './markdown.ts';

export function comparisons(measured: SizeViews): string {
  const rows: (string | number)[][] = [];
  for (const [n, m] of measured) {
    if (!m) continue;
    const { kliping: k, baseline: b, hugo: h } = m.sites;
    if (!usable(k)) {
      rows.push([count(n), 'Kliping failed', '', '', '', '', '']);
      continue;
    }
    const vs = (other: SiteSummary | undefined, figure: (o: SiteSummary) => number) =>
      usable(other) ? ratio(figure(other)) : missing(other);
    rows.push([
      count(n),
      vs(b, (o) => perArticle(k, n) / perArticle(o, n)),
      vs(b, (o) => perArticle(k, n, 'cpuMs') / perArticle(o, n, 'cpuMs')),
      vs(b, (o) => k.peakTreeBytes / o.peakTreeBytes),
      vs(h, (o) => perPage(k) / perPage(o)),
      vs(h, (o) => perPage(k, 'cpuMs') / perPage(o, 'cpuMs')),
      vs(h, (o) => k.peakTreeBytes / o.peakTreeBytes),
    ]);
  }
  return [
    '#### Kliping ÷ the others',
    '',
    'Against the baseline per article (both build one page per article and an index; Kliping',
    'builds its browsing pages too); against Hugo + Pagefind per page, as issue 10 sets it.',
    '',
    table(
      [
        'Articles',
        '÷ baseline, wall per article',
        'CPU per article',
        'peak, tree',
        '÷ Hugo + Pagefind, wall per page',
        'CPU per page',
        'peak, tree',
      ],
      rows,
    ),
  ].join('\n');
}

export function linearity(measured: SizeViews, counts: readonly number[]): string {
  const rows = SITE_ORDER.flatMap((site) =>
    (['wallMs', 'cpuMs'] as const).map((time) => {
      const per = counts.map((n) => {
        const s = measured.get(n)?.sites[site];
        return usable(s) ? perArticle(s, n, time) : NaN;
      });
      const growth = per.slice(1).map((value, i) => value / per[i]!);
      return [
        SITE_NAMES[site],
        time === 'wallMs' ? 'wall' : 'CPU',
        ...per.map((value, i) =>
          Number.isFinite(value) ? ms(value, 2) : missing(measured.get(counts[i]!)?.sites[site]),
        ),
        ...growth.map((g) => (Number.isFinite(g) ? `${ratio(g)}×` : '—')),
      ];
    }),
  );
  return [
    '#### Linearity: ms per article',
    '',
    'A growth of at most 1.2× from one size to the next is linear (issue 10); below 1 the fixed',
    'start-up spreads over more articles.',
    '',
    table(
      [
        'Site',
        'Time',
        ...counts.map((n) => count(n)),
        ...counts.slice(1).map((n, i) => `${count(n)} ÷ ${count(counts[i]!)}`),
      ],
      rows,
    ),
  ].join('\n');
}

export function targetTable(title: string, targets: Target[], counts: readonly number[]): string {
  return [
    title,
    '',
    table(
      ['Target', ...counts.map((n) => count(n))],
      targets.map((target) => [target.text, ...counts.map((n) => cellText(target.cell(n)))]),
    ),
  ].join('\n');
}
