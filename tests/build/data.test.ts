/**
 * The data downloads of the real dist/ (/data/), read back as a researcher's tools read them:
 * datapackage.json validated by the Frictionless libraries, every table read through its
 * Table Schema (types, constraints, primary and foreign keys), CSV and JSON Lines agreeing
 * row for row, every article, paragraph, event and citation of the archive in them, and every
 * capture's SHA-256 the digest of the file the archive serves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { paragraphs } from '../../src/lib/body.ts';
import { sha256 } from '../../src/lib/capture-file.ts';
import { cellText, type Value } from '../../src/lib/data/fields.ts';
import { resolvedArchive } from '../support/archive.ts';
import { rawArticles } from '../support/content.ts';
import {
  type PackageDescriptor,
  csvRowsAsText,
  jsonlRows,
  pathsOf,
  readAllCsv,
  readDescriptor,
  validatePackage,
} from '../support/datapackage.ts';
import { CONTENT, DIST } from '../support/paths.ts';

const DATA = join(DIST, 'data');
const SITE = 'https://kliping.example.org';
const archive = await resolvedArchive();
/** An article's body as its file holds it (the archive keeps no bodies: pages read them from the files). */
const bodies = new Map(rawArticles().map((article) => [article.id, article.body]));
const bodyOf = (article: { id: string }) => bodies.get(article.id)!;
let descriptor: PackageDescriptor;
let tables: Map<string, Record<string, unknown>[]>;

beforeAll(async () => {
  descriptor = readDescriptor(DATA);
  tables = await readAllCsv(DATA, descriptor);
});

const rowsOf = (name: string) => tables.get(name)!;

describe('datapackage.json', () => {
  it('is a valid Tabular Data Package, every resource with a Table Schema', async () => {
    expect(await validatePackage(DATA)).toEqual({ valid: true, errors: [] });
    expect(descriptor.profile).toBe('tabular-data-package');
    for (const resource of descriptor.resources) {
      expect(resource.schema.fields.length, resource.name).toBeGreaterThan(0);
      expect(resource.schema.primaryKey.length, resource.name).toBeGreaterThan(0);
      for (const field of resource.schema.fields) expect(field).toHaveProperty('description');
    }
  });

  it('describes every table as CSV and as JSON Lines, and every file it names exists', () => {
    const names = descriptor.resources.map((resource) => resource.name);
    for (const table of ['articles', 'paragraphs', 'events', 'citations', 'entities', 'publishers'])
      expect(names).toEqual(expect.arrayContaining([table, `${table}-json`]));
    for (const resource of descriptor.resources)
      for (const path of pathsOf(resource)) expect(existsSync(join(DATA, path)), path).toBe(true);
  });

  it('licenses the metadata under CC BY 4.0 and marks the tables of captured text as not under it', () => {
    expect(descriptor.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0' })]);
    const closed = descriptor.resources
      .filter((r) => r.licenses?.[0]?.name === 'other-closed')
      .map((r) => r.name);
    expect(closed).toEqual(expect.arrayContaining(['articles', 'paragraphs', 'citations']));
    expect(closed).not.toContain('events');
  });

  it('lists every file in berkas.txt, with the package and the TimelineJS files', () => {
    const listed = readFileSync(join(DATA, 'berkas.txt'), 'utf8').trimEnd().split('\n');
    const files = descriptor.resources.flatMap((resource) =>
      pathsOf(resource).map((p) => `${SITE}/data/${p}`),
    );
    expect(listed).toEqual(
      expect.arrayContaining([`${SITE}/data/datapackage.json`, `${SITE}/data/timelinejs.json`, ...files]),
    );
    for (const url of listed) expect(existsSync(join(DIST, new URL(url).pathname)), url).toBe(true);
  });
});

describe('every table', () => {
  it('reads the same row for row as CSV and as JSON Lines', async () => {
    for (const resource of descriptor.resources.filter((r) => r.format === 'csv')) {
      const json = descriptor.resources.find((r) => r.name === `${resource.name}-json`)!;
      const csvText = await csvRowsAsText(DATA, resource);
      const fields = resource.schema.fields.map((field) => field.name);
      const lines = jsonlRows(DATA, json);
      expect(lines.length, resource.name).toBe(csvText.length);
      lines.forEach((line, i) => {
        expect(Object.keys(line), resource.name).toEqual(fields);
        expect(
          fields.map((field) => cellText(line[field] as Value)),
          `${resource.name} row ${i + 1}`,
        ).toEqual(csvText[i]);
      });
    }
  });

  it('is CSV per RFC 4180: UTF-8 without a byte-order mark, every record ended by CRLF', () => {
    for (const resource of descriptor.resources.filter((r) => r.format === 'csv')) {
      for (const path of pathsOf(resource)) {
        const bytes = readFileSync(join(DATA, path));
        expect(bytes.subarray(0, 3).toString('hex'), path).not.toBe('efbbbf');
        const text = bytes.toString('utf8');
        expect(text.endsWith('\r\n'), path).toBe(true);
        // Outside quoted fields every line feed follows a carriage return.
        const outside = text.replace(/"(?:[^"]|"")*"/g, '');
        expect(outside.replace(/\r\n/g, ''), path).not.toMatch(/[\r\n]/);
      }
    }
  });
});

describe('the archive in the data', () => {
  it('has every article with its page, its capture at /naskah/ and the SHA-256 of that capture', () => {
    const rows = rowsOf('articles');
    expect(rows.map((row) => row.id).toSorted()).toEqual(archive.articles.map((a) => a.id).toSorted());
    for (const article of archive.articles) {
      const row = rows.find((r) => r.id === article.id)!;
      expect(row.url).toBe(`${SITE}${article.url}`);
      expect(row.title).toBe(article.data.title);
      expect(row.publisher_id).toBe(article.data.publisher);
      expect(row.published).toBe(article.data.published.source);
      expect(row.capture_sha256).toBe(article.data.captureSha256);
      const served = join(DIST, new URL(row.capture_url as string).pathname);
      expect(sha256(readFileSync(served)), String(row.capture_url)).toBe(row.capture_sha256);
      expect(sha256(readFileSync(join(CONTENT, article.data.capture)))).toBe(row.capture_sha256);
      expect(row.paragraph_count).toBe(paragraphs(bodyOf(article)).length);
    }
  });

  it('has every paragraph of every article, word for word, with its number and anchor URL', () => {
    const rows = rowsOf('paragraphs');
    for (const article of archive.articles) {
      const own = rows.filter((row) => row.article_id === article.id);
      expect(own.map((row) => row.text)).toEqual(paragraphs(bodyOf(article)));
      own.forEach((row, i) => {
        expect(row.number).toBe(i + 1);
        expect(row.anchor).toBe(`p${i + 1}`);
        expect(row.url).toBe(`${SITE}${article.url}#p${i + 1}`);
      });
    }
  });

  it('has every event with its date at its precision, its place and its topics', () => {
    const rows = rowsOf('events');
    const topics = rowsOf('event-entities');
    expect(rows.map((row) => row.id).toSorted()).toEqual(archive.events.map((e) => e.id).toSorted());
    for (const event of archive.events) {
      const row = rows.find((r) => r.id === event.id)!;
      expect(row.date).toBe(event.date.source);
      expect(row.date_precision).toBe(event.date.precision);
      expect(row.place_id).toBe(event.place?.id ?? null);
      expect(row.timeline_url).toBe(`${SITE}${event.location}`);
      expect(topics.filter((t) => t.event_id === event.id).map((t) => t.entity_id)).toEqual(
        event.entities.map((entity) => entity.id),
      );
    }
    const meeting = rows.find((row) => row.id === 'konferensi-video-menlu-nato')!;
    expect(meeting.date_precision).toBe('minute');
    expect((meeting.instant as Date).toISOString()).toBe('2022-01-07T13:00:00.000Z');
  });

  it('has every citation with its article, paragraph, paragraph URL and the words it cites', () => {
    const rows = rowsOf('citations');
    const records = [...archive.eventRecords.values()];
    expect(rows).toHaveLength(records.reduce((sum, event) => sum + event.citations.length, 0));
    for (const event of records) {
      const own = rows.filter((row) => row.event_id === event.id);
      expect(
        own.map(({ article_id, paragraph, quote }) => ({ article: article_id, paragraph, quote })),
      ).toEqual(event.citations);
      for (const row of own) {
        const article = archive.articles.find((a) => a.id === row.article_id)!;
        expect(row.paragraph_url).toBe(`${SITE}${article.url}#p${row.paragraph}`);
        expect(paragraphs(bodyOf(article))[(row.paragraph as number) - 1]).toContain(row.quote);
      }
    }
  });

  it('has every topic and publisher, and the agencies and topics of each article', () => {
    expect(rowsOf('entities').map((row) => row.id)).toEqual(archive.entities.map((e) => e.id).toSorted());
    expect(rowsOf('publishers').map((row) => row.id)).toEqual(archive.publishers.map((p) => p.id).toSorted());
    const agencies = rowsOf('article-agencies');
    const kontan = archive.articles.find((a) => a.id === 'nato-jadwalkan-dewan-nato-rusia')!;
    expect(agencies.filter((row) => row.article_id === kontan.id)).toEqual([
      { article_id: kontan.id, publisher_id: 'reuters', role: 'wire' },
    ]);
    for (const article of archive.articles) {
      const own = rowsOf('article-entities').filter((row) => row.article_id === article.id);
      expect(own.map((row) => row.entity_id)).toEqual(article.data.entities);
    }
  });
});

describe('the TimelineJS export', () => {
  const timeline = JSON.parse(readFileSync(join(DATA, 'timelinejs.json'), 'utf8')) as {
    title: { text: { headline: string } };
    events: {
      unique_id: string;
      start_date: Record<string, unknown>;
      text: { headline: string; text: string };
      group: string;
    }[];
  };

  it('has one slide per event, dated at its precision, grouped by year, its sources linked to their paragraphs', () => {
    expect(timeline.events.map((e) => e.unique_id).toSorted()).toEqual(
      archive.events.map((e) => e.id).toSorted(),
    );
    const byId = new Map(timeline.events.map((e) => [e.unique_id, e]));
    expect(byId.get('nato-bekukan-kerja-sama-2014')!.start_date).toEqual({
      year: 2014,
      display_date: '2014',
    });
    expect(byId.get('perselisihan-spionase-oktober-2021')!.start_date).toEqual({
      year: 2021,
      month: 10,
      display_date: 'Oktober 2021',
    });
    expect(byId.get('konferensi-video-menlu-nato')!.start_date).toEqual({
      year: 2022,
      month: 1,
      day: 7,
      hour: 20,
      minute: 0,
      display_date: 'Jumat, 7 Januari 2022, 20.00 WIB',
    });
    for (const event of archive.events) {
      const slide = byId.get(event.id)!;
      expect(slide.group).toBe(String(event.date.year));
      for (const citation of archive.eventRecords.get(event.id)!.citations) {
        const article = archive.articles.find((a) => a.id === citation.article)!;
        expect(slide.text.text).toContain(`href="${SITE}${article.url}#p${citation.paragraph}"`);
      }
    }
  });

  it('has a file per year holding that year’s events', () => {
    for (const year of new Set(archive.events.map((e) => String(e.date.year)))) {
      const file = JSON.parse(
        readFileSync(join(DATA, 'timelinejs', `${year}.json`), 'utf8'),
      ) as typeof timeline;
      expect(file.events.map((e) => e.unique_id).toSorted()).toEqual(
        archive.events
          .filter((e) => String(e.date.year) === year)
          .map((e) => e.id)
          .toSorted(),
      );
    }
  });
});
