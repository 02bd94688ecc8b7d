import { describe, expect, it } from 'vitest';
import { devisedTitle, firstSentence, jakartaDay, slugify } from '../../../src/lib/capture/index.ts';

describe('titles, summaries, slugs, days', () => {
  it('takes the first sentence, without the dateline', async () => {
    expect(firstSentence('KONTAN.CO.ID - BRUSSELS. Satu dua. Tiga empat.')).toBe('Satu dua.');
    expect(firstSentence('Dimulai Rabu, 12 Januari 2021. Pertemuan akan membahas.')).toBe(
      'Dimulai Rabu, 12 Januari 2021.',
    );
    expect(firstSentence('Tanpa titik')).toBe('Tanpa titik');
  });

  it('devises a title of at most twelve words', async () => {
    expect(devisedTitle('NATO menjadwalkan pertemuan. Lainnya.')).toBe('NATO menjadwalkan pertemuan');
    expect(devisedTitle('a b c d e f g h i j k l m n.')).toBe('a b c d e f g h i j k l…');
  });

  it('makes a slug of up to six lower-case ASCII words', async () => {
    expect(slugify('Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan')).toBe(
      'pertemuan-nato-rusia-dimulai-keamanan-eropa',
    );
    expect(slugify('Genève: “Pembicaraan” Berlanjut')).toBe('geneve-pembicaraan-berlanjut');
    expect(slugify('— … —')).toBe('');
  });

  it('gives the day in Asia/Jakarta, not in UTC', async () => {
    expect(jakartaDay(new Date('2026-11-23T16:59:00Z'))).toBe('2026-11-23');
    expect(jakartaDay(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
  });
});
