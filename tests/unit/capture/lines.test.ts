import { describe, expect, it } from 'vitest';
import {
  decodeCapture,
  readCapture,
  splitCaptureLines,
  storyParagraphs,
} from '../../../src/lib/capture/index.ts';
import { medcom, kontan } from './fixtures.ts';

describe('decodeCapture', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('gives the text of UTF-8 bytes, with or without a final newline', async () => {
    expect(decodeCapture(bytes('Judul\n“Isi”'))).toEqual({ ok: true, text: 'Judul\n“Isi”' });
    expect(decodeCapture(bytes('Judul\nIsi\n'))).toEqual({ ok: true, text: 'Judul\nIsi\n' });
  });

  it('refuses an empty file and a file of white space', async () => {
    expect(decodeCapture(new Uint8Array())).toEqual({
      ok: false,
      reason: expect.stringMatching(/^is empty/),
    });
    expect(decodeCapture(bytes(' \n\n\t'))).toEqual({
      ok: false,
      reason: expect.stringMatching(/white space/),
    });
  });

  it('refuses a binary file and names the offset of the NUL byte', async () => {
    const result = decodeCapture(new Uint8Array([0x4a, 0x75, 0x00, 0x64]));
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('NUL byte at byte offset 2') });
  });

  it('refuses bytes that are not UTF-8, such as Latin-1', async () => {
    const latin1 = new Uint8Array([0x4a, 0x61, 0x6b, 0x61, 0x72, 0x74, 0x61, 0xe9, 0x0a]);
    expect(decodeCapture(latin1)).toEqual({ ok: false, reason: expect.stringContaining('not UTF-8') });
  });
});
describe('splitCaptureLines', () => {
  it('keeps lines verbatim, white space included; "\\r\\n" ends a line like "\\n"', async () => {
    expect(splitCaptureLines(' a \r\nb\t\n\nc')).toEqual([' a ', 'b\t', '', 'c']);
  });

  it('adds no line for a final newline and loses none without one', async () => {
    expect(splitCaptureLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitCaptureLines('a\nb')).toEqual(['a', 'b']);
  });

  it('reads the real captures, which lack a final newline, line for line', async () => {
    expect(splitCaptureLines(medcom)).toHaveLength(12);
    expect(splitCaptureLines(medcom).at(-1)).toBe('Gambar : medcom.id');
    expect(splitCaptureLines(kontan)).toHaveLength(18);
  });
});
describe('readCapture', () => {
  it('reads the medcom capture: headline, nine paragraphs, two credit lines at the end', async () => {
    const reading = readCapture(medcom);
    expect(reading.firstLine).toBe('headline');
    expect(reading.headline).toBe('Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan');
    expect(reading.credits).toEqual({
      lines: ['Sumber : medcom.id', 'Gambar : medcom.id'],
      sources: ['medcom.id'],
      imageCredit: 'medcom.id',
    });
    expect(reading.blocks.map((block) => block.kind)).toEqual(Array(9).fill('paragraph'));
    expect(reading.blocks.map((block) => block.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('reads the kontan capture: a credit line first, so no headline; three "Baca Juga" lines', async () => {
    const reading = readCapture(kontan);
    expect(reading.firstLine).toBe('credit');
    expect(reading.headline).toBeUndefined();
    expect(reading.credits).toEqual({
      lines: ['Sumber: Reuters | Editor: Noverius Laoli'],
      sources: ['Reuters'],
      editor: 'Noverius Laoli',
    });
    const readAlso = reading.blocks.filter((block) => block.kind === 'readAlso');
    expect(readAlso.map((block) => block.line)).toEqual([6, 11, 15]);
    expect(readAlso[0]!.text).toBe('Baca Juga: Pasca Putin berbicara dengan Biden, Ini Tanggapan Kremlin');
    expect(storyParagraphs(reading)).toHaveLength(14);
  });

  it('takes a first line that opens with the dateline as text, not as a headline', async () => {
    const reading = readCapture('KONTAN.CO.ID - JAKARTA. Isi berita.\nParagraf kedua.');
    expect(reading.firstLine).toBe('dateline');
    expect(reading.headline).toBeUndefined();
    expect(storyParagraphs(reading)).toEqual(['KONTAN.CO.ID - JAKARTA. Isi berita.', 'Paragraf kedua.']);
  });

  it('finds credit lines right after the headline, skips blank lines, trims white space', async () => {
    const reading = readCapture(
      'Judul\n\nPenulis: Ani | Editor: Budi\n\n  Isi berita.  \r\n\nFoto: Antara\n',
    );
    expect(reading.headline).toBe('Judul');
    expect(reading.credits).toEqual({
      lines: ['Penulis: Ani | Editor: Budi', 'Foto: Antara'],
      sources: [],
      byline: 'Ani',
      editor: 'Budi',
      imageCredit: 'Antara',
    });
    expect(reading.blocks).toEqual([{ kind: 'paragraph', text: 'Isi berita.', line: 5 }]);
  });

  it('keeps a credit-like line between paragraphs as a paragraph', async () => {
    const reading = readCapture('Judul\nSatu.\nSumber: dokumen resmi\nDua.');
    expect(storyParagraphs(reading)).toEqual(['Satu.', 'Sumber: dokumen resmi', 'Dua.']);
  });
});
