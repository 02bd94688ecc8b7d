/** Checks over every page of the real dist/: language, scripts, the timeline and its links. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageTypeOf, sitePages } from '../../src/lib/page-types.ts';
import { resolvedArchive } from '../support/archive.ts';
import { DIST } from '../support/paths.ts';
import { fold, pageDocument, pagePaths, visibleText } from '../support/dist.ts';

const pages = pagePaths();
const READING_PAGES = pages.filter((path) => path !== '/cari/');

describe('every page', () => {
  it('is every page of every page type, and nothing else', async () => {
    const expected = sitePages(await resolvedArchive()).map((page) => page.path);
    expect(pages).toEqual(expected.toSorted());
    expect(new Set(expected).size).toBe(expected.length);
    for (const path of pages) expect(pageTypeOf(path), path).toBeDefined();
  });

  it.each(pages)('%s is in Indonesian, with a title and a description', (path) => {
    const doc = pageDocument(path);
    expect(doc.documentElement.getAttribute('lang')).toBe('id');
    expect(doc.title).toMatch(/Kliping/);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
  });

  it.each(pages)('%s shows no leaked programming values', (path) => {
    const text = visibleText(pageDocument(path));
    expect(text).not.toMatch(/\[object Object\]|\bundefined\b|\bNaN\b|\bnull\b/);
  });

  it.each(READING_PAGES)('%s ships no JavaScript', (path) => {
    const doc = pageDocument(path);
    // JSON-LD is data for search engines, never run.
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(doc.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
    for (const element of doc.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/);
    }
  });

  it('the search page loads only its own module, and Pagefind only on use', () => {
    const scripts = [...pageDocument('/cari/').querySelectorAll('script:not([type="application/ld+json"])')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute('type')).toBe('module');
  });

  it.each(pages)('%s links only to pages and anchors that exist', (path) => {
    const doc = pageDocument(path);
    for (const link of doc.querySelectorAll('a[href^="/"]')) {
      const url = new URL(link.getAttribute('href')!, 'http://kliping.test');
      const file = join(DIST, url.pathname, url.pathname.endsWith('/') ? 'index.html' : '');
      expect(existsSync(file), `${path} links to ${url.pathname}`).toBe(true);
      // A text directive (`#p3:~:text=…`) is the browser's; the anchor before it must exist.
      const [anchor, directive] = url.hash.slice(1).split(':~:');
      if (anchor && url.pathname !== '/cari/') {
        const target = pageDocument(url.pathname);
        const element = target.getElementById(decodeURIComponent(anchor));
        expect(element, `${path} links to ${url.href}`).not.toBeNull();
        // …and the words it highlights are in that element.
        for (const part of directive?.replace(/^text=/, '').split(',') ?? []) {
          expect(fold(element?.textContent), `${path} links to ${url.href}`).toContain(
            decodeURIComponent(part.replace(/^-|-$/g, '')),
          );
        }
      }
    }
  });
});

describe('the ways around the archive', () => {
  it.each(pages)('%s links to the about page and the sources from its footer', (path) => {
    const footer = pageDocument(path).querySelector('footer.site-footer');
    const links = [...(footer?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/tentang/', '/sumber/', '/data/']));
  });

  it.each(pages)('%s has a skip link to the search box, unless it is the search page', (path) => {
    const doc = pageDocument(path);
    const skip = [...doc.querySelectorAll('a.skip')].find((a) => a.getAttribute('href') === '#q-header');
    if (path === '/cari/') {
      expect(skip).toBeUndefined();
      expect(doc.getElementById('q-header')).toBeNull();
    } else {
      expect(fold(skip?.textContent)).toBe('Langsung ke pencarian');
      expect(doc.getElementById('q-header')?.tagName).toBe('INPUT');
    }
  });

  it('/tentang/ says what the archive is, how it keeps captures and dates, corrects, and is cited', () => {
    const doc = pageDocument('/tentang/');
    expect(fold(doc.querySelector('h1')?.textContent)).toBe('Tentang Kliping');
    const headings = [...doc.querySelectorAll('main h2')].map((h) => fold(h.textContent));
    expect(headings).toEqual([
      'Apa itu Kliping',
      'Bagaimana naskah disimpan',
      'Tiga macam tanggal',
      'Kesalahan dan koreksi',
      'Cara mengutip',
      'Arsip sebagai data',
    ]);
    const text = fold(doc.querySelector('main')?.textContent);
    for (const words of ['SHA-256', 'byte demi byte', 'WIB', 'diperkirakan dari isi berita', 'APA', 'BibTeX'])
      expect(text).toContain(words);
    expect(doc.querySelector('main a[href="/data/"]')).not.toBeNull();
  });
});

describe('the timeline', () => {
  const doc = pageDocument('/linimasa/');
  const entries = [...doc.querySelectorAll('li.entry')];

  it('lists events and publications in date order', () => {
    const dates = entries.map((entry) => entry.querySelector('time')!.getAttribute('datetime')!);
    expect(dates.length).toBeGreaterThanOrEqual(15);
    expect(dates).toEqual(dates.toSorted());
    expect(dates[0]).toBe('2002');
  });

  it('groups by year and month, with headings in Indonesian', () => {
    const headings = [...doc.querySelectorAll('h2, h3, h4')].map((h) => fold(h.textContent));
    expect(headings).toEqual([
      'Seluruh linimasa',
      '2002',
      '2014',
      '2021',
      'Sepanjang 2021',
      'Oktober 2021',
      'Desember 2021',
      '2022',
      'Januari 2022',
    ]);
  });

  it('leads to each year and month, with their counts, and each has its own page', () => {
    const overview = [...doc.querySelectorAll('nav.overview a')].map((a) => [
      a.getAttribute('href'),
      fold(a.parentElement?.textContent),
    ]);
    expect(overview.map(([href]) => href)).toEqual([
      '/linimasa/2002/',
      '/linimasa/2014/',
      '/linimasa/2021/',
      '/linimasa/2021/10/',
      '/linimasa/2021/12/',
      '/linimasa/2022/',
      '/linimasa/2022/01/',
    ]);
    expect(fold(doc.querySelector('nav.overview > ol > li:last-child')?.textContent)).toMatch(
      /^2022 7 peristiwa · 2 artikel terbit ?Januari 2022 \(7 peristiwa\)$/,
    );
    const january = pageDocument('/linimasa/2022/01/');
    expect([...january.querySelectorAll('li.entry')].map((entry) => entry.id)).toEqual(
      [...doc.querySelectorAll('section[aria-labelledby="tahun-2022"] li.entry')].map((entry) => entry.id),
    );
    const year = pageDocument('/linimasa/2021/');
    expect(fold(year.querySelector('h1')?.textContent)).toBe('2021');
    expect([...year.querySelectorAll('li.entry')].map((entry) => entry.id)).toEqual([
      'ketegangan-nato-rusia-2021',
      'sanksi-uni-eropa-2021',
    ]);
    expect(year.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/linimasa/2022/');
  });

  it('shows the Council meeting of 12 January 2022 once, citing paragraphs of both articles', () => {
    const meeting = entries.filter((entry) => entry.id === 'pertemuan-dewan-nato-rusia-brussel');
    expect(meeting).toHaveLength(1);
    expect(fold(meeting[0]!.querySelector('time')?.textContent)).toBe('Rabu, 12 Januari 2022');
    const links = [...meeting[0]!.querySelectorAll('a.para')].map((a) => a.getAttribute('href'));
    expect(links).toContain('/artikel/2022/01/12/pertemuan-nato-rusia-dimulai/#p1');
    expect(links).toContain('/artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/#p3');
  });

  it('dates each event at its precision, and a time in WIB', () => {
    const text = (id: string) => fold(doc.getElementById(id)?.querySelector('time')?.textContent);
    expect(text('nato-bekukan-kerja-sama-2014')).toBe('2014');
    expect(text('perselisihan-spionase-oktober-2021')).toBe('Oktober 2021');
    expect(text('konferensi-video-menlu-nato')).toBe('Jumat, 7 Januari 2022, 20.00 WIB');
  });

  it("shows the articles' publication dates as publications, not events", () => {
    const publications = entries.filter((entry) => entry.classList.contains('publication'));
    expect(publications.map((p) => p.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2022-01-04',
      '2022-01-12',
    ]);
    for (const p of publications) expect(fold(p.textContent)).toMatch(/^Artikel terbit/);
    expect(publications.map((p) => p.id)).toEqual(['terbit-2022-01-04', 'terbit-2022-01-12']);
  });
});
