import { describe, expect, it } from 'vitest';
import { addTitle, matchReadAlso, normaliseTitle, titleIndex } from '../../../src/lib/capture/index.ts';
import { imported, kontan, medcom, KONTAN } from './fixtures.ts';

const MEDCOM_TITLE = 'Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan';

describe('"Baca Juga" lines that name an archived article', () => {
  it('compares titles without label, case, accents, punctuation and spacing', () => {
    expect(normaliseTitle('Pertemuan NATO–Rusia Dimulai: Keamanan Éropa  Dipertaruhkan!')).toBe(
      'pertemuan nato rusia dimulai keamanan eropa dipertaruhkan',
    );
  });

  it('links a line whose title is an archived headline, whatever its label', () => {
    const index = titleIndex([{ id: 'medcom', title: MEDCOM_TITLE }]);
    const lines = [
      `Baca juga: ${MEDCOM_TITLE.toUpperCase()}`,
      `BACA JUGA - "${MEDCOM_TITLE}"`,
      `Simak juga: ${MEDCOM_TITLE} Lagi`,
    ];
    expect(matchReadAlso(lines, index)).toEqual({
      links: [
        { line: lines[0], article: 'medcom' },
        { line: lines[1], article: 'medcom' },
      ],
      ambiguous: [],
    });
  });

  it('links nothing to a title the archive devised, and nothing when two articles share the title', () => {
    const index = titleIndex([{ id: 'a', title: 'Judul Sama', titleDevised: true }]);
    expect(matchReadAlso(['Baca Juga: Judul Sama'], index).links).toEqual([]);
    addTitle(index, { id: 'b', title: 'Judul sama' });
    addTitle(index, { id: 'c', title: 'Judul Sama.' });
    expect(matchReadAlso(['Baca Juga: Judul Sama'], index)).toEqual({
      links: [],
      ambiguous: [{ line: 'Baca Juga: Judul Sama', articles: ['b', 'c'] }],
    });
  });

  it('writes the link into the draft, beside the line kept as captured', async () => {
    const line = 'Baca Juga: Tidak Ada yang Bisa Menang, 5 Negara Ini Sepakat Menghindari Perang Nuklir';
    const titles = titleIndex([
      {
        id: 'perang-nuklir',
        title: 'Tidak ada yang bisa menang: 5 negara ini sepakat menghindari perang nuklir',
      },
    ]);
    const { draft, readAlso } = await imported(kontan, { captureName: KONTAN, titles });
    expect(readAlso.links).toEqual([{ line, article: 'perang-nuklir' }]);
    expect(draft.frontmatter.readAlsoLinks).toEqual([{ line, article: 'perang-nuklir' }]);
    expect(draft.mdx).toContain(`<BacaJuga>${line}</BacaJuga>`);
  });

  it('writes no link when no archived title matches', async () => {
    const { draft } = await imported(medcom, { published: '2022-01-12', titles: titleIndex([]) });
    expect(draft.frontmatter.readAlsoLinks).toBeUndefined();
  });
});
