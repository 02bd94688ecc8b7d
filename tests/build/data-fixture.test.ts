/**
 * A build over a copy of the content with one more article, published in October 2021 (so
 * the archive has two empty months before January 2022), whose original URL is known and
 * whose text holds what CSV and spreadsheets trip on: quotes, commas, and paragraphs that
 * begin with "=", "+", "-" and "@". The original URL's link carries Robust Links attributes;
 * the data downloads keep every such text exactly and still validate; the coverage charts
 * mark the gap.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/lib/body.ts';
import { sha256 } from '../../src/lib/capture-file.ts';
import { build } from '../support/build.ts';
import { readChart } from '../support/coverage.ts';
import {
  csvRowsAsText,
  jsonlRows,
  readAllCsv,
  readDescriptor,
  validatePackage,
} from '../support/datapackage.ts';
import { pageDocument } from '../support/dist.ts';
import { CONTENT } from '../support/paths.ts';

const SITE = 'https://kliping.example.org';
const ORIGINAL = 'https://contoh.example/berita/2021/10/05/uji-data?rubrik=dunia&hal=1';
const TITLE = 'Uji "Data", Koma, dan Rumus';
const STORY = [
  '=SUM(A1:A9) adalah teks berita, bukan rumus.',
  '+62 21 555 0100 adalah nomor telepon, ditulis dengan "tanda kutip" dan koma.',
  '-2 persen: angka turun, kata "turun" dikutip.',
  '@kontan menulisnya di media sosial; =HYPERLINK("https://contoh.example","klik") juga teks.',
];
const CAPTURE = [TITLE, 'Sumber : medcom.id', ...STORY];
const ID = 'uji-data-kliping';
const PAGE = `/artikel/2021/10/05/${ID}/`;

const article = [
  '---',
  `title: ${JSON.stringify(TITLE)}`,
  'summary: "Artikel uji untuk unduhan data: tanda kutip, koma, dan teks yang diawali = + - @."',
  'published: "2021-10-05"',
  'publishedBasis: stated',
  'archived: "2026-11-24T09:30+07:00"',
  'publisher: medcom',
  `credits: [${JSON.stringify(CAPTURE[1])}]`,
  `originalUrl: ${JSON.stringify(ORIGINAL)}`,
  `capture: captures/${ID}.txt`,
  `captureSha256: ${sha256(new TextEncoder().encode(`${CAPTURE.join('\n')}\n`))}`,
  'entities: [nato]',
  '---',
  '',
  STORY.map(escapeMarkdown).join('\n\n'),
  '',
].join('\n');

const scratch = mkdtempSync(join(tmpdir(), 'kliping-data-'));
const outDir = join(scratch, 'dist');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeAll(() => {
  const content = join(scratch, 'content');
  cpSync(CONTENT, content, { recursive: true });
  writeFileSync(join(content, 'captures', `${ID}.txt`), `${CAPTURE.join('\n')}\n`);
  writeFileSync(join(content, 'articles', `${ID}.mdx`), article);
  const result = build({ content, outDir, cacheDir: join(scratch, 'cache') });
  expect(result.status, result.output).toBe(0);
});

describe('an article whose original URL is known', () => {
  it('links to it with Robust Links attributes: the archive copy and the capture date', () => {
    const links = [...pageDocument(PAGE, outDir).querySelectorAll('.provenance a')];
    const link = links.find((a) => a.getAttribute('href') === ORIGINAL);
    expect(link).toBeDefined();
    expect(link!.getAttribute('data-originalurl')).toBe(ORIGINAL);
    expect(link!.getAttribute('data-versionurl')).toBe(`${SITE}${PAGE}`);
    expect(link!.getAttribute('data-versiondate')).toBe('2026-11-24T09:30+07:00');
  });
});

describe('the data downloads of an archive with awkward text', () => {
  const data = join(outDir, 'data');

  it('still validate, with every key resolved', async () => {
    expect(await validatePackage(data)).toEqual({ valid: true, errors: [] });
    const tables = await readAllCsv(data, readDescriptor(data));
    expect(tables.get('articles')!.map((row) => row.id)).toContain(ID);
  });

  it('keep every paragraph and the title exactly, "=", "+", "-" and "@" included, in CSV and JSON Lines', async () => {
    const descriptor = readDescriptor(data);
    const resource = (name: string) => descriptor.resources.find((r) => r.name === name)!;
    const csv = (await csvRowsAsText(data, resource('paragraphs'))).filter((row) => row[0] === ID);
    expect(csv.map((row) => row[4])).toEqual(STORY);
    const json = jsonlRows(data, resource('paragraphs-json')).filter((row) => row.article_id === ID);
    expect(json.map((row) => row.text)).toEqual(STORY);
    const raw = readFileSync(join(data, 'paragraphs', '2021-10.csv'), 'utf8');
    expect(raw).toContain(`,"=SUM(A1:A9) adalah teks berita, bukan rumus."\r\n`);
    expect(raw).toContain(`"+62 21 555 0100 adalah nomor telepon, ditulis dengan ""tanda kutip"" dan koma."`);
    const articles = jsonlRows(data, resource('articles-json'));
    const row = articles.find((a) => a.id === ID)!;
    expect(row).toMatchObject({
      title: TITLE,
      original_url: ORIGINAL,
      archived: '2026-11-24T09:30+07:00',
      archived_date: '2026-11-24',
    });
  });

  it('split the article tables by month: October 2021 on its own', () => {
    const descriptor = readDescriptor(data);
    expect(descriptor.resources.find((r) => r.name === 'paragraphs')!.path).toEqual([
      'paragraphs/2021-10.csv',
      'paragraphs/2022-01.csv',
    ]);
  });
});

describe('the coverage charts of an archive with a gap', () => {
  it('count and mark the two empty months between October 2021 and January 2022', () => {
    for (const [path, january] of [
      ['/', 2],
      ['/topik/nato/', 2],
      ['/sumber/medcom/', 1],
    ] as const) {
      const chart = readChart(pageDocument(path, outDir))!;
      expect(chart.table, path).toEqual([
        { year: 2021, month: 10, count: 1 },
        { year: 2021, month: 11, count: 0 },
        { year: 2021, month: 12, count: 0 },
        { year: 2022, month: 1, count: january },
      ]);
      expect(chart.bars, path).toBe(2);
      expect(chart.gaps, path).toBe(2);
      expect(chart.label, path).toContain('2 bulan tanpa artikel');
    }
  });
});
