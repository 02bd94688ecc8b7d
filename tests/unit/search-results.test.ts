import { describe, expect, it } from 'vitest';
import type { PagefindData } from '../../src/lib/search-engine.ts';
import { excerptParts, resultView } from '../../src/lib/search-results.ts';

const paragraph3 =
  'Melansir Reuters, Selasa (4/1), pertemuan dewan, format yang digunakan untuk dialog sejak 2002, akan berlangsung di Brussels pada 12 Januari.';

function data(extra: Partial<PagefindData> = {}): PagefindData {
  return {
    url: '/artikel/2022/01/04/nato/',
    excerpt: 'Reuters, Selasa (4/1), pertemuan dewan',
    meta: {
      title: 'NATO Jadwalkan',
      penerbit: 'kontan.co.id',
      tanggal: 'Selasa, 4 Januari 2022',
      judulDisusun: 'ya',
    },
    anchors: [],
    locations: [],
    sub_results: [
      {
        title: 'Paragraf 1',
        url: '/artikel/2022/01/04/nato/#p1',
        excerpt: 'satu <mark>Brussels</mark>',
        locations: [3],
        anchor: { element: 'p', id: 'p1', text: 'Paragraf satu Brussels lagi', location: 0 },
      },
      {
        title: 'Paragraf 3',
        url: '/artikel/2022/01/04/nato/#p3',
        excerpt:
          'digunakan untuk dialog sejak 2002, akan berlangsung di <mark>Brussels</mark> pada 12 <mark>Januari.</mark>',
        locations: [60, 63],
        anchor: { element: 'p', id: 'p3', text: paragraph3, location: 50 },
      },
    ],
    ...extra,
  };
}

describe('resultView', () => {
  it('links to the paragraph with the most matched words, at the first highlighted word', () => {
    const view = resultView(data());
    expect(view.paragraph).toBe(3);
    expect(view.href).toBe('/artikel/2022/01/04/nato/#p3:~:text=akan%20berlangsung%20di-,Brussels');
    expect(view.devised).toBe(true);
    expect(view.meta).toBe('kontan.co.id · Selasa, 4 Januari 2022');
  });

  it('marks with an ellipsis an excerpt that starts inside its paragraph, not one that ends with it', () => {
    const text = resultView(data())
      .excerpt.map((part) => (part.mark ? `[${part.text}]` : part.text))
      .join('');
    expect(text).toBe(
      '… digunakan untuk dialog sejak 2002, akan berlangsung di [Brussels] pada 12 [Januari.]',
    );
  });

  it('falls back to the page and its own excerpt when no paragraph matched', () => {
    const view = resultView(data({ sub_results: [] }));
    expect(view.href).toBe('/artikel/2022/01/04/nato/');
    expect(view.paragraph).toBeUndefined();
  });
});

describe('excerptParts', () => {
  it("reads Pagefind's escaping back: '<' and '>' are escaped, '&' is not", () => {
    expect(excerptParts('a &lt;b&gt; &amp; <mark>c</mark>', 'a <b> &amp; c')).toEqual([
      { text: 'a <b> &amp; ', mark: false },
      { text: 'c', mark: true },
    ]);
  });

  it('keeps a captured "&lt;" as written, when the plain excerpt says so', () => {
    expect(excerptParts('kode &lt; dan &lt;', 'kode &lt; dan <')).toEqual([
      { text: 'kode &lt; dan <', mark: false },
    ]);
  });
});
