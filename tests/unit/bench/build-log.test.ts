import { describe, expect, it } from 'vitest';
import { astroMarks, phasesOf, renderTimes } from '../../../bench/lib/build-log.ts';
import { klipingPageType, pagePath, peerPageType, untyped } from '../../../bench/lib/pages.ts';

/** Astro's log of a small build, each line with the ms it came at. */
const LOG = [
  [900, '12:00:00 [content] Syncing content'],
  [2900, '12:00:02 [content] Synced content'],
  [3000, '12:00:02 [build] Building static entrypoints...'],
  [5000, ' generating static routes '],
  [5100, '12:00:05   ├─ /artikel/2022/01/04/nato/index.html (+12ms) '],
  [5200, '12:00:05   ├─ /artikel/2022/01/12/rusia/index.html (+8ms) '],
  [5300, '12:00:05   ├─ /topik/nato/2/index.html (+1.5s) '],
  [5400, '12:00:05   └─ /naskah/000_a.txt/ (+2ms) '],
  [9000, '12:00:09 ✓ Completed in 4.00s.'],
  [9500, '12:00:09 [build] Complete!'],
].map(([ms, text]) => ({ ms: ms as number, text: text as string }));

describe('astroMarks and phasesOf', () => {
  it("times Astro's phases from its log lines, each ending where the next begins", () => {
    const phases = phasesOf([...astroMarks(LOG), ['search index', 12000]]);
    expect(phases).toEqual([
      { name: 'start-up, config', ms: 900 },
      { name: 'content sync (loaders, schema, data store)', ms: 2000 },
      { name: 'types, build info', ms: 100 },
      { name: 'bundling (Vite)', ms: 2000 },
      { name: 'rendering pages', ms: 4000 },
      { name: 'after the pages (sitemap, integrations)', ms: 500 },
      { name: 'search index', ms: 2500 },
    ]);
  });

  it('gives a phase whose mark is missing to the next one', () => {
    expect(
      phasesOf([
        ['a', 100],
        ['b', undefined],
        ['c', 300],
      ]),
    ).toEqual([
      { name: 'a', ms: 100 },
      { name: 'c', ms: 200 },
    ]);
  });
});

describe('renderTimes', () => {
  it("sums Astro's per-page times by page type, the most time first", () => {
    expect(renderTimes(LOG, klipingPageType)).toEqual([
      { type: 'topic', pages: 1, ms: 1500 },
      { type: 'article', pages: 2, ms: 20 },
      { type: '/naskah/…', pages: 1, ms: 2 },
    ]);
  });
});

describe('page types', () => {
  it('serves a file of dist/ at its URL path', () => {
    expect(pagePath('artikel/2022/01/04/nato/index.html')).toBe('/artikel/2022/01/04/nato/');
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('404.html')).toBe('/404.html');
  });

  it("tells Kliping's page types apart with src/lib/page-types.ts", () => {
    expect(klipingPageType('/')).toBe('home');
    expect(klipingPageType('/artikel/2022/01/04/nato/')).toBe('article');
    expect(klipingPageType('/indeks/2022/01/')).toBe('index-period');
    expect(klipingPageType('/topik/nato/peristiwa/')).toBe('topic-events');
    expect(klipingPageType('/404.html')).toBe('not-found');
  });

  it('names a path of no page type by its first folder', () => {
    expect(untyped('/rss.xml')).toBe('/rss.xml');
    expect(untyped('/naskah/000_a.txt')).toBe('/naskah/…');
    expect(untyped('/robots.txt')).toBe('/robots.txt');
    expect(klipingPageType('/naskah/000_a.txt')).toBe('/naskah/…');
  });

  it("tells the peers' two kinds of page apart", () => {
    expect(peerPageType('/')).toBe('home');
    expect(peerPageType('/artikel/a-slug/')).toBe('article');
  });
});
