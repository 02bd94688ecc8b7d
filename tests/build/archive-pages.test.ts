/**
 * The archive's deeper pages over the real dist/: topics, sources, daily indexes, other
 * coverage, citation, metadata (JSON-LD, Open Graph), the feed, the sitemap and robots.txt.
 */
import { readFileSync } from 'node:fs';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { captureLines } from '../../src/lib/account.ts';
import { entitySchema, publisherSchema } from '../../src/lib/schema.ts';
import { rawCollection, readCaptureFile } from '../support/content.ts';
import { fold, pageDocument, pagePaths } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';

const MEDCOM = '/artikel/2022/01/12/pertemuan-nato-rusia-dimulai/';
const KONTAN = '/artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/';
const SITE = 'https://kliping.example.org';
const entities = rawCollection('entities').map((e) => entitySchema.parse(e));
const publishers = rawCollection('publishers').map((p) => publisherSchema.parse(p));
const hrefs = (root: ParentNode | null | undefined, selector = 'a') =>
  [...(root?.querySelectorAll(selector) ?? [])].map((a) => a.getAttribute('href'));

describe('topic pages', () => {
  it.each(entities)('/topik/$id/ has a description, its events and its articles', (entity) => {
    const doc = pageDocument(`/topik/${entity.id}/`);
    expect(fold(doc.querySelector('h1')?.textContent)).toBe(entity.name);
    expect(fold(doc.querySelector('.page-header .intro')?.textContent)).toBe(entity.description);
    const events = doc.querySelectorAll('#peristiwa ~ ol li.entry');
    const articles = hrefs(doc.querySelector('[aria-labelledby="artikel"]'), '.card h3 a');
    expect(events.length + articles.length, `${entity.id} has nothing`).toBeGreaterThan(0);
  });

  it('Jens Stoltenberg: his own timeline in date order, and both articles', () => {
    const doc = pageDocument('/topik/jens-stoltenberg/');
    const dates = [...doc.querySelectorAll('li.entry time')].map((t) => t.getAttribute('datetime')!);
    expect(dates).toEqual(['2022-01-04', '2022-01-07T20:00+07:00', '2022-01-12']);
    expect(hrefs(doc, '.card h3 a').toSorted()).toEqual([KONTAN, MEDCOM]);
  });

  it('link each of their events to its own page, as the timeline does', () => {
    for (const path of ['/topik/jens-stoltenberg/', '/linimasa/2022/01/']) {
      const doc = pageDocument(path);
      const events = [...doc.querySelectorAll('li.entry.event')];
      expect(events.length).toBeGreaterThan(0);
      expect(events.map((li) => li.querySelector('.what a')?.getAttribute('href'))).toEqual(
        events.map((li) => `/peristiwa/${li.id}/`),
      );
    }
  });

  it('are linked from articles and from timeline entries', () => {
    expect(hrefs(pageDocument(MEDCOM).querySelector('nav.topics'))).toContain('/topik/krimea/');
    const meeting = pageDocument('/linimasa/').getElementById('pertemuan-dewan-nato-rusia-brussel');
    expect(hrefs(meeting)).toEqual(expect.arrayContaining(['/topik/brussel/', '/topik/sergei-ryabkov/']));
  });
});

describe('event pages', () => {
  const EVENT = '/peristiwa/pertemuan-dewan-nato-rusia-brussel/';

  it('say what happened, when and where, and where the event is on the timeline', () => {
    const doc = pageDocument(EVENT);
    expect(fold(doc.querySelector('h1')?.textContent)).toBe(
      'Dewan NATO-Rusia bertemu di Brussel untuk membahas keamanan Eropa, termasuk situasi di dalam dan sekitar Ukraina.',
    );
    const meta = doc.querySelector('.page-header .meta');
    expect(meta?.querySelector('time')?.getAttribute('datetime')).toBe('2022-01-12');
    expect(hrefs(meta)).toEqual(['/topik/brussel/', '/linimasa/2022/01/#pertemuan-dewan-nato-rusia-brussel']);
    expect(
      pageDocument('/linimasa/2022/01/').getElementById('pertemuan-dewan-nato-rusia-brussel'),
    ).not.toBeNull();
  });

  it('list every source, oldest first, each cited paragraph with the very words it relies on', () => {
    const sources = [...pageDocument(EVENT).querySelectorAll('.sources > li')];
    expect(sources.map((li) => li.querySelector('.title a')?.getAttribute('href'))).toEqual([KONTAN, MEDCOM]);
    for (const source of sources) {
      const article = pageDocument(source.querySelector('.title a')!.getAttribute('href')!);
      const cited = [...source.querySelectorAll('.cited li')];
      expect(cited.length).toBeGreaterThan(0);
      for (const li of cited) {
        const href = li.querySelector('a')!.getAttribute('href')!;
        const [, anchor, directive] = /#(p\d+):~:text=(.+)$/.exec(href)!;
        const paragraph = fold(article.getElementById(anchor!)?.textContent);
        const quote = fold(li.querySelector('q')?.textContent);
        expect(paragraph, `${href}`).toContain(quote);
        for (const part of directive!.split(',')) expect(paragraph).toContain(decodeURIComponent(part));
      }
    }
  });
});

describe('source pages', () => {
  it.each(publishers)('/sumber/$id/ exists with its description', (publisher) => {
    const doc = pageDocument(`/sumber/${publisher.id}/`);
    expect(fold(doc.querySelector('h1')?.textContent)).toBe(publisher.name);
    expect(fold(doc.querySelector('.page-header .intro')?.textContent)).toBe(publisher.description);
  });

  it('list articles by role: published by the outlet, based on the wire, citing the agency', () => {
    const cards = (path: string) =>
      [...pageDocument(path).querySelectorAll('[aria-labelledby="artikel"] .card')].map((card) => [
        card.querySelector('h3 a')?.getAttribute('href'),
        fold(card.querySelector('.note')?.textContent),
      ]);
    expect(cards('/sumber/kontan/')).toEqual([[KONTAN, '']]);
    expect(cards('/sumber/reuters/')).toEqual([[KONTAN, '· Berdasarkan laporan Reuters']]);
    expect(cards('/sumber/anadolu/')).toEqual([[MEDCOM, '· Mengutip Anadolu Agency']]);
  });
});

describe('daily, monthly and yearly indexes', () => {
  it('list the articles published that day, with previous and next days that have articles', () => {
    const day = pageDocument('/indeks/2022/01/12/');
    expect(fold(day.querySelector('h1')?.textContent)).toBe('Indeks Rabu, 12 Januari 2022');
    expect(hrefs(day, '.card h2 a')).toEqual([MEDCOM]);
    // 5–11 January have no article: the previous day is the 4th.
    expect(day.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/indeks/2022/01/04/');
    expect(day.querySelector('a[rel="next"]')).toBeNull();
    expect(hrefs(day.querySelector('.index-nav'))).toContain('/indeks/2022/01/');
  });

  it('a month lists its days and its articles, newest first', () => {
    const month = pageDocument('/indeks/2022/01/');
    expect(fold(month.querySelector('h1')?.textContent)).toBe('Indeks Januari 2022');
    expect(hrefs(month.querySelector('.children'))).toEqual(['/indeks/2022/01/04/', '/indeks/2022/01/12/']);
    expect(hrefs(month, '.card h2 a')).toEqual([MEDCOM, KONTAN]);
  });

  it('the year and the index of indexes lead to the months', () => {
    expect(hrefs(pageDocument('/indeks/2022/').querySelector('.children'))).toEqual(['/indeks/2022/01/']);
    expect(hrefs(pageDocument('/indeks/').querySelector('main'))).toEqual([
      '/indeks/2022/',
      '/indeks/2022/01/',
    ]);
  });
});

describe('an article page', () => {
  it('shows the other coverage of the events it reports, the shared events in date order', () => {
    const coverage = pageDocument(MEDCOM).querySelector('.coverage');
    expect(hrefs(coverage, ':scope > ul > li > a')).toEqual([KONTAN]);
    expect(fold(coverage?.textContent)).toContain('12 Januari 2022: Dewan NATO-Rusia bertemu di Brussel');
    const shared = [...(coverage?.querySelectorAll('.events time') ?? [])].map((t) =>
      t.getAttribute('datetime')!,
    );
    expect(shared).toEqual(['2021-12', '2022-01-07T20:00+07:00', '2022-01-12']);
    expect(hrefs(coverage, '.events a')).toEqual([
      '/peristiwa/proposal-keamanan-rusia-desember-2021/',
      '/peristiwa/konferensi-video-menlu-nato/',
      '/peristiwa/pertemuan-dewan-nato-rusia-brussel/',
    ]);
  });

  it('lists the events it reports, in date order, each linked to its page and to its paragraphs', () => {
    const reported = pageDocument(MEDCOM).querySelector('.reported');
    const dates = [...(reported?.querySelectorAll('time') ?? [])].map((t) => t.getAttribute('datetime')!);
    expect(dates).toEqual(dates.toSorted());
    expect(hrefs(reported)).toEqual(
      expect.arrayContaining([
        '/peristiwa/nato-bekukan-kerja-sama-2014/',
        '#p4',
        '/peristiwa/pertemuan-dewan-nato-rusia-brussel/',
        '#p1',
      ]),
    );
  });

  it('offers its citation in APA and BibTeX, as text, with no script', () => {
    const cite = pageDocument(KONTAN).querySelector('.cite');
    expect(fold(cite?.querySelector('.apa')?.textContent)).toBe(
      `kontan.co.id. (2022, 4 Januari). [NATO Jadwalkan Pertemuan Dewan NATO-Rusia di Brussel pada 12 Januari] Berdasarkan laporan Reuters. Diarsipkan oleh Kliping pada 23 November 2026 dari ${SITE}${KONTAN}`,
    );
    expect(cite?.querySelector('.bibtex code')?.textContent).toMatch(
      /^@online\{kontan2022nato,\n {2}author = \{\{kontan\.co\.id\}\},/,
    );
  });

  it('has Open Graph and Twitter card metadata', () => {
    const meta = (selector: string) => pageDocument(MEDCOM).querySelector(selector)?.getAttribute('content');
    expect(meta('meta[property="og:type"]')).toBe('article');
    expect(meta('meta[property="og:url"]')).toBe(`${SITE}${MEDCOM}`);
    expect(meta('meta[property="og:locale"]')).toBe('id_ID');
    expect(meta('meta[property="article:published_time"]')).toBe('2022-01-12');
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(meta('meta[property="og:image"]')).toBe(`${SITE}/kartu-kliping.png`);
  });
});

describe('JSON-LD', () => {
  const blocks = pagePaths().flatMap((path) =>
    [...pageDocument(path).querySelectorAll('script[type="application/ld+json"]')].map((s) => ({
      path,
      text: s.textContent!,
    })),
  );

  it('parses on every page that has it', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const { path, text } of blocks) expect(() => JSON.parse(text), path).not.toThrow();
  });

  it('describes each article as a NewsArticle with its provenance and the archive capture', () => {
    const kontan = JSON.parse(blocks.find((b) => b.path === KONTAN)!.text);
    expect(kontan).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'NATO Jadwalkan Pertemuan Dewan NATO-Rusia di Brussel pada 12 Januari',
      datePublished: '2022-01-04',
      inLanguage: 'id',
      publisher: { name: 'kontan.co.id' },
      sourceOrganization: [{ name: 'Reuters' }],
      dateline: 'KONTAN.CO.ID - BRUSSELS.',
      archivedAt: { url: `${SITE}${KONTAN}`, datePublished: '2026-11-23' },
    });
    expect(kontan.mentions.map((m: { name: string }) => m.name)).toContain('Josep Borrell');
    const medcom = JSON.parse(blocks.find((b) => b.path === MEDCOM)!.text);
    expect(medcom.mentions).toContainEqual(
      expect.objectContaining({ '@type': 'NewsMediaOrganization', name: 'Anadolu Agency' }),
    );
  });
});

describe('the feed, the sitemap and robots.txt', () => {
  it('the RSS feed parses, and carries every paragraph of every article', async () => {
    const feed = await new Parser().parseString(readFileSync(`${DIST}rss.xml`, 'utf8'));
    expect(feed.title).toBe('Kliping — artikel terbaru');
    expect(feed.items.map((item) => item.link)).toEqual([`${SITE}${MEDCOM}`, `${SITE}${KONTAN}`]);
    const medcom = feed.items[0]!;
    expect(new Date(medcom.isoDate!).toISOString()).toBe('2022-01-12T05:00:00.000Z');
    const text = fold(medcom['content:encoded'] as string);
    for (const line of captureLines(readCaptureFile('captures/000_a0787a86cb8f5b8c.txt')).slice(1, 10)) {
      expect(text).toContain(line.text);
    }
  });

  it('the sitemap lists every page but the 404 page', () => {
    const sitemap = readFileSync(`${DIST}sitemap-0.xml`, 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((m) => m[1]!.replace(SITE, ''))
      .toSorted();
    expect(listed).toEqual(
      pagePaths()
        .filter((p) => p !== '/404.html')
        .toSorted(),
    );
  });

  it('robots.txt points to the sitemap', () => {
    expect(readFileSync(`${DIST}robots.txt`, 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});
