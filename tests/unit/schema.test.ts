import { describe, expect, it } from 'vitest';
import { articleSchema, entitySchema, eventSchema, publisherSchema } from '../../src/lib/schema.ts';
import { rawArticles, rawCollection } from '../support/content.ts';

const [kontan, medcom] = rawArticles();
const valid = medcom!.frontmatter;

/** The messages of a failed parse, as "path: message". */
function problems(data: unknown): string[] {
  const result = articleSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the committed content', () => {
  it('passes the schema: both articles', () => {
    expect(rawArticles().map((a) => a.id)).toEqual([
      'nato-jadwalkan-dewan-nato-rusia',
      'pertemuan-nato-rusia-dimulai',
    ]);
    for (const article of [kontan!, medcom!]) expect(problems(article.frontmatter)).toEqual([]);
  });

  it('dates the medcom article 2022-01-12 and marks the date as inferred', () => {
    const data = articleSchema.parse(valid);
    expect(data.published).toMatchObject({ year: 2022, month: 1, day: 12, precision: 'day' });
    expect(data.publishedBasis).toBe('inferred');
    expect(data.notes.some((note) => note.topic === 'date' && note.text.includes('2021'))).toBe(true);
  });

  it('ties the note on "12 Januari 2021" to the paragraph it is about, ¶1', () => {
    const data = articleSchema.parse(valid);
    expect(data.notes.filter((note) => note.paragraph !== undefined)).toEqual([
      expect.objectContaining({
        topic: 'date',
        paragraph: 1,
        text: expect.stringContaining('12 Januari 2021'),
      }),
    ]);
  });

  it('marks the kontan title as devised and keeps its credits', () => {
    const data = articleSchema.parse(kontan!.frontmatter);
    expect(data.titleDevised).toBe(true);
    expect(data).toMatchObject({ publisher: 'kontan', wire: ['reuters'], editor: 'Noverius Laoli' });
    expect(data.dateline).toEqual({ text: 'KONTAN.CO.ID - BRUSSELS.', place: 'brussel' });
    expect(data.published).toMatchObject({ year: 2022, month: 1, day: 4 });
  });

  it('passes the schema: publishers, entities, events', () => {
    for (const p of rawCollection('publishers')) expect(publisherSchema.safeParse(p).success).toBe(true);
    for (const e of rawCollection('entities')) expect(entitySchema.safeParse(e).success).toBe(true);
    for (const e of rawCollection('events')) expect(eventSchema.safeParse(e).error).toBeUndefined();
  });
});

describe('the article schema refuses bad input, naming the field, the value and what was expected', () => {
  it('a missing title', () => {
    const { title: _, ...rest } = valid;
    expect(problems(rest)).toEqual(['title: missing; expected text']);
  });

  it('a note about a paragraph that is not a paragraph number', () => {
    const notes = (paragraph: unknown) => [{ topic: 'date', text: 'Catatan.', paragraph }];
    expect(problems({ ...valid, notes: notes('1') })).toEqual([
      'notes.0.paragraph: "1" is not a paragraph number; expected a whole number from 1, as in the anchor #p1',
    ]);
    expect(problems({ ...valid, notes: notes(0) })).toEqual([
      'notes.0.paragraph: 0 is not a paragraph number; expected a whole number from 1, as in the anchor #p1',
    ]);
  });

  it('an empty title', () => {
    expect(problems({ ...valid, title: '   ' })).toEqual(['title: is empty; expected text']);
  });

  it('a date that is not a date', () => {
    expect(problems({ ...valid, published: 'bukan-tanggal' })).toEqual([
      'published: "bukan-tanggal" is not a date; expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM+07:00 (quoted in YAML)',
    ]);
  });

  it('a day the month does not have', () => {
    expect(problems({ ...valid, published: '2022-02-30' })).toEqual([
      'published: "2022-02-30" is not a calendar date: Februari 2022 has 28 days',
    ]);
  });

  it("a date that is not text (the content is read with YAML's core schema, so a date is always the text written)", () => {
    expect(problems({ ...valid, archived: 20220302 })).toEqual([
      'archived: 20220302; expected a date as text (day, minute precision)',
    ]);
  });

  it('the year 0000, and a capture that entered the archive before the article was published', () => {
    expect(problems({ ...valid, published: '0000-01-12' })).toEqual([
      'published: "0000-01-12" has the year 0000, which the calendar does not have; expected 0001–9999',
    ]);
    expect(problems({ ...valid, archived: '2022-01-11' })).toEqual([
      'archived: "2022-01-11" is before the publication date "2022-01-12"; expected the capture to enter the archive on or after the day the article was published',
    ]);
    expect(problems({ ...valid, archived: '2022-01-12' })).toEqual([]);
  });

  it('a control character in any text, and a capture digest that is not a SHA-256', () => {
    expect(problems({ ...valid, title: 'Judul\u001b[31m' })).toEqual([
      'title: has the control character U+001B at column 6 ("Judul"…); expected text without control characters',
    ]);
    expect(problems({ ...valid, captureSha256: 'abc' })[0]).toMatch(
      /^captureSha256: "abc" is not a SHA-256 digest; expected 64 lowercase hexadecimal digits/,
    );
  });

  it('a publication date known only to the month', () => {
    expect(problems({ ...valid, published: '2022-01' })[0]).toMatch(
      /^published: "2022-01" is a date of month precision; expected day or minute precision here/,
    );
  });

  it('a publisher that is not an id, and an unknown field (a typo)', () => {
    expect(problems({ ...valid, publisher: 'Medcom ID' })).toEqual([
      'publisher: "Medcom ID" is not an id; expected lowercase letters, digits and "-", e.g. "jens-stoltenberg"',
    ]);
    expect(problems({ ...valid, publisehd: '2022-01-12' })[0]).toMatch(/publisehd/);
  });

  it('a link that is not a web address, such as javascript:', () => {
    expect(problems({ ...valid, originalUrl: 'javascript:alert(1)' })).toEqual([
      'originalUrl: "javascript:alert(1)" is not a web address; expected an http(s) URL',
    ]);
    expect(problems({ ...valid, originalUrl: 'https://www.medcom.id/x' })).toEqual([]);
  });

  it('a basis for the date that is neither stated nor inferred', () => {
    expect(problems({ ...valid, publishedBasis: 'guessed' })[0]).toMatch(
      /^publishedBasis: .*"stated"\|"inferred"|^publishedBasis: /,
    );
  });
});

describe('a citation', () => {
  const event = (quote: string) => ({
    id: 'uji',
    title: 'Uji',
    date: '2022-01-12',
    citations: [{ article: 'pertemuan-nato-rusia-dimulai', paragraph: 1, quote }],
  });

  it('quotes at least two words, so that it cannot fit almost any paragraph', () => {
    for (const quote of [',', 'NATO', '— …']) {
      expect(eventSchema.safeParse(event(quote)).error?.issues[0]?.message).toBe(
        `${JSON.stringify(quote)} is too short to tell one paragraph from another; expected at least two words of the cited paragraph, exactly as captured`,
      );
    }
    expect(eventSchema.safeParse(event('12 Januari')).success).toBe(true);
  });
});
