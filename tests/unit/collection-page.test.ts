import { describe, expect, it } from 'vitest';
import {
  articleItem,
  citedArticles,
  collectionPageJsonLd,
  eventPageJsonLd,
  indexPageJsonLd,
  itemListJsonLd,
  linkGroupLists,
  newestArchived,
  timelineItems,
} from '../../src/lib/collection-page.ts';
import { machineDate, parseArchiveDate } from '../../src/lib/dates.ts';
import { eventViews, indexViews } from '../../src/lib/listings.ts';
import { resolvedArchive } from '../support/archive.ts';

const date = (value: string) => {
  const result = parseArchiveDate(value);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
};
const site = new URL('https://kliping.example.org');
const ref = {
  id: 'a',
  title: 'Judul A',
  titleDevised: false,
  url: '/artikel/2022/01/12/a/',
  publisherName: 'medcom.id',
  published: date('2022-01-12'),
};

describe('collectionPageJsonLd', () => {
  it('is a CollectionPage of the site, dated by its data, with its items as an ItemList', () => {
    const page = collectionPageJsonLd(
      {
        path: '/indeks/2022/01/',
        name: 'Indeks Januari 2022',
        temporalCoverage: '2022-01',
        modified: date('2026-11-23'),
        lists: [{ order: 'descending', items: [articleItem(ref)] }],
      },
      site,
    );
    expect(page).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      '@id': 'https://kliping.example.org/indeks/2022/01/',
      url: 'https://kliping.example.org/indeks/2022/01/',
      name: 'Indeks Januari 2022',
      inLanguage: 'id',
      isPartOf: { '@id': 'https://kliping.example.org/#website' },
      dateModified: '2026-11-23',
      temporalCoverage: '2022-01',
      mainEntity: {
        '@type': 'ItemList',
        numberOfItems: 1,
        itemListOrder: { '@id': 'schema:ItemListOrderDescending' },
        itemListElement: [
          {
            '@type': 'ListItem',
            position: 1,
            item: {
              '@type': 'NewsArticle',
              '@id': 'https://kliping.example.org/artikel/2022/01/12/a/#artikel',
              url: 'https://kliping.example.org/artikel/2022/01/12/a/',
              headline: 'Judul A',
              datePublished: '2022-01-12',
            },
          },
        ],
      },
    });
  });

  it('keeps several lists apart, and has no date when the data gives none', () => {
    const page = collectionPageJsonLd(
      {
        path: '/topik/nato/',
        name: 'NATO',
        lists: [
          { name: 'Peristiwa', order: 'ascending', items: [] },
          { name: 'Artikel', order: 'descending', items: [articleItem(ref)] },
        ],
      },
      site,
    ) as unknown as Record<string, unknown>;
    expect(page).not.toHaveProperty('dateModified');
    expect(page.mainEntity).toMatchObject([{ name: 'Peristiwa' }, { name: 'Artikel' }]);
  });

  it('numbers a page of a paginated listing from where it starts, and counts the whole', () => {
    const list = itemListJsonLd(
      { order: 'descending', items: [articleItem(ref), articleItem(ref)], firstPosition: 21, total: 45 },
      site,
    ) as unknown as { numberOfItems: number; itemListElement: { position: number }[] };
    expect(list.numberOfItems).toBe(45);
    expect(list.itemListElement.map((element) => element.position)).toEqual([21, 22]);
  });
});

describe('listing items', () => {
  it('an event is its own page, dated at its precision', () => {
    const [event] = timelineItems({
      kind: 'event',
      id: 'nato-bekukan-kerja-sama-2014',
      date: date('2014'),
      title: 'NATO membekukan kerja sama.',
      entities: [],
      sources: [],
      location: '/linimasa/2014/#nato-bekukan-kerja-sama-2014',
    });
    expect(event).toEqual({
      url: '/peristiwa/nato-bekukan-kerja-sama-2014/',
      name: 'NATO membekukan kerja sama.',
      date: date('2014'),
      kind: 'event',
    });
    const node = itemListJsonLd({ order: 'ascending', items: [event!] }, site).itemListElement;
    expect(node).toMatchObject([
      {
        item: {
          '@type': 'Event',
          // The event, apart from its page (the page is a CollectionPage about it).
          '@id': 'https://kliping.example.org/peristiwa/nato-bekukan-kerja-sama-2014/#peristiwa',
          url: 'https://kliping.example.org/peristiwa/nato-bekukan-kerja-sama-2014/',
          startDate: '2014',
        },
      },
    ]);
  });

  it('a day of publications on the timeline is its articles, or (a busy day) its Indeks page', () => {
    const day = {
      kind: 'publication' as const,
      id: 'terbit-2022-01-12',
      date: ref.published,
      title: ref.title,
      count: 1,
    };
    expect(timelineItems({ ...day, articles: [ref] })).toEqual([articleItem(ref)]);
    expect(timelineItems({ ...day, articles: [], count: 40 })).toEqual([
      { url: '/indeks/2022/01/12/', name: '40 artikel terbit', kind: 'page' },
    ]);
  });
});

describe('newestArchived', () => {
  const article = (archived: string) => ({ data: { archived: date(archived) } });

  it('is the newest capture, a known time beating the bare day', () => {
    expect(
      newestArchived([article('2026-11-23'), article('2026-12-01'), article('2025-01-01')])?.source,
    ).toBe('2026-12-01');
    expect(newestArchived([article('2026-12-01'), article('2026-12-01T09:00+07:00')])?.source).toBe(
      '2026-12-01T09:00+07:00',
    );
  });

  it('is undefined for no article: nothing is invented', () => {
    expect(newestArchived([])).toBeUndefined();
  });
});

describe('citedArticles', () => {
  it('looks each cited article up once', () => {
    const byId = new Map([
      ['a', 'A'],
      ['b', 'B'],
    ]);
    const events = [
      { sources: [{ article: { id: 'a' } }, { article: { id: 'b' } }] },
      { sources: [{ article: { id: 'a' } }] },
    ];
    expect(citedArticles(events, byId)).toEqual(['A', 'B']);
  });
});

describe('page JSON-LD that stays small at any size', () => {
  it('an Indeks period too big to list describes its months, not its articles', async () => {
    const { articles } = await resolvedArchive();
    const year = indexViews(articles).find((view) => view.page.path === '/indeks/2022/')!;
    expect(indexPageJsonLd(year, 'Indeks 2022', site).mainEntity).toMatchObject({
      numberOfItems: 2,
      itemListElement: [{ item: { '@type': 'NewsArticle' } }, { item: { '@type': 'NewsArticle' } }],
    });
    const big = indexPageJsonLd({ ...year, list: undefined }, 'Indeks 2022', site);
    expect(big).toMatchObject({ temporalCoverage: '2022', dateModified: expect.any(String) });
    expect(big.mainEntity).toMatchObject({
      numberOfItems: 1,
      itemListElement: [
        {
          item: {
            '@type': 'WebPage',
            url: 'https://kliping.example.org/indeks/2022/01/',
            name: 'Januari 2022',
          },
        },
      ],
    });
  });

  it("an event's page is about the event, lists its sources oldest first and is dated by their captures", async () => {
    const { articles, events } = await resolvedArchive();
    const view = eventViews(events).find((v) => v.event.id === 'pertemuan-dewan-nato-rusia-brussel')!;
    const byId = new Map(articles.map((article) => [article.id, article]));
    const node = eventPageJsonLd(view, byId, site);
    expect(node).toMatchObject({
      '@id': 'https://kliping.example.org/peristiwa/pertemuan-dewan-nato-rusia-brussel/',
      about: {
        '@type': 'Event',
        '@id': 'https://kliping.example.org/peristiwa/pertemuan-dewan-nato-rusia-brussel/#peristiwa',
        startDate: '2022-01-12',
      },
      mainEntity: { numberOfItems: 2, itemListOrder: { '@id': 'schema:ItemListOrderAscending' } },
    });
    expect(node.dateModified).toBe(machineDate(newestArchived(articles)!));
  });
});

describe('linkGroupLists', () => {
  it('lists each group of links as pages under its heading, in no date order', () => {
    expect(
      linkGroupLists([{ title: 'Kantor berita', links: [{ href: '/sumber/reuters/', label: 'Reuters' }] }]),
    ).toEqual([
      {
        name: 'Kantor berita',
        order: 'unordered',
        items: [{ url: '/sumber/reuters/', name: 'Reuters', kind: 'page' }],
      },
    ]);
  });
});
