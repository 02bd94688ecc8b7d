import { describe, expect, it } from 'vitest';
import { pagedTitle, pagePath, pageParam, paginate, paginateAt } from '../../src/lib/paginate.ts';

describe('paginate', () => {
  it('puts page 1 at the list address and the others below it, each with its neighbours', () => {
    const pages = paginate(
      Array.from({ length: 120 }, (_, i) => i),
      '/topik/nato/',
      50,
    );
    expect(pages.map((p) => [p.path, p.items.length, p.previous, p.next])).toEqual([
      ['/topik/nato/', 50, undefined, '/topik/nato/2/'],
      ['/topik/nato/2/', 50, '/topik/nato/', '/topik/nato/3/'],
      ['/topik/nato/3/', 20, '/topik/nato/2/', undefined],
    ]);
    expect(pages.every((p) => p.count === 3 && p.total === 120)).toBe(true);
    expect(pages[2]!.items[0]).toBe(100);
  });

  it('gives an empty list its first page, so its address exists', () => {
    expect(paginate([], '/sumber/x/')).toEqual([
      { items: [], number: 1, count: 1, total: 0, path: '/sumber/x/', previous: undefined, next: undefined },
    ]);
  });

  it('names pages in routes: no parameter for page 1', () => {
    expect([pageParam(1), pageParam(2)]).toEqual([undefined, '2']);
    expect([pagePath('/a/', 1), pagePath('/a/', 7)]).toEqual(['/a/', '/a/7/']);
  });
});

describe('paginateAt', () => {
  it('puts each page where the path function says, neighbours included', () => {
    const pages = paginateAt([1, 2, 3], (n) => (n === 1 ? '/y/' : `/y/lain/${n}/`), 2);
    expect(pages.map((p) => [p.path, p.previous, p.next])).toEqual([
      ['/y/', undefined, '/y/lain/2/'],
      ['/y/lain/2/', '/y/', undefined],
    ]);
  });
});

describe('pagedTitle', () => {
  it('names page 1 as the list, and the others by their number, so no two pages share a title', () => {
    expect(pagedTitle('NATO', { number: 1, count: 3 })).toBe('NATO');
    expect(pagedTitle('NATO', { number: 2, count: 3 })).toBe('NATO (Halaman 2 dari 3)');
  });
});
