/**
 * The tables of the data downloads (/data/): what each holds, each field as Table Schema
 * describes it (type, format, constraints, a description in Indonesian), the keys between
 * them, how each is split into files, and its rows for a part of the archive. One definition
 * serves the CSV and JSON Lines files, datapackage.json and the /data/ page, so they agree.
 */
import type { ArchivedArticle, Archive } from '../archive.ts';
import type { BodyBlock } from '../body.ts';
import { civilDay } from '../dates.ts';
import {
  absoluteUrl,
  capturePath,
  entityPath,
  paragraphAnchor,
  paragraphPath,
  publisherPath,
} from '../urls.ts';
import { type Field, type ForeignKey, type Row, type Split, daySpan, schemaDatetime } from './fields.ts';
import { dataParts } from './parts.ts';

export interface RowContext {
  archive: Archive;
  /** The public site, for absolute URLs. */
  site: URL | string;
  /** An article's body as blocks: the caller says where bodies come from (the build reads them once per file). */
  blocks: (article: ArchivedArticle) => BodyBlock[];
}

export interface Table {
  /** The resource's name in datapackage.json, and the file (or folder) name. */
  name: string;
  title: string;
  description: string;
  split: Split;
  fields: Field[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** True when the table holds captured text, which belongs to its publishers, not the archive. */
  captured: boolean;
  /** The rows of one part ("" for a table in one file), in a fixed order. */
  rows(context: RowContext, part: string): Row[];
}

const SLUG = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const DATE_AS_WRITTEN =
  '^\\d{4}(?:-\\d{2}(?:-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:\\d{2}))?)?)?$';

const id = (description: string): Field => ({
  name: 'id',
  type: 'string',
  description,
  constraints: { required: true, unique: true, pattern: SLUG },
});
const ref = (name: string, description: string, required = true): Field => ({
  name,
  type: 'string',
  description,
  constraints: { ...(required ? { required: true } : {}), pattern: SLUG },
});
const text = (name: string, description: string, required = true): Field => ({
  name,
  type: 'string',
  description,
  ...(required ? { constraints: { required: true } } : {}),
});
const url = (name: string, description: string, required = true): Field => ({
  name,
  type: 'string',
  format: 'uri',
  description,
  ...(required ? { constraints: { required: true } } : {}),
});
const choice = (name: string, values: readonly string[], description: string): Field => ({
  name,
  type: 'string',
  description,
  constraints: { required: true, enum: values },
});
const fk = (fields: string[], resource: string, referenced: string[]): ForeignKey => ({
  fields,
  reference: { resource, fields: referenced },
});

const publishers: Table = {
  name: 'publishers',
  title: 'Penerbit',
  description:
    'Media yang menerbitkan artikel dalam arsip, dan kantor berita yang menjadi sumber atau dikutip.',
  split: 'none',
  captured: false,
  fields: [
    id('Pengenal tetap penerbit, seperti di alamat /sumber/<id>/.'),
    text('name', 'Nama penerbit sebagaimana ditulisnya sendiri.'),
    choice(
      'kind',
      ['outlet', 'agency'],
      '"outlet" untuk media yang menerbitkan artikel, "agency" untuk kantor berita.',
    ),
    url('url', 'Alamat situs penerbit, jika diketahui.', false),
    text('description', 'Keterangan singkat dari arsip.'),
    url('page_url', 'Halaman penerbit di Kliping.'),
  ],
  primaryKey: ['id'],
  foreignKeys: [],
  rows: ({ archive, site }) =>
    archive.publishers
      .toSorted((a, b) => (a.id < b.id ? -1 : 1))
      .map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        url: p.url ?? null,
        description: p.description,
        page_url: absoluteUrl(publisherPath(p.id), site),
      })),
};

const entities: Table = {
  name: 'entities',
  title: 'Topik',
  description: 'Orang, organisasi, negara dan tempat yang diberitakan artikel atau terlibat dalam peristiwa.',
  split: 'none',
  captured: false,
  fields: [
    id('Pengenal tetap topik, seperti di alamat /topik/<id>/.'),
    text('name', 'Nama dalam pemakaian bahasa Indonesia.'),
    choice(
      'kind',
      ['person', 'organisation', 'country', 'place'],
      'Jenisnya: orang, organisasi, negara atau tempat.',
    ),
    text('description', 'Keterangan singkat dari arsip, sesuai masa peristiwa yang diarsipkan.'),
    {
      name: 'aliases',
      type: 'array',
      description: 'Nama lain yang mungkin dicari pembaca, sebagai larik JSON (di CSV: teks JSON).',
      constraints: { required: true },
    },
    url('page_url', 'Halaman topik di Kliping.'),
  ],
  primaryKey: ['id'],
  foreignKeys: [],
  rows: ({ archive, site }) =>
    archive.entities
      .toSorted((a, b) => (a.id < b.id ? -1 : 1))
      .map((e) => ({
        id: e.id,
        name: e.name,
        kind: e.kind,
        description: e.description,
        aliases: e.aliases,
        page_url: absoluteUrl(entityPath(e.id), site),
      })),
};

const monthArticles = (archive: Archive, part: string) => dataParts(archive).months.get(part) ?? [];

const articles: Table = {
  name: 'articles',
  title: 'Artikel',
  description:
    'Satu baris per artikel: keterangannya, naskah asli dan sidik SHA-256-nya. Judul dan baris keterangan adalah teks naskah; ringkasan dan catatan ditulis arsip.',
  split: 'month',
  captured: true,
  fields: [
    id('Pengenal tetap artikel (nama berkasnya).'),
    url('url', 'Halaman artikel di Kliping.'),
    text('title', 'Judul sebagaimana tercantum di naskah, atau disusun arsip (lihat title_devised).'),
    {
      name: 'title_devised',
      type: 'boolean',
      description: 'true jika naskah tidak berjudul dan judulnya disusun arsip.',
      constraints: { required: true },
    },
    text('summary', 'Ringkasan satu atau dua kalimat, ditulis arsip.'),
    {
      name: 'published',
      type: 'string',
      description: 'Tanggal terbit sebagaimana dicatat: "YYYY-MM-DD" atau dengan jam dan zona waktu.',
      constraints: { required: true, pattern: DATE_AS_WRITTEN },
    },
    choice('published_precision', ['day', 'minute'], 'Ketelitian tanggal terbit: hari atau menit.'),
    {
      name: 'published_date',
      type: 'date',
      description: 'Hari terbit di WIB (UTC+7).',
      constraints: { required: true },
    },
    choice(
      'published_basis',
      ['stated', 'inferred'],
      '"stated" jika tercantum di naskah, "inferred" jika diperkirakan arsip dari isi berita.',
    ),
    {
      name: 'archived',
      type: 'string',
      description: 'Kapan naskah masuk arsip, sebagaimana dicatat.',
      constraints: { required: true, pattern: DATE_AS_WRITTEN },
    },
    {
      name: 'archived_date',
      type: 'date',
      description: 'Hari naskah masuk arsip, di WIB.',
      constraints: { required: true },
    },
    choice('language', ['id'], 'Bahasa naskah (kode BCP 47).'),
    ref('publisher_id', 'Media yang menerbitkannya (publishers.id).'),
    text('byline', 'Penulis yang disebut di naskah.', false),
    text('editor', 'Editor yang disebut di naskah.', false),
    text('dateline', 'Keterangan tempat di awal berita, sebagaimana tercetak.', false),
    ref('dateline_place_id', 'Tempat yang disebut keterangan tempat (entities.id).', false),
    text('image_credit', 'Kredit gambar; gambarnya sendiri tidak disimpan.', false),
    {
      name: 'credits',
      type: 'array',
      description: 'Baris keterangan naskah persis seperti aslinya, sebagai larik JSON.',
      constraints: { required: true },
    },
    {
      name: 'notes',
      type: 'array',
      description: 'Catatan arsip sebagai larik JSON: {topic, text, paragraph?}. Bukan bagian naskah.',
      constraints: { required: true },
    },
    url('original_url', 'Alamat artikel asli di situs penerbit, jika diketahui.', false),
    text('capture', 'Nama berkas naskah asli.'),
    url('capture_url', 'Naskah asli, byte demi byte, sebagai teks (/naskah/<berkas>).'),
    {
      name: 'capture_sha256',
      type: 'string',
      description:
        'Sidik SHA-256 berkas naskah asli (64 digit heksadesimal), diperiksa setiap kali situs dibangun.',
      constraints: { required: true, pattern: '^[0-9a-f]{64}$' },
    },
    {
      name: 'paragraph_count',
      type: 'integer',
      description: 'Jumlah paragraf berita (lihat tabel paragraphs).',
      constraints: { required: true, minimum: 1 },
    },
  ],
  primaryKey: ['id'],
  foreignKeys: [fk(['publisher_id'], 'publishers', ['id']), fk(['dateline_place_id'], 'entities', ['id'])],
  rows: ({ archive, site, blocks }, part) =>
    monthArticles(archive, part).map((article) => {
      const { data } = article;
      return {
        id: article.id,
        url: absoluteUrl(article.url, site),
        title: data.title,
        title_devised: data.titleDevised,
        summary: data.summary,
        published: data.published.source,
        published_precision: data.published.precision,
        published_date: civilDay(data.published),
        published_basis: data.publishedBasis,
        archived: data.archived.source,
        archived_date: civilDay(data.archived),
        language: data.language,
        publisher_id: data.publisher,
        byline: data.byline ?? null,
        editor: data.editor ?? null,
        dateline: data.dateline?.text ?? null,
        dateline_place_id: data.dateline?.place ?? null,
        image_credit: data.imageCredit ?? null,
        credits: data.credits,
        notes: data.notes.map((note) => ({
          topic: note.topic,
          text: note.text,
          ...(note.paragraph ? { paragraph: note.paragraph } : {}),
        })),
        original_url: data.originalUrl ?? null,
        capture: data.capture.slice(data.capture.lastIndexOf('/') + 1),
        capture_url: absoluteUrl(capturePath(data.capture), site),
        capture_sha256: data.captureSha256,
        paragraph_count: blocks(article).filter((block) => block.kind === 'paragraph').length,
      };
    }),
};

const articleAgencies: Table = {
  name: 'article-agencies',
  title: 'Kantor berita per artikel',
  description: 'Kantor berita yang laporannya menjadi dasar artikel ("wire") atau yang dikutipnya ("cited").',
  split: 'month',
  captured: false,
  fields: [
    ref('article_id', 'Artikelnya (articles.id).'),
    ref('publisher_id', 'Kantor beritanya (publishers.id).'),
    choice('role', ['wire', 'cited'], '"wire": berita berdasarkan laporannya; "cited": berita mengutipnya.'),
  ],
  primaryKey: ['article_id', 'publisher_id', 'role'],
  foreignKeys: [fk(['article_id'], 'articles', ['id']), fk(['publisher_id'], 'publishers', ['id'])],
  rows: ({ archive }, part) =>
    monthArticles(archive, part).flatMap(({ id: articleId, data }) => [
      ...data.wire.map((publisher) => ({ article_id: articleId, publisher_id: publisher, role: 'wire' })),
      ...data.cited.map((publisher) => ({ article_id: articleId, publisher_id: publisher, role: 'cited' })),
    ]),
};

const articleEntities: Table = {
  name: 'article-entities',
  title: 'Topik per artikel',
  description: 'Topik yang diberitakan setiap artikel, dalam urutan yang dicatat arsip.',
  split: 'month',
  captured: false,
  fields: [ref('article_id', 'Artikelnya (articles.id).'), ref('entity_id', 'Topiknya (entities.id).')],
  primaryKey: ['article_id', 'entity_id'],
  foreignKeys: [fk(['article_id'], 'articles', ['id']), fk(['entity_id'], 'entities', ['id'])],
  rows: ({ archive }, part) =>
    monthArticles(archive, part).flatMap(({ id: articleId, data }) =>
      data.entities.map((entity) => ({ article_id: articleId, entity_id: entity })),
    ),
};

const paragraphs: Table = {
  name: 'paragraphs',
  title: 'Paragraf',
  description:
    'Setiap paragraf berita setiap artikel, persis seperti naskahnya, dengan nomor dan alamat jangkarnya (#p1, #p2, …). Baris "Baca Juga" dan keterangan ada di naskah asli (capture_url), tidak di sini.',
  split: 'month',
  captured: true,
  fields: [
    ref('article_id', 'Artikelnya (articles.id).'),
    {
      name: 'number',
      type: 'integer',
      description: 'Nomor paragraf, mulai dari 1, seperti di jangkar #p1.',
      constraints: { required: true, minimum: 1 },
    },
    {
      name: 'anchor',
      type: 'string',
      description: 'Jangkar paragraf di halaman artikel: "p1", "p2", …',
      constraints: { required: true, pattern: '^p[1-9][0-9]*$' },
    },
    url('url', 'Alamat paragraf di Kliping (halaman artikel dan jangkarnya).'),
    text('text', 'Teks paragraf persis seperti di naskah asli.'),
  ],
  primaryKey: ['article_id', 'number'],
  foreignKeys: [fk(['article_id'], 'articles', ['id'])],
  rows: ({ archive, site, blocks }, part) =>
    monthArticles(archive, part).flatMap((article) =>
      blocks(article).flatMap((block) =>
        block.kind === 'paragraph'
          ? [
              {
                article_id: article.id,
                number: block.number,
                anchor: paragraphAnchor(block.number),
                url: absoluteUrl(paragraphPath(article.url, block.number), site),
                text: block.text,
              },
            ]
          : [],
      ),
    ),
};

const yearEvents = (archive: Archive, part: string) => dataParts(archive).years.get(part) ?? [];

const events: Table = {
  name: 'events',
  title: 'Peristiwa',
  description:
    'Peristiwa nyata yang dilaporkan artikel, dengan tanggal setepat yang diketahui; sumbernya di tabel citations.',
  split: 'year',
  captured: false,
  fields: [
    id('Pengenal tetap peristiwa, juga jangkarnya di linimasa.'),
    text('title', 'Apa yang terjadi, dalam satu kalimat yang ditulis arsip.'),
    {
      name: 'date',
      type: 'string',
      description:
        'Tanggal sebagaimana dicatat: "2014", "2021-10", "2022-01-12", atau dengan jam dan zona waktu.',
      constraints: { required: true, pattern: DATE_AS_WRITTEN },
    },
    choice(
      'date_precision',
      ['year', 'month', 'day', 'minute'],
      'Ketelitian tanggal: tahun, bulan, hari atau menit.',
    ),
    {
      name: 'date_start',
      type: 'date',
      description:
        'Hari pertama yang dicakup tanggalnya (WIB): 1 Januari untuk tahun, hari pertama untuk bulan.',
      constraints: { required: true },
    },
    {
      name: 'date_end',
      type: 'date',
      description: 'Hari terakhir yang dicakup tanggalnya (WIB).',
      constraints: { required: true },
    },
    { name: 'instant', type: 'datetime', description: 'Saatnya dalam UTC, hanya untuk ketelitian menit.' },
    ref('place_id', 'Tempatnya (entities.id), jika diketahui.', false),
    url('timeline_url', 'Peristiwa ini di linimasa Kliping.'),
  ],
  primaryKey: ['id'],
  foreignKeys: [fk(['place_id'], 'entities', ['id'])],
  rows: ({ archive, site }, part) =>
    yearEvents(archive, part).map((event) => {
      const [start, end] = daySpan(event.date);
      return {
        id: event.id,
        title: event.title,
        date: event.date.source,
        date_precision: event.date.precision,
        date_start: start,
        date_end: end,
        instant: event.date.instant ? schemaDatetime(event.date.instant) : null,
        place_id: event.place?.id ?? null,
        timeline_url: absoluteUrl(event.location, site),
      };
    }),
};

const eventEntities: Table = {
  name: 'event-entities',
  title: 'Topik per peristiwa',
  description: 'Siapa dan apa yang terlibat dalam setiap peristiwa.',
  split: 'year',
  captured: false,
  fields: [ref('event_id', 'Peristiwanya (events.id).'), ref('entity_id', 'Topiknya (entities.id).')],
  primaryKey: ['event_id', 'entity_id'],
  foreignKeys: [fk(['event_id'], 'events', ['id']), fk(['entity_id'], 'entities', ['id'])],
  rows: ({ archive }, part) =>
    yearEvents(archive, part).flatMap((event) =>
      event.entities.map((entity) => ({ event_id: event.id, entity_id: entity.id })),
    ),
};

const citations: Table = {
  name: 'citations',
  title: 'Sumber peristiwa',
  description:
    'Setiap paragraf yang menjadi sumber sebuah peristiwa, dengan kata-kata yang dikutip; setiap kali situs dibangun, kata-kata itu diperiksa masih ada di paragraf tersebut.',
  split: 'year',
  captured: true,
  fields: [
    ref('event_id', 'Peristiwanya (events.id).'),
    {
      name: 'number',
      type: 'integer',
      description: 'Urutan sumber pada peristiwa itu, mulai dari 1.',
      constraints: { required: true, minimum: 1 },
    },
    ref('article_id', 'Artikel sumbernya (articles.id).'),
    {
      name: 'paragraph',
      type: 'integer',
      description: 'Nomor paragraf sumbernya (paragraphs.number).',
      constraints: { required: true, minimum: 1 },
    },
    url('paragraph_url', 'Alamat paragraf itu di Kliping.'),
    text('quote', 'Kata-kata paragraf itu yang menjadi dasar peristiwa, persis seperti naskahnya.'),
  ],
  primaryKey: ['event_id', 'number'],
  foreignKeys: [
    fk(['event_id'], 'events', ['id']),
    fk(['article_id'], 'articles', ['id']),
    fk(['article_id', 'paragraph'], 'paragraphs', ['article_id', 'number']),
  ],
  rows: ({ archive, site }, part) => {
    const { articles: byId } = dataParts(archive);
    return yearEvents(archive, part).flatMap((event) =>
      archive.eventRecords.get(event.id)!.citations.map((citation, i) => ({
        event_id: event.id,
        number: i + 1,
        article_id: citation.article,
        paragraph: citation.paragraph,
        paragraph_url: absoluteUrl(paragraphPath(byId.get(citation.article)!.url, citation.paragraph), site),
        quote: citation.quote,
      })),
    );
  },
};

/** Every table, in the order datapackage.json and the /data/ page list them. */
export const TABLES: readonly Table[] = [
  articles,
  paragraphs,
  articleEntities,
  articleAgencies,
  events,
  citations,
  eventEntities,
  entities,
  publishers,
];
