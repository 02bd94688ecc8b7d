import { describe, expect, it } from 'vitest';
import { parseArchiveDate } from '../../src/lib/dates.ts';
import type { ArchiveEvent } from '../../src/lib/schema.ts';
import {
  type ArticleRef,
  eventEntries,
  eventsByArticle,
  groupTimeline,
  otherCoverage,
  publicationEntries,
} from '../../src/lib/timeline.ts';
import { committedArchive } from '../support/archive.ts';

function date(value: string) {
  const result = parseArchiveDate(value);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

const articles: ArticleRef[] = [
  {
    id: 'a',
    title: 'A',
    titleDevised: false,
    url: '/artikel/2022/01/12/a/',
    publisherName: 'medcom.id',
    published: date('2022-01-12'),
  },
  {
    id: 'b',
    title: 'B',
    titleDevised: true,
    url: '/artikel/2022/01/04/b/',
    publisherName: 'kontan.co.id',
    published: date('2022-01-04'),
  },
];

function event(id: string, when: string, citations: ArchiveEvent['citations']): ArchiveEvent {
  return { id, title: `Peristiwa ${id}`, date: date(when), entities: [], citations };
}

describe('eventEntries', () => {
  it('lists one event cited by two outlets once, with both sources in publication order', () => {
    const [entry] = eventEntries(
      [
        event('rapat', '2022-01-12', [
          { article: 'a', paragraph: 2, quote: 'kata' },
          { article: 'b', paragraph: 3, quote: 'kata' },
          { article: 'a', paragraph: 1, quote: 'kata' },
          { article: 'b', paragraph: 3, quote: 'kata' },
        ]),
      ],
      articles,
      (id) => ({ id, name: id.toUpperCase() }),
    );
    expect(entry).toMatchObject({
      kind: 'event',
      sources: [
        { article: { id: 'b' }, paragraphs: [3] },
        { article: { id: 'a' }, paragraphs: [1, 2] },
      ],
    });
  });
});

describe('groupTimeline', () => {
  const entries = [
    ...eventEntries(
      [
        event('rapat', '2022-01-12', [{ article: 'a', paragraph: 1, quote: 'kata' }]),
        event('video', '2022-01-07T13:00+00:00', [{ article: 'b', paragraph: 5, quote: 'kata' }]),
        event('spionase', '2021-10', [{ article: 'b', paragraph: 2, quote: 'kata' }]),
        event('tahun', '2021', [{ article: 'a', paragraph: 5, quote: 'kata' }]),
        event('bulan', '2022-01', [{ article: 'b', paragraph: 14, quote: 'kata' }]),
        event('krimea', '2014', [{ article: 'a', paragraph: 4, quote: 'kata' }]),
      ],
      articles,
      (id) => ({ id, name: id.toUpperCase() }),
    ),
    ...publicationEntries(articles),
  ];

  it('groups by year, then month, oldest first, with year-only events before the months', () => {
    const groups = groupTimeline(entries);
    expect(groups.map((g) => g.year)).toEqual([2014, 2021, 2022]);
    expect(groups[1]!.entries.map((e) => e.id)).toEqual(['tahun']);
    expect(groups[1]!.months.map((m) => [m.month, m.entries.map((e) => e.id)])).toEqual([[10, ['spionase']]]);
    expect(groups[2]!.months[0]!.entries.map((e) => e.id)).toEqual([
      'bulan',
      'terbit-2022-01-04',
      'video',
      'rapat',
      'terbit-2022-01-12',
    ]);
  });

  it('keeps publications apart from events', () => {
    const january = groupTimeline(entries)[2]!.months[0]!.entries;
    expect(january.filter((e) => e.kind === 'publication').map((e) => e.id)).toEqual([
      'terbit-2022-01-04',
      'terbit-2022-01-12',
    ]);
  });

  it('does not depend on the order of its input', () => {
    expect(groupTimeline(entries.toReversed())).toEqual(groupTimeline(entries));
  });
});

describe('the committed timeline', () => {
  it('puts the Council meeting once, cited by both outlets', async () => {
    const archive = await committedArchive();
    const refs = archive.articles.map((a) => ({
      id: a.id,
      title: a.data.title,
      titleDevised: a.data.titleDevised,
      url: `/${a.id}/`,
      publisherName: a.data.publisher,
      published: a.data.published,
    }));
    const meetings = eventEntries(
      archive.events.map((e) => e.data),
      refs,
      (id) => ({ id, name: id }),
    ).filter((e) => e.date.source === '2022-01-12');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.kind === 'event' && meetings[0]!.sources.map((s) => s.article.id)).toEqual([
      'nato-jadwalkan-dewan-nato-rusia',
      'pertemuan-nato-rusia-dimulai',
    ]);
  });
});

describe('otherCoverage', () => {
  const events = eventEntries(
    [
      event('rapat', '2022-01-12', [
        { article: 'a', paragraph: 1, quote: 'kata' },
        { article: 'b', paragraph: 3, quote: 'kata' },
      ]),
      event('jadwal', '2022-01-04', [{ article: 'b', paragraph: 1, quote: 'kata' }]),
    ],
    articles,
    (id) => ({ id, name: id }),
  );

  it('lists the other articles citing an event this article cites, with the shared events', () => {
    expect(otherCoverage('a', events).map((c) => [c.article.id, c.events.map((e) => e.id)])).toEqual([
      ['b', ['rapat']],
    ]);
    expect(otherCoverage('b', events).map((c) => [c.article.id, c.events.map((e) => e.id)])).toEqual([
      ['a', ['rapat']],
    ]);
  });

  it('gives the same answer from the events that cite the article only', () => {
    const citing = eventsByArticle(events);
    expect(citing.get('b')!.map((e) => e.id)).toEqual(['rapat', 'jadwal']);
    expect(otherCoverage('a', citing.get('a')!)).toEqual(otherCoverage('a', events));
  });

  it('lists the articles in publication order and their shared events in date order', () => {
    const more = eventEntries(
      [
        event('rapat', '2022-01-12', [
          { article: 'a', paragraph: 1, quote: 'kata' },
          { article: 'b', paragraph: 3, quote: 'kata' },
          { article: 'c', paragraph: 1, quote: 'kata' },
        ]),
        event('konferensi', '2022-01-07T20:00+07:00', [
          { article: 'a', paragraph: 2, quote: 'kata' },
          { article: 'b', paragraph: 5, quote: 'kata' },
        ]),
        event('usulan', '2021-12', [
          { article: 'a', paragraph: 6, quote: 'kata' },
          { article: 'b', paragraph: 7, quote: 'kata' },
        ]),
      ],
      [
        ...articles,
        { ...articles[1]!, id: 'c', url: '/artikel/2021/12/30/c/', published: date('2021-12-30') },
      ],
      (id) => ({ id, name: id }),
    );
    const coverage = otherCoverage('a', more);
    expect(coverage.map((c) => c.article.id)).toEqual(['c', 'b']);
    expect(coverage.find((c) => c.article.id === 'b')!.events.map((e) => e.id)).toEqual([
      'usulan',
      'konferensi',
      'rapat',
    ]);
  });

  it('is empty for an article no other article shares an event with', () => {
    expect(otherCoverage('c', events)).toEqual([]);
  });
});
