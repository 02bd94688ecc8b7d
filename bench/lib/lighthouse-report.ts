/**
 * The "Lighthouse" section, rendered from bench/results/lighthouse.json. Pure.
 */
import { CATEGORIES, type LighthouseResult } from './lighthouse.ts';
import { type MachineInfo, noisy, renderMachine } from './machine.ts';
import { cellText, code, ms, seconds, table, verdict } from './markdown.ts';

export interface LighthouseResults {
  machine: MachineInfo;
  results: LighthouseResult[];
}

export function renderLighthouse(data: LighthouseResults | undefined): string {
  const version = data?.results[0]?.lighthouseVersion ?? '';
  const header = [
    '## Lighthouse',
    '',
    `Command: \`npm run bench -- --only lighthouse\`. Lighthouse ${version} with its default`,
    'settings (mobile: a Moto G Power-sized screen, simulated slow 4G and 4× CPU slowdown) driving',
    "the tests' Chromium, over the two-article site served by `tests/support/server.ts` on",
    '127.0.0.1 (no compression, no cache headers).',
  ];
  if (!data) return [...header, '', 'Not yet run.'].join('\n');
  const { results } = data;
  const rows = results.map((r) => [
    r.name,
    code(r.path),
    ...CATEGORIES.map((c) => r.scores[c]),
    seconds(r.metrics.fcpMs, 2),
    seconds(r.metrics.lcpMs, 2),
    ms(r.metrics.tbtMs),
    r.metrics.cls.toFixed(3),
  ]);
  const below = results.filter((r) => CATEGORIES.some((c) => r.scores[c] < 100));
  const failing = results.flatMap((r) =>
    r.failing.map((f) => [r.name, f.category, `${code(f.id)} ${f.title}`, f.score.toFixed(2), f.display]),
  );
  const shifts = results.flatMap((r) =>
    r.shifts.map((shift) => [r.name, code(shift.element), shift.score.toFixed(3)]),
  );
  return [
    ...header,
    '',
    renderMachine(data.machine),
    '',
    noisy(
      [data.machine.loadAverage],
      "Lighthouse's simulated throttling does not shield the main thread from a busy CPU, so a blocking time on a page without scripts is the machine's, not the page's",
    ),
    '',
    table(
      [
        'Page',
        'URL',
        'Performance',
        'Accessibility',
        'Best practices',
        'SEO',
        'FCP (s)',
        'LCP (s)',
        'TBT (ms)',
        'CLS',
      ],
      rows,
    ),
    '',
    table(
      ['Target (issue 6)', 'Figure and verdict'],
      [
        [
          '100 in each category on each page',
          cellText({
            figure: below.length === 0 ? 'all 100' : `below 100 on ${below.map((r) => r.name).join(', ')}`,
            verdict: verdict(below.length === 0),
          }),
        ],
      ],
    ),
    '',
    failing.length === 0
      ? 'No scored audit below a full score.'
      : [
          'Scored audits below a full score (a category can still round to 100 with these):',
          '',
          table(['Page', 'Category', 'Audit', 'Score', 'Value'], failing),
        ].join('\n'),
    '',
    shifts.length === 0
      ? ''
      : [
          "The elements that moved (Lighthouse's `layout-shifts` audit):",
          '',
          table(['Page', 'Element', 'Layout shift score'], shifts),
        ].join('\n'),
  ].join('\n');
}
