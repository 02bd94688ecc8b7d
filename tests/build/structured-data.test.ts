/**
 * Every JSON-LD block of every built page converts to RDF with jsonld.js against schema.org's
 * own context (a committed copy: tests/fixtures/schemaorg/), in safe mode and with no warning;
 * uses only terms and types schema.org defines; and yields only valid IRIs (a `{…}` search
 * template in an IRI position once did not). Listing pages describe themselves as a
 * CollectionPage dated by the data, so that link unfurlers do not date them by their first
 * `<time>`.
 */
import { readFileSync } from 'node:fs';
import jsonld, { type JsonLdEvent, type RemoteDocument } from 'jsonld';
import { describe, expect, it } from 'vitest';
import { pageDocument, pagePaths } from '../support/dist.ts';
import { ROOT } from '../support/paths.ts';

const CONTEXT = JSON.parse(readFileSync(`${ROOT}tests/fixtures/schemaorg/schemaorgcontext.jsonld`, 'utf8'));
const TERMS = new Set(Object.keys(CONTEXT['@context']));
const SCHEMA_ORG = /^https?:\/\/schema\.org\/?$/;

/** Serves schema.org's context from the committed copy and refuses every other URL: no network. */
async function documentLoader(url: string): Promise<RemoteDocument> {
  if (SCHEMA_ORG.test(url)) return { contextUrl: null, documentUrl: url, document: CONTEXT };
  throw new Error(`no network: refusing to load ${url}`);
}

const blocks = pagePaths().flatMap((path) =>
  [...pageDocument(path).querySelectorAll('script[type="application/ld+json"]')].map((script) => ({
    path,
    data: JSON.parse(script.textContent ?? '') as Record<string, unknown>,
  })),
);

/** The keys and `@type`s used anywhere in a JSON-LD value that are not schema.org terms. */
function unknownTerms(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) unknownTerms(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '@type')
        for (const type of [inner].flat()) if (!TERMS.has(String(type))) found.add(String(type));
      if (!key.startsWith('@') && !TERMS.has(key)) found.add(key);
      if (key !== '@context') unknownTerms(inner, found);
    }
  }
  return found;
}

describe('JSON-LD as RDF', () => {
  it('articles and listing pages carry their block', () => {
    const paths = new Set(blocks.map((block) => block.path));
    for (const path of [
      '/',
      '/linimasa/',
      '/topik/',
      '/sumber/',
      '/topik/nato/',
      '/sumber/kontan/',
      '/indeks/',
      '/indeks/2022/01/12/',
    ]) {
      expect(paths.has(path), path).toBe(true);
    }
    expect(blocks.length).toBeGreaterThanOrEqual(30);
  });

  it.each(blocks)('$path converts with no error and no warning, to valid IRIs', async ({ data }) => {
    const events: string[] = [];
    const nquads = await jsonld.toRDF(data, {
      format: 'application/n-quads',
      documentLoader,
      safe: true,
      eventHandler: ({ event, next }: JsonLdEvent) => {
        events.push(`${event.level} ${event.code}: ${event.message}`);
        next?.();
      },
    });
    expect(events).toEqual([]);
    const quads = nquads.trim().split('\n');
    expect(quads.length).toBeGreaterThan(5);
    // Every IRI is absolute and holds none of the characters N-Quads forbids in one.
    for (const iri of nquads.matchAll(/<([^>]*)>/g)) {
      expect(iri[1], iri[1]).toMatch(/^https?:\/\/[^\s<>"{}|\\^`]+$/);
      expect(iri[1]).not.toMatch(/\\u00(7[BD]|20)/i);
    }
  });

  it.each(blocks)('$path uses only schema.org terms and types', ({ data }) => {
    expect([...unknownTerms(data)]).toEqual([]);
  });
});

describe('listing pages', () => {
  const listing = (path: string) => {
    const data = blocks.find((block) => block.path === path)!.data;
    const nodes = (data['@graph'] as Record<string, unknown>[] | undefined) ?? [data];
    return nodes.find((node) => node['@type'] === 'CollectionPage')!;
  };

  it.each(['/', '/linimasa/', '/topik/nato/', '/sumber/medcom/', '/indeks/', '/indeks/2022/01/'])(
    '%s is a CollectionPage of the site, dated by its newest capture at the top level',
    (path) => {
      expect(listing(path)).toMatchObject({
        '@id': `https://kliping.example.org${path}`,
        isPartOf: { '@id': 'https://kliping.example.org/#website' },
        dateModified: '2026-11-23',
      });
    },
  );

  it('the timeline lists its events and publications oldest first, events at their anchors', () => {
    const list = listing('/linimasa/').mainEntity as {
      itemListOrder: unknown;
      itemListElement: { item: Record<string, string> }[];
    };
    expect(list.itemListOrder).toEqual({ '@id': 'schema:ItemListOrderAscending' });
    const first = list.itemListElement[0]!.item;
    expect(first).toMatchObject({ '@type': 'Event', startDate: '2002' });
    // An event is the node of its own page, apart from the page itself.
    expect(first['@id']).toBe('https://kliping.example.org/peristiwa/dewan-nato-rusia-sejak-2002/#peristiwa');
    expect(first.url).toBe('https://kliping.example.org/peristiwa/dewan-nato-rusia-sejak-2002/');
    expect(list.itemListElement.filter(({ item }) => item['@type'] === 'NewsArticle')).toHaveLength(2);
  });

  it('a listed article is the node its own page describes', () => {
    const list = listing('/indeks/2022/01/12/').mainEntity as {
      itemListElement: { item: { '@id': string } }[];
    };
    const article = blocks.find((b) => b.path === '/artikel/2022/01/12/pertemuan-nato-rusia-dimulai/')!.data;
    expect(list.itemListElement.map(({ item }) => item['@id'])).toEqual([article['@id']]);
  });
});
