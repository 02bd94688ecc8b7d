import { describe, expect, it } from 'vitest';
import {
  bodyBlocks,
  checkBody,
  checkCaptureCoverage,
  escapeMarkdown,
  paragraphs,
  unescapeMarkdown,
} from '../../src/lib/body';

const body = [
  'KONTAN.CO.ID - BRUSSELS. Paragraf satu.',
  '<BacaJuga>Baca Juga: Judul lain</BacaJuga>',
  'Paragraf dua, "dikutip" ... tanpa diubah.',
].join('\n\n');

describe('bodyBlocks', () => {
  it('numbers the story paragraphs and sets the read-also lines apart', () => {
    expect(bodyBlocks(body)).toEqual([
      { kind: 'paragraph', number: 1, text: 'KONTAN.CO.ID - BRUSSELS. Paragraf satu.' },
      { kind: 'readAlso', text: 'Baca Juga: Judul lain' },
      { kind: 'paragraph', number: 2, text: 'Paragraf dua, "dikutip" ... tanpa diubah.' },
    ]);
    expect(paragraphs(body)).toHaveLength(2);
  });

  it('gives back the captured characters of escaped text', () => {
    const captured = 'Harga *naik* 5% <kata> {x} [y] _z_ ~w~ \\ `k`';
    expect(unescapeMarkdown(escapeMarkdown(captured))).toBe(captured);
    expect(checkBody(escapeMarkdown(captured))).toEqual([]);
    expect(checkBody(escapeMarkdown('1. Bukan daftar'))).toEqual([]);
    expect(checkBody(escapeMarkdown('# Bukan judul'))).toEqual([]);
  });
});

describe('checkBody', () => {
  it('accepts captured text', () => {
    expect(checkBody(body)).toEqual([]);
  });

  it('refuses a module import, naming the paragraph', () => {
    expect(checkBody("Teks.\n\nimport Evil from './evil.js'")).toEqual([
      expect.stringMatching(/^paragraph 2 starts with "import", which would run as a module import\/export/),
    ]);
  });

  it('refuses a script element and an expression, naming the column', () => {
    const [script] = checkBody('Awal <script>alert(1)</script>');
    expect(script).toMatch(/paragraph 1 has an unescaped "<" at column 6 .*an element such as <script>/);
    const [expression] = checkBody('Hasil {process.exit(1)}');
    expect(expression).toMatch(/unescaped "\{" at column 7 .*an \{expression\}/);
  });

  it('refuses Markdown that would change the captured text', () => {
    expect(checkBody('Kata *penting* di sini')[0]).toMatch(/unescaped "\*"/);
    expect(checkBody('- butir')[0]).toMatch(/starts with "-"/);
    expect(checkBody('Rusia &amp; NATO')[0]).toMatch(/character reference "&amp;"/);
  });
});

describe('checkCaptureCoverage', () => {
  const capture = 'Judul\nParagraf satu.\nBaca Juga: Lain\nParagraf dua.\nSumber : x.id';
  const blocks = bodyBlocks('Paragraf satu.\n\n<BacaJuga>Baca Juga: Lain</BacaJuga>\n\nParagraf dua.');

  it('accepts an article that accounts for every line of its capture', () => {
    expect(checkCaptureCoverage(capture, { title: 'Judul', credits: ['Sumber : x.id'], blocks })).toEqual([]);
  });

  it('names a captured line that the article lost, by its line number in the file', () => {
    expect(
      checkCaptureCoverage(`${capture}\n\nParagraf tiga.`, {
        title: 'Judul',
        credits: ['Sumber : x.id'],
        blocks,
      }),
    ).toEqual(['capture line 7 is not in the article: "Paragraf tiga."']);
  });

  it('names a paragraph that is not in the capture (an edited text)', () => {
    const edited = bodyBlocks('Paragraf satu!\n\n<BacaJuga>Baca Juga: Lain</BacaJuga>\n\nParagraf dua.');
    const problems = checkCaptureCoverage(capture, {
      title: 'Judul',
      credits: ['Sumber : x.id'],
      blocks: edited,
    });
    expect(problems).toEqual([
      'paragraph 1 differs from capture line 2 at column 14: the capture has ".", the article "!"',
    ]);
    const invented = bodyBlocks('Kalimat karangan.\n\n<BacaJuga>Baca Juga: Lain</BacaJuga>\n\nParagraf dua.');
    expect(
      checkCaptureCoverage(capture, { title: 'Judul', credits: ['Sumber : x.id'], blocks: invented }),
    ).toEqual([
      'paragraph 1 is not a line of the capture: "Kalimat karangan."',
      'capture line 2 is not in the article: "Paragraf satu."',
    ]);
  });

  it('notices paragraphs out of the capture order', () => {
    const swapped = bodyBlocks('Paragraf dua.\n\n<BacaJuga>Baca Juga: Lain</BacaJuga>\n\nParagraf satu.');
    expect(
      checkCaptureCoverage(capture, { title: 'Judul', credits: ['Sumber : x.id'], blocks: swapped }),
    ).toEqual(['the body does not follow the order of the capture']);
  });
});
