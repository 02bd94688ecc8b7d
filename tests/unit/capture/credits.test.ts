import { describe, expect, it } from 'vitest';
import { parseCreditLine } from '../../../src/lib/capture/index.ts';

describe('parseCreditLine', () => {
  it('reads "Sumber" and "Gambar" lines whatever the spaces around the colon', async () => {
    for (const line of [
      'Sumber : medcom.id',
      'Sumber: medcom.id',
      'Sumber:medcom.id',
      '  Sumber  :  medcom.id ',
    ]) {
      expect(parseCreditLine(line)).toEqual([{ label: 'Sumber', role: 'source', value: 'medcom.id' }]);
    }
    expect(parseCreditLine('Gambar : medcom.id')).toEqual([
      { label: 'Gambar', role: 'image', value: 'medcom.id' },
    ]);
  });

  it('reads the parts of a line joined by "|"', async () => {
    expect(parseCreditLine('Sumber: Reuters | Editor: Noverius Laoli')).toEqual([
      { label: 'Sumber', role: 'source', value: 'Reuters' },
      { label: 'Editor', role: 'editor', value: 'Noverius Laoli' },
    ]);
  });

  it('is not a credit line when a label is unknown or a part has no label', async () => {
    expect(parseCreditLine('Baca Juga: Pasca Putin berbicara dengan Biden')).toBeUndefined();
    expect(parseCreditLine('Sumber: Reuters | dan lainnya')).toBeUndefined();
    expect(parseCreditLine('Sumber:')).toBeUndefined();
    expect(parseCreditLine('Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan')).toBeUndefined();
  });
});
