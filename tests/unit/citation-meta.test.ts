import { describe, expect, it } from 'vitest';
import { citationTags, citedTitle } from '../../src/lib/citation-meta.ts';
import { parseArchiveDate } from '../../src/lib/dates.ts';

const date = (value: string) => {
  const result = parseArchiveDate(value);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
};
const kontan = {
  title: 'NATO Jadwalkan Pertemuan',
  titleDevised: true,
  publisherName: 'kontan.co.id',
  published: date('2022-01-04'),
  language: 'id',
  wireNames: ['Reuters'],
  editor: 'Noverius Laoli',
  capture: 'captures/004_98662811586fdaa1.txt',
};
const content = (tags: ReturnType<typeof citationTags>, key: string) =>
  tags.meta.filter((tag) => ('name' in tag ? tag.name : tag.property) === key).map((tag) => tag.content);

describe('citation tags for reference managers', () => {
  it('make a newspaper article of the outlet, kept in the archive at its capture file', () => {
    const tags = citationTags(kontan);
    expect(content(tags, 'DC.type')).toEqual(['newspaperArticle']);
    expect(content(tags, 'prism.publicationName')).toEqual(['kontan.co.id']);
    expect(content(tags, 'DC.date')).toEqual(['2022-01-04']);
    expect(content(tags, 'DC.language')).toEqual(['id']);
    expect(content(tags, 'z.archive')).toEqual(['Kliping']);
    expect(content(tags, 'z.archiveLocation')).toEqual(['004_98662811586fdaa1.txt']);
    expect(tags.links).toContainEqual({ rel: 'schema.z', href: 'http://www.zotero.org/namespaces/export#' });
  });

  it('bracket a title the archive devised, and only that one', () => {
    expect(content(citationTags(kontan), 'DC.title')).toEqual(['[NATO Jadwalkan Pertemuan]']);
    expect(citedTitle({ title: 'Judul', titleDevised: false })).toBe('Judul');
  });

  it('name the byline and the wire agencies as authors, the editor as contributor', () => {
    const tags = citationTags({ ...kontan, byline: 'Asep Sunarya' });
    expect(content(tags, 'DC.creator')).toEqual(['Asep Sunarya', 'Reuters']);
    expect(content(tags, 'schema:contributor')).toEqual(['Noverius Laoli']);
    // The RDFa prefix that makes "schema:contributor" readable.
    expect(tags.prefix).toBe('schema: http://schema.org/');
  });

  it('name no creator that the capture does not, and no editor role, nor citation_* tags', () => {
    const tags = citationTags({ ...kontan, wireNames: [], editor: undefined });
    expect(content(tags, 'DC.creator')).toEqual([]);
    expect(content(tags, 'schema:contributor')).toEqual([]);
    expect(tags.prefix).toBeUndefined();
    const names = tags.meta.map((tag) => ('name' in tag ? tag.name : tag.property));
    expect(names.filter((name) => /^citation_|editor/i.test(name))).toEqual([]);
  });

  it('give a known time of publication in WIB', () => {
    const tags = citationTags({ ...kontan, published: date('2022-01-07T13:00+00:00') });
    expect(content(tags, 'DC.date')).toEqual(['2022-01-07T20:00+07:00']);
  });
});
