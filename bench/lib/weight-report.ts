/**
 * The "Page weight" section, rendered from bench/results/weight.json. Pure.
 */
import { type MachineInfo, renderMachine } from './machine.ts';
import { cellText, code, count, kib, table, verdict } from './markdown.ts';
import { type PageWeight, SEARCHING, SEARCHING_QUERY } from './weight.ts';

export interface WeightResults {
  machine: MachineInfo;
  weights: PageWeight[];
}

/** Issue 6: an article page's HTML and CSS, gzipped. */
export const ARTICLE_BUDGET = 14 * 1024;

export function renderWeight(results: WeightResults | undefined): string {
  const header = [
    '## Page weight',
    '',
    'Command: `npm run bench -- --only weight` (the two-article site: Kliping over its own `content/`,',
    'built like `npm run build`). For each page type of `src/lib/page-types.ts`, the page of that',
    "type with the largest HTML; gzip at zlib's default level 6; CSS: the stylesheets the page links",
    '(their number in brackets); JS: the scripts real Chromium loaded (files in brackets) plus inline',
    "scripts; Other: what else it fetched (Pagefind's WebAssembly and index, raw).",
    `"${SEARCHING}" is \`/cari/?q=${SEARCHING_QUERY}\` once the first results have rendered.`,
  ];
  if (!results) return [...header, '', 'Not yet run.'].join('\n');
  const { weights } = results;
  const rows = weights.map((w) => [
    w.type,
    code(w.path),
    kib(w.htmlGzip),
    `${kib(w.cssGzip)} (${w.cssFiles})`,
    kib(w.htmlGzip + w.cssGzip),
    w.jsFiles === 0 && w.inlineJsBytes === 0
      ? '0'
      : `${kib(w.jsGzip)} gz, ${kib(w.jsBytes)} raw (${w.jsFiles})`,
    w.otherFiles === 0 ? '—' : `${kib(w.otherBytes)} (${w.otherFiles})`,
  ]);
  const reading = weights.filter((w) => !w.type.startsWith('search'));
  const withJs = reading.filter((w) => w.jsFiles > 0 || w.inlineJsBytes > 0);
  const article = weights.find((w) => w.type === 'article');
  const articleBytes = article ? article.htmlGzip + article.cssGzip : NaN;
  const searching = weights.find((w) => w.type === SEARCHING);
  return [
    ...header,
    '',
    renderMachine(results.machine),
    '',
    table(
      ['Page type', 'Page', 'HTML gz (KiB)', 'CSS gz (KiB)', 'HTML + CSS gz (KiB)', 'JS', 'Other (KiB)'],
      rows,
    ),
    '',
    table(
      ['Target (issue 6)', 'Figure and verdict'],
      [
        [
          '0 JS on reading pages',
          cellText({
            figure:
              withJs.length === 0 ? 'none on any of them' : `JS on ${withJs.map((w) => w.type).join(', ')}`,
            verdict: verdict(withJs.length === 0),
          }),
        ],
        [
          `article page ≤ ${kib(ARTICLE_BUDGET, 0)} KiB gzip (HTML + CSS)`,
          cellText({
            figure: `${kib(articleBytes)} KiB (${count(articleBytes)} bytes)`,
            verdict: verdict(articleBytes <= ARTICLE_BUDGET),
          }),
        ],
      ],
    ),
    '',
    searching
      ? `Searching loads: ${searching.loaded
          .filter((l) => !l.startsWith('document') && !l.startsWith('stylesheet'))
          .map((l) => code(l.split(' ')[1] ?? l))
          .join(', ')}.`
      : '',
  ].join('\n');
}
