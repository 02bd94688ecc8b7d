import { describe, expect, it } from 'vitest';
import {
  bodyBlocks,
  checkBody,
  decodeText,
  escapeMarkdown,
  paragraphs,
  renderBody,
} from '../../src/lib/body.ts';

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
    const captured = 'Harga *naik* 5% <kata> {x} [y] _z_ ~w~ \\ `k` &amp; &#105;';
    expect(decodeText(escapeMarkdown(captured))).toBe(captured);
    expect(checkBody(escapeMarkdown(captured))).toEqual([]);
    expect(checkBody(escapeMarkdown('1. Bukan daftar'))).toEqual([]);
    expect(checkBody(escapeMarkdown('# Bukan judul'))).toEqual([]);
  });

  it('writes any captured line so that it is text, even one that starts like code or markup', () => {
    const lines = [
      'import fs from "node:fs"',
      'export const x = 1',
      '---',
      '===',
      '- butir',
      '+ butir',
      '1) satu',
      '> kutipan',
      '<!-- komentar -->',
      'importir beras',
    ];
    for (const line of lines) {
      const written = escapeMarkdown(line);
      expect(checkBody(written), line).toEqual([]);
      expect(decodeText(written), line).toBe(line);
    }
    expect(escapeMarkdown('import fs')).toBe('&#105;mport fs');
    expect(escapeMarkdown('importir beras')).toBe('importir beras');
    expect(
      bodyBlocks(
        renderBody([
          { kind: 'paragraph', text: 'export default 1' },
          { kind: 'readAlso', text: 'Baca Juga: <b>x</b>' },
        ]),
      ),
    ).toEqual([
      { kind: 'paragraph', number: 1, text: 'export default 1' },
      { kind: 'readAlso', text: 'Baca Juga: <b>x</b>' },
    ]);
  });

  it('decodes numeric character references as MDX does, and nothing else', () => {
    expect(decodeText('&#105;mport &#x41; \\&#66; &amp;')).toBe('import A &#66; &amp;');
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
    expect(checkBody('Rusia \\&amp; NATO')).toEqual([]);
  });
});
