/**
 * The build report's detail for one size: the largest page of each of Kliping's page types
 * (against the page limits), where the time goes phase by phase, and Astro's rendering time
 * per page type. Pure.
 */
import { SITE_NAMES, SITE_ORDER, type SizeView } from './build-summary.ts';
import { code, count, kib, mib, ms, seconds, table } from './markdown.ts';

export function largestPages(n: number, m: SizeView): string {
  const k = m.sites.kliping;
  const dist = k?.typical?.dist;
  if (!dist) return '';
  const rows = dist.types.map((t) => [
    t.type,
    count(t.pages),
    code(t.largest.path),
    kib(t.largest.bytes),
    kib(t.largest.gzip),
    t.largestGzip.path === t.largest.path ? '' : `${kib(t.largestGzip.gzip)} (${code(t.largestGzip.path)})`,
    t.overRaw,
    t.overGzip,
  ]);
  const others = dist.others
    .map((o) => `${code(o.path)} ${kib(o.bytes)} KiB (${kib(o.gzip)} gzipped)`)
    .join(', ');
  const peers = (['baseline', 'hugo'] as const)
    .map((site) => {
      const largest = m.sites[site]?.typical?.dist?.types
        .map((t) => t.largest)
        .reduce<{ path: string; bytes: number; gzip: number } | undefined>(
          (a, b) => (a && a.bytes >= b.bytes ? a : b),
          undefined,
        );
      return largest
        ? `${SITE_NAMES[site]}: ${code(largest.path)}, ${kib(largest.bytes)} KiB (${kib(largest.gzip)} gzipped)`
        : undefined;
    })
    .filter(Boolean);
  return [
    `#### Largest page of each type, Kliping, ${count(n)} articles`,
    '',
    'Types from `src/lib/page-types.ts` (`pageTypeOf`); a page no type matches is named by its',
    `folder. KiB raw and gzipped; the counts are of pages over ${kib(dist.limits.raw, 0)} KiB raw and over ${kib(dist.limits.gzip, 0)} KiB gzipped.`,
    '',
    table(
      [
        'Page type',
        'Pages',
        'Largest',
        'KiB',
        'gzip KiB',
        'Largest gzipped, if another',
        'Over raw',
        'Over gzip',
      ],
      rows,
    ),
    '',
    others === '' ? '' : `Other files, the largest of each kind: ${others}.`,
    peers.length === 0 ? '' : `The largest page of the others: ${peers.join('; ')}.`,
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}

export function phases(n: number, m: SizeView): string {
  const sites = SITE_ORDER.filter((site) => m.sites[site]?.typical);
  const names = [...new Set(sites.flatMap((site) => m.sites[site]!.typical!.phases.map((p) => p.name)))];
  const rows = names.map((name) => [
    name,
    ...sites.map((site) => {
      const phase = m.sites[site]!.typical!.phases.find((p) => p.name === name);
      return phase ? seconds(phase.ms) : '—';
    }),
  ]);
  return [
    `#### Phases, ${count(n)} articles (seconds, from the times of the build's log lines)`,
    '',
    table(['Phase', ...sites.map((site) => SITE_NAMES[site])], rows),
  ].join('\n');
}

export function rendering(n: number, m: SizeView): string {
  const rows = (['kliping', 'baseline'] as const).flatMap((site) => {
    const run = m.sites[site]?.typical;
    if (!run) return [];
    return run.renderTimes.map((t) => {
      const html = run.dist?.types.find((d) => d.type === t.type);
      return [
        SITE_NAMES[site],
        t.type,
        count(t.pages),
        seconds(t.ms, 2),
        ms(t.ms / t.pages, 2),
        html ? mib(html.bytes, 2) : '—',
      ];
    });
  });
  if (rows.length === 0) return '';
  return [
    `#### Rendering by page type, ${count(n)} articles (Astro's per-page times, summed)`,
    '',
    table(['Site', 'Page type', 'Pages', 'Render (s)', 'ms/page', 'HTML (MiB)'], rows),
  ].join('\n');
}
