import { getRssString } from '@astrojs/rss';
import { parseHTML } from 'linkedom';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { parseArchiveDate } from '../../src/lib/dates.ts';
import { type FeedArticle, feedCreators, feedLastBuildDate, feedOptions } from '../../src/lib/feed.ts';
import { xmlProblems } from '../support/outputs.ts';

const date = (value: string) => {
  const result = parseArchiveDate(value);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
};
const site = new URL('https://kliping.example.org');
const publisher = (id: string, name: string) => ({ id, name, kind: 'outlet' as const, description: 'x' });

function article(published: string, archived: string, more: Partial<FeedArticle> = {}): FeedArticle {
  return {
    url: `/artikel/${published.slice(0, 10).replaceAll('-', '/')}/a/`,
    data: {
      title: 'Judul',
      summary: 'Ringkasan',
      published: date(published),
      archived: date(archived),
      notes: [],
    } as unknown as FeedArticle['data'],
    blocks: [{ kind: 'paragraph', number: 1, text: 'Paragraf satu.' }],
    publisher: publisher('kontan', 'kontan.co.id'),
    wire: [{ ...publisher('reuters', 'Reuters'), kind: 'agency' }],
    entities: [{ id: 'nato', name: 'NATO', kind: 'organisation', description: 'x', aliases: [] }],
    ...more,
  };
}

const parser = new Parser<{ lastBuildDate?: string }, { creators: string[] }>({
  customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] },
});

describe('the feed', () => {
  it('names its own address, dates itself by its newest capture, and parses strictly', async () => {
    const xml = await getRssString(
      feedOptions(
        [article('2022-01-12', '2026-11-23'), article('2022-01-04', '2026-12-01T09:30+07:00')],
        site,
      ),
    );
    expect(xmlProblems(xml)).toEqual([]);
    const { document } = parseHTML(xml);
    const self = document.querySelector('channel > atom\\:link');
    expect(self?.getAttribute('href')).toBe('https://kliping.example.org/rss.xml');
    expect(self?.getAttribute('rel')).toBe('self');
    const feed = await parser.parseString(xml);
    expect(feed.lastBuildDate).toBe('Tue, 01 Dec 2026 02:30:00 GMT');
  });

  it('gives the outlet and the wire agencies as creators, and only topics as categories', async () => {
    const feed = await parser.parseString(
      await getRssString(feedOptions([article('2022-01-04', '2026-11-23')], site)),
    );
    expect(feed.items[0]!.creators).toEqual(['kontan.co.id', 'Reuters']);
    expect(feed.items[0]!.categories).toEqual(['NATO']);
  });

  it('carries a name with XML punctuation as text', async () => {
    const odd = article('2022-01-04', '2026-11-23', {
      publisher: publisher('x', 'A & B <Berita>'),
      wire: [],
    });
    const xml = await getRssString(feedOptions([odd], site));
    expect(xmlProblems(xml)).toEqual([]);
    expect((await parser.parseString(xml)).items[0]!.creators).toEqual(['A & B <Berita>']);
  });

  it('with no article has no lastBuildDate rather than an invented one', async () => {
    expect(feedLastBuildDate([])).toBeUndefined();
    expect(await getRssString(feedOptions([], site))).not.toContain('lastBuildDate');
  });

  it('lists the creators in order: outlet first', () => {
    expect(feedCreators(article('2022-01-04', '2026-11-23'))).toEqual(['kontan.co.id', 'Reuters']);
  });
});
