/**
 * The built site's metadata as clients nobody here wrote read it. Article pages: html-metadata
 * (Wikimedia's parser behind Citoid) reads the Dublin Core and PRISM tags that Zotero's
 * Embedded Metadata translator reads, and linkedom the two it does not (Zotero's own `z.*`
 * tags, the RDFa contributor). The feed: rss-parser and a strict XML parser. Link previews:
 * the card and icons every page names exist at the sizes it announces. (Zotero's own
 * translation-server, run by hand over a build, saves from these tags a newspaperArticle with
 * exactly the fields asserted here; no npm package runs Zotero's translators.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFromString } from 'html-metadata';
import { parseHTML } from 'linkedom';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { machineDate } from '../../src/lib/dates.ts';
import { articleSchema, publisherSchema } from '../../src/lib/schema.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { rawArticles, rawCollection } from '../support/content.ts';
import { pagePaths, readPage } from '../support/dist.ts';
import { xmlProblems } from '../support/outputs.ts';
import { DIST } from '../support/paths.ts';

const SITE = 'https://kliping.example.org';
const publishers = new Map(
  rawCollection('publishers').map((raw) => {
    const publisher = publisherSchema.parse(raw);
    return [publisher.id, publisher];
  }),
);
const articles = rawArticles().map((raw) => {
  const data = articleSchema.parse(raw.frontmatter);
  return { data, url: articlePath(raw.id, data) };
});

/** What Zotero's translators read but html-metadata does not. */
function zoteroOnly(html: string) {
  const { document } = parseHTML(html);
  const meta = (selector: string) =>
    document.querySelector(`head > meta[${selector}]`)?.getAttribute('content') ?? undefined;
  return {
    zNamespace: document.querySelector('head > link[rel="schema.z"]')?.getAttribute('href'),
    schemaPrefix: document.documentElement.getAttribute('prefix') ?? undefined,
    archive: meta('name="z.archive"'),
    archiveLocation: meta('name="z.archiveLocation"'),
    contributors: [...document.querySelectorAll('head > meta[property="schema:contributor"]')].map((m) =>
      m.getAttribute('content'),
    ),
  };
}

/** html-metadata gives one value as a string, several as an array. */
const oneOrMany = (values: string[]) => (values.length === 1 ? values[0] : values);

describe.each(articles)('$url, as Zotero and Citoid read it', ({ data, url }) => {
  const html = readPage(url);

  it('is a newspaperArticle of its outlet, with its date, language and creators', async () => {
    const meta = await loadFromString(html);
    const creators = [
      ...(data.byline ? [data.byline] : []),
      ...data.wire.map((id) => publishers.get(id)!.name),
    ];
    expect(meta.dublinCore).toEqual({
      type: 'newspaperArticle',
      title: data.titleDevised ? `[${data.title}]` : data.title,
      date: machineDate(data.published),
      language: data.language,
      ...(creators.length > 0 ? { creator: oneOrMany(creators) } : {}),
    });
    expect(meta.prism).toEqual({ publicationName: publishers.get(data.publisher)!.name });
    // citation_journal_title and its kin would force another item type.
    expect(meta.highwirePress).toBeUndefined();
    // The archive's URL, which Zotero saves as the item's url.
    expect(meta.openGraph?.url).toBe(`${SITE}${url}`);
  });

  it('is kept in the archive at its capture file, with the editor as contributor', () => {
    expect(zoteroOnly(html)).toEqual({
      zNamespace: 'http://www.zotero.org/namespaces/export#',
      schemaPrefix: data.editor ? 'schema: http://schema.org/' : undefined,
      archive: 'Kliping',
      archiveLocation: data.capture.split('/').pop(),
      contributors: data.editor ? [data.editor] : [],
    });
  });
});

describe('the two seed articles, exactly', () => {
  it('kontan.co.id: a devised title in brackets, Reuters as author, the editor as contributor', async () => {
    const html = readPage('/artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/');
    expect((await loadFromString(html)).dublinCore).toEqual({
      type: 'newspaperArticle',
      title: '[NATO Jadwalkan Pertemuan Dewan NATO-Rusia di Brussel pada 12 Januari]',
      date: '2022-01-04',
      language: 'id',
      creator: 'Reuters',
    });
    expect(zoteroOnly(html)).toMatchObject({
      archiveLocation: '004_98662811586fdaa1.txt',
      contributors: ['Noverius Laoli'],
    });
  });

  it('medcom.id: no creator, and the agency it cites is not one', async () => {
    const html = readPage('/artikel/2022/01/12/pertemuan-nato-rusia-dimulai/');
    const meta = await loadFromString(html);
    expect(meta.dublinCore).toEqual({
      type: 'newspaperArticle',
      title: 'Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan',
      date: '2022-01-12',
      language: 'id',
    });
    expect(meta.prism).toEqual({ publicationName: 'medcom.id' });
    expect(zoteroOnly(html)).toMatchObject({ archiveLocation: '000_a0787a86cb8f5b8c.txt', contributors: [] });
  });

  it("gives Zotero's byline guess nothing to take as an author when the tags name none", () => {
    // With no creator in the tags, Zotero's Embedded Metadata translator takes the text of any
    // element whose class contains "byline" or "vcard", or of a[rel=author], as the authors: it
    // once made the whole provenance record the medcom article's two "authors".
    for (const path of pagePaths().filter((page) => page.startsWith('/artikel/'))) {
      const { document } = parseHTML(readPage(path));
      expect(
        document.querySelectorAll('[class*="byline" i], [class*="vcard" i], a[rel="author"]').length,
        path,
      ).toBe(0);
    }
  });
});

describe('the feed, as a feed reader reads it', () => {
  const xml = readFileSync(`${DIST}rss.xml`, 'utf8');
  const parser = new Parser<{ lastBuildDate?: string }, { creators: string[] }>({
    customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] },
  });

  it('is well-formed XML and names its own address', () => {
    expect(xmlProblems(xml)).toEqual([]);
    const self = parseHTML(xml).document.querySelector('channel > atom\\:link[rel="self"]');
    expect(self?.getAttribute('href')).toBe(`${SITE}/rss.xml`);
    expect(self?.getAttribute('type')).toBe('application/rss+xml');
  });

  it('is dated by the newest capture, not by the clock', async () => {
    const feed = await parser.parseString(xml);
    // Both articles entered the archive on 23 November 2026: noon WIB, as for any bare day.
    expect(feed.lastBuildDate).toBe('Mon, 23 Nov 2026 05:00:00 GMT');
  });

  it('gives the outlet and the wire agency as creators, and topics only as categories', async () => {
    const feed = await parser.parseString(xml);
    expect(feed.items.map((item) => item.creators)).toEqual([['medcom.id'], ['kontan.co.id', 'Reuters']]);
    const names = [...publishers.values()].map((p) => p.name);
    for (const item of feed.items) {
      expect(item.categories?.length).toBeGreaterThan(0);
      expect(item.categories!.filter((c) => names.includes(c) || c.includes(' · '))).toEqual([]);
    }
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('link previews and icons', () => {
  it.each(pagePaths())('%s names the site card, at its size, with its text alternative', (path) => {
    const { document } = parseHTML(readPage(path));
    const content = (selector: string) =>
      document.querySelector(`head > meta[${selector}]`)?.getAttribute('content');
    const image = content('property="og:image"');
    expect(image).toBe(`${SITE}/kartu-kliping.png`);
    expect(content('name="twitter:image"')).toBe(image);
    expect(content('name="twitter:card"')).toBe('summary_large_image');
    expect(content('property="og:image:type"')).toBe('image/png');
    expect(pngSize(join(DIST, 'kartu-kliping.png'))).toEqual({
      width: Number(content('property="og:image:width"')),
      height: Number(content('property="og:image:height"')),
    });
    expect(content('property="og:image:alt"')).toBeTruthy();
    expect(content('name="twitter:image:alt"')).toBe(content('property="og:image:alt"'));
    expect(document.querySelector('head > link[rel="apple-touch-icon"]')?.getAttribute('href')).toBe(
      '/apple-touch-icon.png',
    );
    expect(document.querySelector('head > link[rel="manifest"]')?.getAttribute('href')).toBe(
      '/manifest.webmanifest',
    );
  });

  it('the icons exist at their sizes: Apple touch 180 px, the manifest 192 and 512 px', () => {
    expect(pngSize(join(DIST, 'apple-touch-icon.png'))).toEqual({ width: 180, height: 180 });
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'Kliping', lang: 'id', start_url: '/' });
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      const file = join(DIST, icon.src);
      expect(existsSync(file), icon.src).toBe(true);
      const { width, height } = pngSize(file);
      expect(`${width}x${height}`).toBe(icon.sizes);
      expect(icon.type).toBe('image/png');
    }
  });
});

describe('the search page, as pa11y reads it', () => {
  const { document } = parseHTML(readPage('/cari/'));

  it('marks the default sort as selected in the markup, so the select exposes a value', () => {
    const selected = [...document.querySelectorAll('#urut option')].filter((o) => o.hasAttribute('selected'));
    expect(selected.map((o) => o.getAttribute('value'))).toEqual(['relevansi']);
  });

  it('gives the "more" button a name before the script fills it in', () => {
    expect(document.querySelector('button.more')?.textContent?.trim()).toBeTruthy();
  });
});
