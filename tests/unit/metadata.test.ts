import { describe, expect, it } from 'vitest';
import { parseArchiveDate } from '../../src/lib/dates.ts';
import { articleJsonLd, jsonLdGraph, jsonLdText, websiteJsonLd } from '../../src/lib/metadata.ts';
import { publisherSchema } from '../../src/lib/schema.ts';

const date = (value: string) => {
  const result = parseArchiveDate(value);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
};
const site = new URL('https://kliping.example.org');
const kontan = publisherSchema.parse({
  id: 'kontan',
  name: 'kontan.co.id',
  kind: 'outlet',
  url: 'https://www.kontan.co.id/',
  description: 'x',
});
const reuters = publisherSchema.parse({ id: 'reuters', name: 'Reuters', kind: 'agency', description: 'x' });
const input = {
  title: 'Judul',
  summary: 'Ringkasan',
  published: date('2022-01-04'),
  archived: date('2026-11-23'),
  path: '/artikel/2022/01/04/judul/',
  publisher: kontan,
  wire: [reuters],
  cited: [],
  editor: 'Noverius Laoli',
  dateline: 'KONTAN.CO.ID - BRUSSELS.',
  entities: [
    { id: 'brussel', name: 'Brussel', kind: 'place' as const, description: 'Ibu kota Belgia.', aliases: [] },
  ],
};

describe('articleJsonLd', () => {
  it('describes the original and the archive copy', () => {
    const data: object = articleJsonLd(input, site);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      '@id': 'https://kliping.example.org/artikel/2022/01/04/judul/#artikel',
      headline: 'Judul',
      inLanguage: 'id',
      datePublished: '2022-01-04',
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'kontan.co.id',
        sameAs: 'https://www.kontan.co.id/',
      },
      sourceOrganization: [{ name: 'Reuters' }],
      editor: { '@type': 'Person', name: 'Noverius Laoli' },
      author: { '@type': 'NewsMediaOrganization', name: 'kontan.co.id' },
      dateline: 'KONTAN.CO.ID - BRUSSELS.',
      mentions: [{ '@type': 'Place', name: 'Brussel', url: 'https://kliping.example.org/topik/brussel/' }],
      archivedAt: {
        '@type': 'WebPage',
        url: 'https://kliping.example.org/artikel/2022/01/04/judul/',
        datePublished: '2026-11-23',
      },
    });
    expect(data).not.toHaveProperty('isBasedOn');
  });

  it('gives a known time in WIB, and the original as isBasedOn when its URL is known', () => {
    const data = articleJsonLd(
      { ...input, published: date('2022-01-04T09:15+07:00'), originalUrl: 'https://www.kontan.co.id/a' },
      site,
    );
    expect(data).toMatchObject({
      datePublished: '2022-01-04T09:15+07:00',
      isBasedOn: 'https://www.kontan.co.id/a',
    });
  });
});

describe('JSON-LD text', () => {
  it('cannot close its <script> element, whatever the content says', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });

  it('describes the site with its search action: an EntryPoint whose template is text, not an IRI', () => {
    const data = websiteJsonLd('Arsip', site);
    expect(data).toMatchObject({
      '@type': 'WebSite',
      '@id': 'https://kliping.example.org/#website',
      potentialAction: {
        '@type': 'SearchAction',
        target: {
          '@type': 'EntryPoint',
          urlTemplate: 'https://kliping.example.org/cari/?q={search_term_string}',
        },
      },
    });
    expect(JSON.stringify(data)).not.toContain('query-input');
  });

  it('joins several nodes under one context', () => {
    expect(jsonLdGraph(websiteJsonLd('Arsip', site), { '@type': 'Thing' })).toEqual({
      '@context': 'https://schema.org',
      '@graph': [expect.not.objectContaining({ '@context': expect.anything() }), { '@type': 'Thing' }],
    });
  });
});
