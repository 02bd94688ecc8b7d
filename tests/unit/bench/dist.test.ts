import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureDist } from '../../../bench/lib/dist.ts';
import { klipingPageType } from '../../../bench/lib/pages.ts';

describe('measureDist', () => {
  const dist = mkdtempSync(join(tmpdir(), 'kliping-bench-dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  };
  write('index.html', '<p>home</p>');
  write('artikel/2022/01/04/a/index.html', `<p>${'kata '.repeat(100)}</p>`);
  write('artikel/2022/01/12/b/index.html', `<p>${'kata '.repeat(10)}</p>`);
  // Random text barely compresses: over both limits raw and gzipped.
  write(
    'topik/nato/index.html',
    Array.from({ length: 3000 }, (_, i) => ((i * 7919) % 10007).toString(36)).join(''),
  );
  write('rss.xml', '<rss/>');
  write('pagefind/2022/pagefind.js', 'x');

  it('counts every file and the HTML pages of each type, with the largest raw and gzipped', () => {
    const figures = measureDist(dist, klipingPageType, { raw: 1000, gzip: 500 });
    expect(figures.files).toBe(6);
    expect(figures.htmlPages).toBe(4);
    const article = figures.types.find((t) => t.type === 'article')!;
    expect(article.pages).toBe(2);
    expect(article.largest.path).toBe('/artikel/2022/01/04/a/');
    expect(article.largest.gzip).toBeLessThan(article.largest.bytes);
    expect(article).toMatchObject({ overRaw: 0, overGzip: 0 });
    expect(figures.types.find((t) => t.type === 'topic')).toMatchObject({ overRaw: 1, overGzip: 1 });
    expect(figures.others.map((o) => o.path)).toEqual(['/rss.xml']);
  });
});
