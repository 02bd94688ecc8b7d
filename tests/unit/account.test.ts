/** accountFor and compareWithCapture: what each line of a capture is, and an article checked against it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountFor, captureLines, compareWithCapture, isReadAlsoLine } from '../../src/lib/account.ts';
import { CONTENT } from '../support/paths.ts';

const medcom = readFileSync(join(CONTENT, 'captures/000_a0787a86cb8f5b8c.txt'), 'utf8');
const kontan = readFileSync(join(CONTENT, 'captures/004_98662811586fdaa1.txt'), 'utf8');

describe('accountFor', () => {
  it('reads the medcom capture: a headline, nine paragraphs, two credit lines at the end', () => {
    const account = accountFor(medcom);
    expect(account.headline).toEqual({
      line: 1,
      text: 'Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan',
    });
    expect(account.blocks.map((block) => block.kind)).toEqual(Array(9).fill('paragraph'));
    expect(account.credits.map((line) => line.text)).toEqual(['Sumber : medcom.id', 'Gambar : medcom.id']);
  });

  it('reads the kontan capture: no headline (a credit line first), fourteen paragraphs and three "Baca Juga" lines', () => {
    const account = accountFor(kontan, { titleDevised: true });
    expect(account.firstLine).toBe('credit');
    expect(account.headline).toBeUndefined();
    expect(account.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(14);
    expect(account.blocks.filter((block) => block.kind === 'readAlso').map((block) => block.line)).toEqual([
      6, 11, 15,
    ]);
  });

  it('takes no headline when the archive devised the title, whatever the first line looks like', () => {
    expect(accountFor(medcom, { titleDevised: true }).blocks[0]).toEqual({
      kind: 'paragraph',
      line: 1,
      text: 'Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan',
    });
  });

  it('knows the "read also" labels of several outlets', () => {
    for (const line of [
      'Baca Juga: x',
      'baca juga : x',
      'BACA JUGA - x',
      'Simak juga: x',
      'Lihat Juga: x',
      'Artikel terkait: x',
    ]) {
      expect(isReadAlsoLine(line), line).toBe(true);
    }
    expect(isReadAlsoLine('Baca juga laporan kami.')).toBe(false);
  });

  it('keeps line numbers of the file, blank lines and CRLF included', () => {
    expect(captureLines('Judul\r\n\r\n  Isi.  \r\nAkhir')).toEqual([
      { line: 1, text: 'Judul' },
      { line: 3, text: 'Isi.' },
      { line: 4, text: 'Akhir' },
    ]);
  });
});

describe('compareWithCapture', () => {
  const capture = 'Judul\nSatu.\nBaca Juga: Lain\nDua.\nTiga.\nSumber : x.id';
  const account = accountFor(capture);
  const article = {
    title: 'Judul',
    titleDevised: false,
    credits: ['Sumber : x.id'],
    blocks: [
      { kind: 'paragraph' as const, text: 'Satu.' },
      { kind: 'readAlso' as const, text: 'Baca Juga: Lain' },
      { kind: 'paragraph' as const, text: 'Dua.' },
      { kind: 'paragraph' as const, text: 'Tiga.' },
    ],
  };

  it('finds nothing when the article is its capture, line for line and role for role', () => {
    expect(compareWithCapture(article, account)).toEqual([]);
  });

  it('names a read-also line written as a paragraph, and a paragraph written as read-also', () => {
    const blocks = article.blocks.map(
      (block) => ({ ...block, kind: block.kind === 'readAlso' ? 'paragraph' : block.kind }) as const,
    );
    blocks[3] = { kind: 'readAlso', text: 'Tiga.' } as never;
    expect(compareWithCapture({ ...article, blocks }, account)).toEqual([
      'body: paragraph 2 is capture line 3, a "read also" line; expected it as <BacaJuga>…</BacaJuga>, not as a story paragraph (which would renumber every paragraph after it)',
      'body: the BacaJuga line "Tiga." is capture line 5, a story paragraph; expected it as a paragraph, not as <BacaJuga>',
    ]);
  });

  it('accounts for a capture of 100,000 lines with a line lost in the middle (the time is in BENCHMARKS.md)', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `Paragraf nomor ${i}.`);
    const big = accountFor(['Judul', ...lines].join('\n'));
    const blocks = lines.filter((_, i) => i !== 50_000).map((text) => ({ kind: 'paragraph' as const, text }));
    const problems = compareWithCapture({ title: 'Judul', titleDevised: false, credits: [], blocks }, big);
    expect(problems).toEqual(['body: capture line 50002 is not in the article: "Paragraf nomor 50000."']);
  });
});
