import { describe, expect, it } from 'vitest';
import { aliasList, expandAliases } from '../../src/lib/aliases.ts';
import { searchFacets } from '../../src/lib/search.ts';
import { resolvedArchive } from '../support/archive.ts';
import {
  FACET_LIMIT,
  type Facet,
  MAX_QUERY,
  hasCriteria,
  pagefindFilters,
  pagefindSort,
  shownValues,
  stateFromParams,
  stateToUrl,
} from '../../src/lib/search-state.ts';
import { matchedParagraph, quoteFragment, textFragment } from '../../src/lib/text-fragment.ts';

const read = (search: string) => stateFromParams(new URLSearchParams(search));

describe('search state in the URL', () => {
  it('reads query, filters and sort, and writes them back in one canonical order', () => {
    const state = read('?urut=terbaru&penerbit=medcom.id&q=+Rusia+&penerbit=kontan.co.id&tahun=2022');
    expect(state).toEqual({
      query: 'Rusia',
      filters: { penerbit: ['kontan.co.id', 'medcom.id'], tahun: ['2022'], bulan: [], topik: [] },
      sort: 'terbaru',
    });
    expect(stateToUrl(state)).toBe(
      '/cari/?q=Rusia&penerbit=kontan.co.id&penerbit=medcom.id&tahun=2022&urut=terbaru',
    );
    expect(read(stateToUrl(state).slice(6))).toEqual(state);
  });

  it('ignores what it does not know, and caps a huge query', () => {
    const state = read(`?q=${'a'.repeat(10_000)}&urut=acak&warna=merah&penerbit=&penerbit=x&penerbit=x`);
    expect(state.query).toHaveLength(MAX_QUERY);
    expect(state.sort).toBe('relevansi');
    expect(state.filters.penerbit).toEqual(['x']);
    expect(stateToUrl(read(''))).toBe('/cari/');
    expect(hasCriteria(read(''))).toBe(false);
    expect(hasCriteria(read('?bulan=2022-01'))).toBe(true);
  });

  it('gives Pagefind OR within a group and AND across groups, optionally leaving one group out', () => {
    const state = read('?penerbit=a&penerbit=b&topik=NATO');
    expect(pagefindFilters(state)).toEqual({ penerbit: { any: ['a', 'b'] }, topik: { any: ['NATO'] } });
    expect(pagefindFilters(state, 'penerbit')).toEqual({ topik: { any: ['NATO'] } });
    expect(pagefindSort('terbaru')).toEqual({ tanggal: 'desc' });
    expect(pagefindSort('terlama')).toEqual({ tanggal: 'asc' });
    expect(pagefindSort('relevansi')).toEqual({});
  });
});

describe('aliases', () => {
  const aliases = aliasList([
    { name: 'Rusia', aliases: ['Russia', 'Russian Federation'] },
    { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'NATO'] },
    { name: 'OSCE', aliases: ['Organisasi untuk Keamanan dan Kerjasama di Eropa'] },
    { name: 'Uni Eropa', aliases: ['EU'] },
  ]);

  it('replaces whole words and phrases, any case, longest first', () => {
    expect(expandAliases('russia', aliases)).toBe('Rusia');
    expect(expandAliases('The Russian Federation and NORTH ATLANTIC TREATY ORGANIZATION', aliases)).toBe(
      'The Rusia and NATO',
    );
    expect(expandAliases('organisasi untuk keamanan dan kerjasama di eropa', aliases)).toBe('OSCE');
  });

  it('leaves words that only contain an alias, and queries with none', () => {
    expect(expandAliases('Russians', aliases)).toBeUndefined();
    expect(expandAliases('euro', aliases)).toBeUndefined();
    expect(expandAliases('NATO', aliases)).toBeUndefined();
  });

  it('treats the alias text as text, not as a pattern', () => {
    expect(expandAliases('a.b', aliasList([{ name: 'X', aliases: ['a.b'] }]))).toBe('X');
    expect(expandAliases('axb', aliasList([{ name: 'X', aliases: ['a.b'] }]))).toBeUndefined();
  });
});

describe('textFragment', () => {
  it('points at the marked word, with up to three words before it as the prefix', () => {
    expect(textFragment('Kuleba,', 'Menteri Luar Negeri Ukraina Dmytro ')).toBe(
      '#:~:text=Negeri%20Ukraina%20Dmytro-,Kuleba',
    );
  });

  it('takes no prefix from an earlier sentence, or when the word does not follow a space', () => {
    expect(textFragment('Stoltenberg', 'di Eropa. Sekretaris Jenderal NATO Jens ')).toBe(
      '#:~:text=Jenderal%20NATO%20Jens-,Stoltenberg',
    );
    expect(textFragment('Stoltenberg', 'sekitar Ukraina. ')).toBe('#:~:text=Stoltenberg');
    expect(textFragment('“momen', 'sebuah ')).toBe('#:~:text=momen');
    expect(textFragment('NATO-Rusia', '')).toBe('#:~:text=NATO%2DRusia');
    expect(textFragment('...', 'x ')).toBe('');
  });

  it('puts the paragraph first, so a browser without text directives still scrolls to it', () => {
    expect(textFragment('Kuleba', 'Dmytro ', 'p14')).toBe('#p14:~:text=Dmytro-,Kuleba');
    expect(textFragment('...', '', 'p2')).toBe('#p2');
  });

  it("finds the paragraph holding the first match from Pagefind's anchors and word positions", () => {
    const anchors = [
      { id: 'p1', location: 10 },
      { id: 'kutip', location: 15 },
      { id: 'p2', location: 40 },
      { id: 'p3', location: 90 },
    ];
    expect(matchedParagraph(anchors, [120, 55])).toBe('p2');
    expect(matchedParagraph(anchors, [12])).toBe('p1');
    expect(matchedParagraph(anchors, [3])).toBe('');
    expect(matchedParagraph(anchors, [])).toBe('');
  });
});

describe('quoteFragment', () => {
  it('highlights a short quote whole, a long one by its first and last four words', () => {
    expect(quoteFragment('p3', 'pertemuan Dewan NATO-Rusia')).toBe(
      '#p3:~:text=pertemuan%20Dewan%20NATO%2DRusia',
    );
    expect(
      quoteFragment('p1', 'Rusia dan NATO  memulai pembicaraan di Brussel pada Rabu, 12 Januari 2022'),
    ).toBe('#p1:~:text=Rusia%20dan%20NATO%20memulai,Rabu%2C%2012%20Januari%202022');
  });
});

describe('shownValues', () => {
  const topics: Facet = {
    name: 'topik',
    values: [
      { value: 'NATO', label: 'NATO', count: 40 },
      { value: 'Rusia', label: 'Rusia', count: 30 },
    ],
  };

  it('before a search shows the values the page knows, most frequent first', () => {
    expect(shownValues(topics, undefined, []).map((v) => v.value)).toEqual(['NATO', 'Rusia']);
  });

  it("after a search takes the values from the search's counts, even ones the page did not know", () => {
    const shown = shownValues(topics, { NATO: 2, Rusia: 0, Brussel: 5 }, []);
    expect(shown).toEqual([
      { value: 'Brussel', label: 'Brussel', count: 5 },
      { value: 'NATO', label: 'NATO', count: 2 },
    ]);
  });

  it('keeps a chosen value with no results, and caps the rest at FACET_LIMIT', () => {
    const counts = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`T${String(i).padStart(2, '0')}`, 100 - i]),
    );
    const shown = shownValues(topics, counts, ['Jenewa']);
    expect(shown).toHaveLength(FACET_LIMIT + 1);
    expect(shown.at(-1)).toEqual({ value: 'Jenewa', label: 'Jenewa', count: 0 });
  });

  it('shows periods newest first, by the labels the page knows', () => {
    const months: Facet = {
      name: 'bulan',
      values: [
        { value: '2021-12', label: 'Desember 2021', count: 1 },
        { value: '2022-01', label: 'Januari 2022', count: 9 },
      ],
    };
    expect(shownValues(months, { '2021-12': 1, '2022-01': 3 }, []).map((v) => v.label)).toEqual([
      'Januari 2022',
      'Desember 2021',
    ]);
  });
});

describe('searchFacets', () => {
  it("gives the page the most frequent values and every month's name, not every topic", async () => {
    const { articles } = await resolvedArchive();
    const facets = Object.fromEntries(searchFacets(articles).map((facet) => [facet.name, facet.values]));
    expect(facets.topik!.length).toBe(FACET_LIMIT);
    expect(facets.bulan).toEqual([{ value: '2022-01', label: 'Januari 2022', count: 2 }]);
    expect(facets.penerbit!.map((v) => v.value)).toEqual(['kontan.co.id', 'medcom.id']);
  });
});
