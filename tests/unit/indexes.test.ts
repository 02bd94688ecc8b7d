import { describe, expect, it } from 'vitest';
import { parseArchiveDate } from '../../src/lib/dates.ts';
import { allIndexPages, indexPages } from '../../src/lib/indexes.ts';

const date = (value: string) => {
  const result = parseArchiveDate(value);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
};
// Newest first, as the archive keeps its articles.
const items = ['2022-03-01', '2022-01-12', '2022-01-12T23:30+07:00', '2022-01-04', '2021-12-31T20:00Z'].map(
  (value) => ({ id: value, published: date(value) }),
);
const dateOf = (item: (typeof items)[number]) => item.published;

describe('indexPages', () => {
  it('makes one page per publication day in WIB, skipping empty days', () => {
    const days = indexPages(items, dateOf, 'day');
    // 2021-12-31T20:00Z is 1 January 2022, 03:00 WIB.
    expect(days.map((d) => d.path)).toEqual([
      '/indeks/2022/01/01/',
      '/indeks/2022/01/04/',
      '/indeks/2022/01/12/',
      '/indeks/2022/03/01/',
    ]);
    expect(days[2]!.items.map((i) => i.id)).toEqual(['2022-01-12', '2022-01-12T23:30+07:00']);
  });

  it('links each day to the previous and next day that has articles', () => {
    const day = indexPages(items, dateOf, 'day').find((d) => d.path === '/indeks/2022/01/12/')!;
    expect(day.previous).toEqual({ path: '/indeks/2022/01/04/', year: 2022, month: 1, day: 4 });
    expect(day.next).toEqual({ path: '/indeks/2022/03/01/', year: 2022, month: 3, day: 1 });
  });

  it('has no previous link on the first page and no next link on the last', () => {
    const months = indexPages(items, dateOf, 'month');
    expect(months.map((m) => m.path)).toEqual(['/indeks/2022/01/', '/indeks/2022/03/']);
    expect(months[0]!.previous).toBeUndefined();
    expect(months[1]!.next).toBeUndefined();
    expect(months[0]!.next?.path).toBe('/indeks/2022/03/');
  });

  it('makes year, month and day pages together', () => {
    expect(allIndexPages(items, dateOf).map((p) => p.level)).toEqual([
      'year',
      'month',
      'month',
      'day',
      'day',
      'day',
      'day',
    ]);
  });
});
