import { describe, expect, it } from 'vitest';
import { shardPlan } from '../../src/lib/search-shards.ts';

describe('shardPlan', () => {
  it('makes one shard per year, newest first, with the days and pages it holds', () => {
    const days = new Map([
      ['2021-03-01', 2],
      ['2022-01-04', 1],
      ['2022-01-12', 1],
    ]);
    expect(shardPlan(days)).toEqual([
      {
        id: '2022',
        glob: 'artikel/2022/**/*.html',
        path: '/pagefind/2022/',
        from: '2022-01-04',
        to: '2022-01-12',
        pages: 2,
      },
      {
        id: '2021',
        glob: 'artikel/2021/**/*.html',
        path: '/pagefind/2021/',
        from: '2021-03-01',
        to: '2021-03-01',
        pages: 2,
      },
    ]);
  });

  it('splits a year too big for one shard into months', () => {
    const days = new Map([
      ['2023-01-05', 6],
      ['2023-02-01', 5],
      ['2024-06-01', 3],
    ]);
    expect(shardPlan(days, 10).map((s) => [s.id, s.glob, s.pages])).toEqual([
      ['2024', 'artikel/2024/**/*.html', 3],
      ['2023-02', 'artikel/2023/02/**/*.html', 5],
      ['2023-01', 'artikel/2023/01/**/*.html', 6],
    ]);
  });
});
