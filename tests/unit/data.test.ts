import fc from 'fast-check';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { bodyBlocks } from '../../src/lib/body.ts';
import { CRLF, csvField, csvRecord, parseCsv } from '../../src/lib/data/csv.ts';
import { cellText, daySpan, jsonLine, schemaDatetime } from '../../src/lib/data/fields.ts';
import { dataFilePath, dataFiles, renderDataFile, tableNamed } from '../../src/lib/data/files.ts';
import { dataCitation } from '../../src/lib/data/guide.ts';
import { dataPackage } from '../../src/lib/data/package.ts';
import { dataParts } from '../../src/lib/data/parts.ts';
import { TABLES } from '../../src/lib/data/tables.ts';
import { TIMELINEJS_LATEST, escapeHtml, timelineJs, timelineJsDate } from '../../src/lib/data/timelinejs.ts';
import { parseArchiveDate } from '../../src/lib/dates.ts';
import { robustLink } from '../../src/lib/robust-links.ts';
import { resolvedArchive } from '../support/archive.ts';
import { rawArticles } from '../support/content.ts';

const SITE = 'https://kliping.example.org';
const bodies = new Map(rawArticles().map((article) => [article.id, article.body]));
/** The blocks of a committed article's body, read as the build reads them. */
const articleBlocks = (article: { id: string }) => bodyBlocks(bodies.get(article.id)!);

function date(value: string) {
  const result = parseArchiveDate(value);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

describe('CSV (RFC 4180)', () => {
  it('quotes a field only when it holds a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvField('Brussel')).toBe('Brussel');
    expect(csvField('NATO, Rusia')).toBe('"NATO, Rusia"');
    expect(csvField('kata "Rabu"')).toBe('"kata ""Rabu"""');
    expect(csvField('baris\nkedua')).toBe('"baris\nkedua"');
    expect(csvField('')).toBe('');
    expect(csvRecord(['a', 'b,c', ''])).toBe(`a,"b,c",${CRLF}`);
  });

  it('leaves a field that a spreadsheet would read as a formula exactly as it is', () => {
    for (const text of ['=SUM(A1:A9)', '+62 21 555', '-2 persen', '@kontan', '=HYPERLINK("x","y")'])
      expect(parseCsv(csvRecord([text]))).toEqual([[text]]);
    expect(csvField('=1+1')).toBe('=1+1');
  });

  it('reads back every record it writes, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
        (records) => {
          // A record of one empty field is a blank line, which CSV cannot tell from no record.
          const kept = records.filter((record) => !(record.length === 1 && record[0] === ''));
          expect(parseCsv(kept.map(csvRecord).join(''))).toEqual(kept);
        },
      ),
    );
  });
});

describe('values and rows', () => {
  it('writes values as Table Schema reads them', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('true');
    expect(cellText(14)).toBe('14');
    expect(cellText(['Brussels', 'Bruxelles'])).toBe('["Brussels","Bruxelles"]');
    expect(
      jsonLine({ b: 1, a: null }, [
        { name: 'a', type: 'string', description: '' },
        { name: 'b', type: 'integer', description: '' },
      ]),
    ).toBe('{"a":null,"b":1}\n');
    expect(() => jsonLine({}, [{ name: 'a', type: 'string', description: '' }])).toThrow(
      /no value for the field "a"/,
    );
  });

  it('gives a date its span of days at its precision', () => {
    expect(daySpan(date('2014'))).toEqual(['2014-01-01', '2014-12-31']);
    expect(daySpan(date('2024-02'))).toEqual(['2024-02-01', '2024-02-29']);
    expect(daySpan(date('2022-01-12'))).toEqual(['2022-01-12', '2022-01-12']);
    expect(daySpan(date('2022-01-31T20:00+00:00'))).toEqual(['2022-02-01', '2022-02-01']);
    expect(schemaDatetime('2022-01-07T13:00:00.000Z')).toBe('2022-01-07T13:00:00Z');
  });
});

describe('the tables of the committed archive', async () => {
  const archive = await resolvedArchive();

  it('splits the article tables by month and the event tables by year, in order', () => {
    const parts = dataParts(archive);
    expect([...parts.months.keys()]).toEqual(['2022-01']);
    expect([...parts.years.keys()]).toEqual(['2002', '2014', '2021', '2022']);
    expect(parts.months.get('2022-01')!.map((a) => a.id)).toEqual([
      'nato-jadwalkan-dewan-nato-rusia',
      'pertemuan-nato-rusia-dimulai',
    ]);
    expect(dataFilePath(tableNamed('paragraphs'), '2022-01', 'csv')).toBe('paragraphs/2022-01.csv');
    expect(dataFilePath(tableNamed('publishers'), '', 'jsonl')).toBe('publishers.jsonl');
    expect(dataFiles(archive)).toHaveLength(2 * (1 + 1 + 4 * 1 + 3 * 4));
  });

  it('writes every field of every row, the header first', () => {
    for (const table of TABLES) {
      const part = table.split === 'month' ? '2022-01' : table.split === 'year' ? '2022' : '';
      const records = parseCsv(
        renderDataFile({ archive, site: SITE, blocks: articleBlocks }, table, part, 'csv'),
      );
      expect(records[0]).toEqual(table.fields.map((field) => field.name));
      for (const record of records) expect(record, table.name).toHaveLength(table.fields.length);
    }
  });

  it('describes the tables as a Tabular Data Package that the Frictionless library validates', async () => {
    const descriptor = dataPackage(archive, SITE);
    const loaded = await Package.load(descriptor, '/nonexistent', { strict: false });
    expect(loaded.errors.map(String)).toEqual([]);
    expect(descriptor.resources.map((r) => r.name)).toEqual(
      TABLES.flatMap((table) => [table.name, `${table.name}-json`]),
    );
    const paragraphs = descriptor.resources.find((r) => r.name === 'paragraphs-json')!;
    expect(paragraphs.schema.foreignKeys).toEqual([
      { fields: ['article_id'], reference: { resource: 'articles-json', fields: ['id'] } },
    ]);
  });

  it('cites the data set by the year of its newest capture', () => {
    const { apa, bibtex } = dataCitation(archive, SITE);
    expect(apa).toBe(
      'Kliping. (2026). Kliping: arsip berita berbahasa Indonesia [Data set]. https://kliping.example.org/data/',
    );
    expect(bibtex).toMatch(/^@misc\{kliping_data_2026,\n {2}author = \{\{Kliping\}\},/);
  });

  it('gives TimelineJS every event, its text escaped', () => {
    const timeline = timelineJs(archive, SITE);
    expect(timeline.events).toHaveLength(archive.events.length);
    expect(timelineJs(archive, SITE, '2014').events.map((e) => e.unique_id)).toEqual([
      'nato-bekukan-kerja-sama-2014',
    ]);
    expect(escapeHtml(`<img src=x onerror="a('b')"> & co`)).toBe(
      '&#60;img src=x onerror=&#34;a(&#39;b&#39;)&#34;&#62; &#38; co',
    );
  });
});

describe('TimelineJS dates', () => {
  it('carry only the parts their precision knows, a time in WIB, and the date as the archive writes it', () => {
    expect(timelineJsDate(date('2014'))).toEqual({ year: 2014, display_date: '2014' });
    expect(timelineJsDate(date('2021-10'))).toEqual({ year: 2021, month: 10, display_date: 'Oktober 2021' });
    expect(timelineJsDate(date('2022-01-07T13:00+00:00'))).toEqual({
      year: 2022,
      month: 1,
      day: 7,
      hour: 20,
      minute: 0,
      display_date: 'Jumat, 7 Januari 2022, 20.00 WIB',
    });
  });
});

describe('Robust Links', () => {
  it('name the archived copy and its date, at the date’s precision', () => {
    expect(
      robustLink('https://www.medcom.id/x', `${SITE}/artikel/2022/01/12/a/`, date('2026-11-23')),
    ).toEqual({
      'data-originalurl': 'https://www.medcom.id/x',
      'data-versionurl': `${SITE}/artikel/2022/01/12/a/`,
      'data-versiondate': '2026-11-23',
    });
    expect(
      robustLink('https://x.example/', `${SITE}/a/`, date('2026-11-23T10:05+07:00'))['data-versiondate'],
    ).toBe('2026-11-23T10:05+07:00');
  });
});

describe('the TimelineJS file of all events', () => {
  it('holds the newest TIMELINEJS_LATEST events when there are more, and says so', async () => {
    const archive = await resolvedArchive();
    const many = Array.from({ length: TIMELINEJS_LATEST + 3 }, (_, i) => ({
      ...archive.events[0]!,
      id: `peristiwa-${String(i).padStart(4, '0')}`,
      date: date(`${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`),
    }));
    const records = new Map(
      many.map((event) => [event.id, { ...archive.eventRecords.get(archive.events[0]!.id)!, id: event.id }]),
    );
    const timeline = timelineJs({ ...archive, events: many, eventRecords: records }, SITE);
    expect(timeline.events).toHaveLength(TIMELINEJS_LATEST);
    expect(timeline.events[0]!.unique_id).toBe('peristiwa-0003');
    expect(timeline.events.at(-1)!.unique_id).toBe(
      `peristiwa-${String(TIMELINEJS_LATEST + 2).padStart(4, '0')}`,
    );
    expect(timeline.title.text.text).toContain(`${TIMELINEJS_LATEST} dari ${TIMELINEJS_LATEST + 3}`);
  });
});
