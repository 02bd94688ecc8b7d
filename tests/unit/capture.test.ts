import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { bodyBlocks, paragraphs } from '../../src/lib/body';
import {
  type ImportOptions,
  checkDate,
  checkDraft,
  decodeCapture,
  describeTextDate,
  devisedTitle,
  findDateline,
  findPlace,
  findPublisher,
  findSourceMentions,
  findTextDates,
  firstSentence,
  importCapture,
  inferPublished,
  jakartaDay,
  parseCreditLine,
  parseEntities,
  parsePublishers,
  readCapture,
  shortDateYear,
  slugify,
  splitCaptureLines,
  storyParagraphs,
  yearContext,
} from '../../src/lib/capture/index.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const MEDCOM = '000_a0787a86cb8f5b8c.txt';
const KONTAN = '004_98662811586fdaa1.txt';
const medcom = read(`content/captures/${MEDCOM}`);
const kontan = read(`content/captures/${KONTAN}`);
const publishers = parsePublishers(read('content/publishers.yaml'));
const entities = parseEntities(read('content/entities.yaml'));

/** Options for an import on a fixed day, so that nothing depends on the clock. */
function options(extra: Partial<ImportOptions> = {}): ImportOptions {
  return {
    captureName: 'test.txt',
    publishers,
    entities,
    now: new Date('2026-11-23T03:00:00Z'),
    ...extra,
  };
}

/** Imports a capture that must succeed, and returns the draft and warnings. */
function imported(text: string, extra: Partial<ImportOptions> = {}) {
  const result = importCapture(text, options(extra));
  if (!result.ok) throw new Error(`expected a draft, got: ${result.errors.join('; ')}`);
  return result;
}

/** Imports a capture that must be refused, and returns the errors. */
function refused(text: string, extra: Partial<ImportOptions> = {}): string[] {
  const result = importCapture(text, options(extra));
  if (result.ok) throw new Error('expected the import to be refused');
  return result.errors;
}

describe('decodeCapture', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('gives the text of UTF-8 bytes, with or without a final newline', () => {
    expect(decodeCapture(bytes('Judul\n“Isi”'))).toEqual({ ok: true, text: 'Judul\n“Isi”' });
    expect(decodeCapture(bytes('Judul\nIsi\n'))).toEqual({ ok: true, text: 'Judul\nIsi\n' });
  });

  it('refuses an empty file and a file of white space', () => {
    expect(decodeCapture(new Uint8Array())).toEqual({
      ok: false,
      reason: expect.stringMatching(/^is empty/),
    });
    expect(decodeCapture(bytes(' \n\n\t'))).toEqual({
      ok: false,
      reason: expect.stringMatching(/white space/),
    });
  });

  it('refuses a binary file and names the offset of the NUL byte', () => {
    const result = decodeCapture(new Uint8Array([0x4a, 0x75, 0x00, 0x64]));
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('NUL byte at offset 2') });
  });

  it('refuses bytes that are not UTF-8, such as Latin-1', () => {
    const latin1 = new Uint8Array([0x4a, 0x61, 0x6b, 0x61, 0x72, 0x74, 0x61, 0xe9, 0x0a]);
    expect(decodeCapture(latin1)).toEqual({ ok: false, reason: expect.stringContaining('not UTF-8') });
  });
});

describe('splitCaptureLines', () => {
  it('keeps lines verbatim, white space and carriage returns included', () => {
    expect(splitCaptureLines(' a \r\nb\t\n\nc')).toEqual([' a \r', 'b\t', '', 'c']);
  });

  it('adds no line for a final newline and loses none without one', () => {
    expect(splitCaptureLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitCaptureLines('a\nb')).toEqual(['a', 'b']);
  });

  it('reads the real captures, which lack a final newline, line for line', () => {
    expect(splitCaptureLines(medcom)).toHaveLength(12);
    expect(splitCaptureLines(medcom).at(-1)).toBe('Gambar : medcom.id');
    expect(splitCaptureLines(kontan)).toHaveLength(18);
  });
});

describe('parseCreditLine', () => {
  it('reads "Sumber" and "Gambar" lines whatever the spaces around the colon', () => {
    for (const line of [
      'Sumber : medcom.id',
      'Sumber: medcom.id',
      'Sumber:medcom.id',
      '  Sumber  :  medcom.id ',
    ]) {
      expect(parseCreditLine(line)).toEqual([{ label: 'Sumber', role: 'source', value: 'medcom.id' }]);
    }
    expect(parseCreditLine('Gambar : medcom.id')).toEqual([
      { label: 'Gambar', role: 'image', value: 'medcom.id' },
    ]);
  });

  it('reads the parts of a line joined by "|"', () => {
    expect(parseCreditLine('Sumber: Reuters | Editor: Noverius Laoli')).toEqual([
      { label: 'Sumber', role: 'source', value: 'Reuters' },
      { label: 'Editor', role: 'editor', value: 'Noverius Laoli' },
    ]);
  });

  it('is not a credit line when a label is unknown or a part has no label', () => {
    expect(parseCreditLine('Baca Juga: Pasca Putin berbicara dengan Biden')).toBeUndefined();
    expect(parseCreditLine('Sumber: Reuters | dan lainnya')).toBeUndefined();
    expect(parseCreditLine('Sumber:')).toBeUndefined();
    expect(parseCreditLine('Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan')).toBeUndefined();
  });
});

describe('readCapture', () => {
  it('reads the medcom capture: headline, nine paragraphs, two credit lines at the end', () => {
    const reading = readCapture(medcom);
    expect(reading.firstLine).toBe('headline');
    expect(reading.headline).toBe('Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan');
    expect(reading.credits).toEqual({
      lines: ['Sumber : medcom.id', 'Gambar : medcom.id'],
      sources: ['medcom.id'],
      imageCredit: 'medcom.id',
    });
    expect(reading.blocks.map((block) => block.kind)).toEqual(Array(9).fill('paragraph'));
    expect(reading.blocks.map((block) => block.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('reads the kontan capture: a credit line first, so no headline; three "Baca Juga" lines', () => {
    const reading = readCapture(kontan);
    expect(reading.firstLine).toBe('credit');
    expect(reading.headline).toBeUndefined();
    expect(reading.credits).toEqual({
      lines: ['Sumber: Reuters | Editor: Noverius Laoli'],
      sources: ['Reuters'],
      editor: 'Noverius Laoli',
    });
    const readAlso = reading.blocks.filter((block) => block.kind === 'readAlso');
    expect(readAlso.map((block) => block.line)).toEqual([6, 11, 15]);
    expect(readAlso[0]!.text).toBe('Baca Juga: Pasca Putin berbicara dengan Biden, Ini Tanggapan Kremlin');
    expect(storyParagraphs(reading)).toHaveLength(14);
  });

  it('takes a first line that opens with the dateline as text, not as a headline', () => {
    const reading = readCapture('KONTAN.CO.ID - JAKARTA. Isi berita.\nParagraf kedua.');
    expect(reading.firstLine).toBe('dateline');
    expect(reading.headline).toBeUndefined();
    expect(storyParagraphs(reading)).toEqual(['KONTAN.CO.ID - JAKARTA. Isi berita.', 'Paragraf kedua.']);
  });

  it('finds credit lines right after the headline, skips blank lines, trims white space', () => {
    const reading = readCapture(
      'Judul\n\nPenulis: Ani | Editor: Budi\n\n  Isi berita.  \r\n\nFoto: Antara\n',
    );
    expect(reading.headline).toBe('Judul');
    expect(reading.credits).toEqual({
      lines: ['Penulis: Ani | Editor: Budi', 'Foto: Antara'],
      sources: [],
      byline: 'Ani',
      editor: 'Budi',
      imageCredit: 'Antara',
    });
    expect(reading.blocks).toEqual([{ kind: 'paragraph', text: 'Isi berita.', line: 5 }]);
  });

  it('keeps a credit-like line between paragraphs as a paragraph', () => {
    const reading = readCapture('Judul\nSatu.\nSumber: dokumen resmi\nDua.');
    expect(storyParagraphs(reading)).toEqual(['Satu.', 'Sumber: dokumen resmi', 'Dua.']);
  });
});

describe('datelines, publishers and places', () => {
  it('finds the dateline at the start of the first kontan paragraph', () => {
    const first = storyParagraphs(readCapture(kontan))[0]!;
    expect(findDateline(first)).toEqual({
      text: 'KONTAN.CO.ID - BRUSSELS.',
      outlet: 'KONTAN.CO.ID',
      place: 'BRUSSELS',
    });
  });

  it('finds no dateline in ordinary text', () => {
    expect(findDateline(storyParagraphs(readCapture(medcom))[0]!)).toBeUndefined();
    expect(findDateline('NATO - Rusia. Pertemuan dimulai.')).toBeUndefined();
  });

  it('maps a place to its entity by name or alias, ignoring case', () => {
    expect(findPlace('BRUSSELS', entities)?.id).toBe('brussel');
    expect(findPlace('Jenewa', entities)?.id).toBe('jenewa');
    expect(findPlace('JAKARTA', entities)).toBeUndefined();
    expect(findPlace('Stoltenberg', entities)).toBeUndefined();
  });

  it('maps an outlet or agency to its publisher by name or id', () => {
    expect(findPublisher('KONTAN.CO.ID', publishers)?.id).toBe('kontan');
    expect(findPublisher('medcom.id', publishers)?.id).toBe('medcom');
    expect(findPublisher('Reuters', publishers)?.id).toBe('reuters');
    expect(findPublisher('kompas.com', publishers)).toBeUndefined();
  });
});

describe('findSourceMentions', () => {
  it('finds Anadolu Agency after "dilansir dari" in medcom paragraph 3', () => {
    const mentions = findSourceMentions(storyParagraphs(readCapture(medcom)), publishers);
    expect(mentions).toEqual([
      { phrase: 'dilansir dari', name: 'Anadolu Agency', paragraph: 3, publisher: 'anadolu' },
    ]);
  });

  it('finds Reuters after "Melansir" in kontan paragraph 3', () => {
    const mentions = findSourceMentions(storyParagraphs(readCapture(kontan)), publishers);
    expect(mentions).toEqual([{ phrase: 'Melansir', name: 'Reuters', paragraph: 3, publisher: 'reuters' }]);
  });

  it('reports an unknown capitalised name without an id, and ignores lower-case words', () => {
    const mentions = findSourceMentions(
      ['Seperti dikutip dari Xinhua News, Senin.', 'Ia mengutip pernyataan menteri.'],
      publishers,
    );
    expect(mentions).toEqual([
      { phrase: 'dikutip dari', name: 'Xinhua News', paragraph: 1, publisher: undefined },
    ]);
  });
});

describe('dates in the text', () => {
  it('accepts a weekday that fits its date (Rabu, 12 Januari 2022)', () => {
    expect(checkDate({ weekday: 'Rabu', day: 12, month: 1, year: 2022 })).toBeUndefined();
  });

  it('flags "Rabu, 12 Januari 2021": it was a Selasa, and Rabu fits 2022', () => {
    expect(checkDate({ weekday: 'Rabu', day: 12, month: 1, year: 2021 })).toEqual({
      kind: 'weekday',
      actual: 'Selasa',
      fitsYears: [2022],
    });
  });

  it('flags a day the month does not have', () => {
    expect(checkDate({ day: 29, month: 2, year: 2022 })).toEqual({ kind: 'noSuchDay' });
    expect(checkDate({ day: 29, month: 2, year: 2024 })).toBeUndefined();
  });

  it('does not depend on the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = zone;
        expect(checkDate({ weekday: 'Rabu', day: 12, month: 1, year: 2021 })).toMatchObject({
          actual: 'Selasa',
        });
        expect(shortDateYear('Selasa', 4, 1, { latest: 2021, archived: 2026 })).toBe(2022);
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  it('reads the year of "Selasa (4/1)" from the latest year the text names', () => {
    expect(shortDateYear('Selasa', 4, 1, { latest: 2021, archived: 2026 })).toBe(2022);
    expect(shortDateYear('Selasa', 4, 1, { latest: 2022, archived: 2026 })).toBe(2022);
    expect(shortDateYear('Selasa', 4, 1, { latest: undefined, archived: 2026 })).toBeUndefined();
    expect(shortDateYear('Selasa', 4, 1, { latest: 2023, archived: 2026 })).toBeUndefined();
  });

  it('takes the latest year the text names, up to the year of archiving', () => {
    expect(yearContext(['sejak 2002', 'pada tahun 2021', 'rencana 2030'], 2026)).toEqual({
      latest: 2021,
      archived: 2026,
    });
    expect(yearContext(['tanpa tahun'], 2026)).toEqual({ latest: undefined, archived: 2026 });
  });

  it('finds the kontan dates in text order, with their kind and reading', () => {
    const text = storyParagraphs(readCapture(kontan));
    const dates = findTextDates(text, yearContext(text, 2026));
    expect(dates.map((date) => [date.text, date.paragraph, date.kind])).toEqual([
      ['Selasa (4/1)', 3, 'short'],
      ['12 Januari', 3, 'dayMonth'],
      ['10 Januari', 3, 'dayMonth'],
      ['pukul 1300 GMT', 5, 'time'],
      ['12 Januari', 8, 'dayMonth'],
      ['13 Januari', 11, 'dayMonth'],
    ]);
    expect(dates[0]).toMatchObject({ weekday: 'Selasa', day: 4, month: 1, year: 2022, yearFrom: 2021 });
    expect(dates[3]).toMatchObject({ hour: 13, minute: 0, zone: 'GMT' });
  });

  it('finds the medcom date and flags its weekday', () => {
    const text = storyParagraphs(readCapture(medcom));
    const dates = findTextDates(text, yearContext(text, 2026));
    expect(dates).toEqual([
      {
        text: 'Rabu, 12 Januari 2021',
        paragraph: 1,
        kind: 'full',
        weekday: 'Rabu',
        day: 12,
        month: 1,
        year: 2021,
        problem: { kind: 'weekday', actual: 'Selasa', fitsYears: [2022] },
      },
    ]);
    expect(describeTextDate(dates[0]!)).toBe(
      '"Rabu, 12 Januari 2021" (paragraph 1): the weekday does not fit: 12 Januari 2021 was a Selasa; Rabu, 12 Januari fits 2022',
    );
  });

  it('reads times written "pukul 19.30 WIB" and dates written "Kamis (13/1/2022)"', () => {
    const dates = findTextDates(['Kamis (13/1/2022) pukul 19.30 WIB.'], { archived: 2026 });
    expect(dates).toMatchObject([
      { kind: 'short', weekday: 'Kamis', day: 13, month: 1, year: 2022 },
      { kind: 'time', hour: 19, minute: 30, zone: 'WIB' },
    ]);
    expect(dates[0]!.problem).toBeUndefined();
  });
});

describe('inferPublished', () => {
  const datesOf = (capture: string) => {
    const text = storyParagraphs(readCapture(capture));
    return findTextDates(text, yearContext(text, 2026));
  };

  it('infers 2022-01-04 for kontan from "Selasa (4/1)"', () => {
    expect(inferPublished(datesOf(kontan))).toMatchObject({ ok: true, date: '2022-01-04' });
  });

  it('refuses medcom, naming the date whose weekday does not fit', () => {
    const result = inferPublished(datesOf(medcom));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain('"Rabu, 12 Januari 2021" (paragraph 1)');
      expect(result.reason).toContain('12 Januari 2021 was a Selasa; Rabu, 12 Januari fits 2022');
      expect(result.reason).toContain('--published');
    }
  });

  it('refuses a text that names no day with its weekday', () => {
    const dates = findTextDates(['Pada 12 Januari pukul 13.00 WIB.'], { archived: 2026 });
    expect(inferPublished(dates)).toEqual({ ok: false, reason: expect.stringContaining('names no day') });
  });

  it('infers from a full date whose weekday fits', () => {
    const dates = findTextDates(['Dimulai Rabu, 12 Januari 2022.'], { latest: 2022, archived: 2026 });
    expect(inferPublished(dates)).toMatchObject({ ok: true, date: '2022-01-12' });
  });
});

describe('titles, summaries, slugs, days', () => {
  it('takes the first sentence, without the dateline', () => {
    expect(firstSentence('KONTAN.CO.ID - BRUSSELS. Satu dua. Tiga empat.')).toBe('Satu dua.');
    expect(firstSentence('Dimulai Rabu, 12 Januari 2021. Pertemuan akan membahas.')).toBe(
      'Dimulai Rabu, 12 Januari 2021.',
    );
    expect(firstSentence('Tanpa titik')).toBe('Tanpa titik');
  });

  it('devises a title of at most twelve words', () => {
    expect(devisedTitle('NATO menjadwalkan pertemuan. Lainnya.')).toBe('NATO menjadwalkan pertemuan');
    expect(devisedTitle('a b c d e f g h i j k l m n.')).toBe('a b c d e f g h i j k l…');
  });

  it('makes a slug of up to six lower-case ASCII words', () => {
    expect(slugify('Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan')).toBe(
      'pertemuan-nato-rusia-dimulai-keamanan-eropa',
    );
    expect(slugify('Genève: “Pembicaraan” Berlanjut')).toBe('geneve-pembicaraan-berlanjut');
    expect(slugify('— … —')).toBe('');
  });

  it('gives the day in Asia/Jakarta, not in UTC', () => {
    expect(jakartaDay(new Date('2026-11-23T16:59:00Z'))).toBe('2026-11-23');
    expect(jakartaDay(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
  });
});

describe('importCapture: medcom', () => {
  it('refuses without --published, naming the date whose weekday does not fit', () => {
    const result = importCapture(medcom, options());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.stringMatching(/^published: cannot infer the publication date: /)]);
    expect(result.errors[0]).toContain('"Rabu, 12 Januari 2021"');
    expect(result.warnings.some((warning) => warning.includes('the weekday does not fit'))).toBe(true);
  });

  it('drafts the article with --published, and notes the weekday that does not fit', () => {
    const { draft, warnings } = imported(medcom, { captureName: MEDCOM, published: '2022-01-12' });
    const data = draft.frontmatter;
    expect(data).toMatchObject({
      title: 'Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan',
      published: '2022-01-12',
      publishedBasis: 'inferred',
      archived: '2026-11-23',
      publisher: 'medcom',
      cited: ['anadolu'],
      imageCredit: 'medcom.id',
      credits: ['Sumber : medcom.id', 'Gambar : medcom.id'],
      capture: `captures/${MEDCOM}`,
    });
    expect(data.titleDevised).toBeUndefined();
    expect(data.wire).toBeUndefined();
    expect(data.notes).toContainEqual({
      topic: 'date',
      text: 'Teks tangkapan menulis "Rabu, 12 Januari 2021", tetapi 12 Januari 2021 jatuh pada hari Selasa; Rabu, 12 Januari jatuh pada tahun 2022. Teks arsip mempertahankan tulisan aslinya.',
    });
    expect(data.notes).toContainEqual({
      topic: 'source',
      text: 'Baris "Gambar : medcom.id" mencatat kredit gambar; berkas gambarnya tidak ikut tertangkap.',
    });
    expect(warnings.some((warning) => warning.startsWith('text: "Rabu, 12 Januari 2021"'))).toBe(true);
    expect(draft.slug).toBe('pertemuan-nato-rusia-dimulai-keamanan-eropa');
  });

  it('writes no date note when the date is stated, only the weekday note', () => {
    const { draft } = imported(medcom, { published: '2022-01-12', publishedBasis: 'stated' });
    expect(draft.frontmatter.publishedBasis).toBe('stated');
    const dateNotes = draft.frontmatter.notes!.filter((note) => note.topic === 'date');
    expect(dateNotes).toHaveLength(1);
    expect(dateNotes[0]!.text).toMatch(/^Teks tangkapan menulis "Rabu, 12 Januari 2021"/);
  });

  it('refuses --title for a capture that has a headline', () => {
    expect(refused(medcom, { published: '2022-01-12', title: 'Judul lain' })).toEqual([
      expect.stringMatching(/^--title: the capture has a headline/),
    ]);
  });
});

describe('importCapture: kontan', () => {
  it('devises a title, infers the date, reads the dateline, wire, editor and "Baca Juga" lines', () => {
    const { draft, warnings } = imported(kontan, { captureName: KONTAN });
    const data = draft.frontmatter;
    expect(data).toMatchObject({
      titleDevised: true,
      published: '2022-01-04',
      publishedBasis: 'inferred',
      publisher: 'kontan',
      wire: ['reuters'],
      editor: 'Noverius Laoli',
      dateline: { text: 'KONTAN.CO.ID - BRUSSELS.', place: 'brussel' },
      credits: ['Sumber: Reuters | Editor: Noverius Laoli'],
    });
    expect(data.cited).toBeUndefined();
    expect(data.title).toBe(
      'Sekretaris Jenderal NATO Jens Stoltenberg telah menjadwalkan pertemuan khusus dengan duta besar…',
    );
    expect(warnings[0]).toMatch(/^title: the capture has no headline \(its first line is a credit line\)/);
    expect(data.notes!.map((note) => note.topic)).toEqual(['title', 'date', 'text']);
    expect(data.notes![1]!.text).toContain('"Selasa (4/1)" dalam paragraf 3: Selasa, 4 Januari 2022');
    expect(data.notes![2]!.text).toMatch(/^3 baris "Baca Juga" adalah tautan kontan\.co\.id/);
  });

  it('takes --title as a devised title, with a note', () => {
    const { draft } = imported(kontan, { title: 'NATO Jadwalkan Pertemuan Dewan NATO-Rusia' });
    expect(draft.frontmatter.title).toBe('NATO Jadwalkan Pertemuan Dewan NATO-Rusia');
    expect(draft.frontmatter.titleDevised).toBe(true);
    expect(draft.frontmatter.notes![0]).toEqual({
      topic: 'title',
      text: 'Tangkapan tidak memuat judul: baris pertamanya adalah baris kredit. Judul ini disusun oleh arsip, bukan judul asli kontan.co.id.',
    });
    expect(draft.slug).toBe('nato-jadwalkan-pertemuan-dewan-nato-rusia');
  });

  it('warns when --published is not the day the text gives', () => {
    const { warnings } = imported(kontan, { published: '2022-01-05' });
    expect(warnings).toContainEqual(
      'published: --published 2022-01-05 is not the day the text gives, 2022-01-04 from "Selasa (4/1)" (paragraph 3)',
    );
  });

  it('keeps the body paragraphs and "Baca Juga" lines of the committed article', () => {
    const { draft } = imported(kontan, { captureName: KONTAN });
    const committed = read('content/articles/nato-jadwalkan-dewan-nato-rusia.mdx').split(/^---$/m)[2]!;
    const body = draft.mdx.split(/^---$/m)[2]!;
    expect(paragraphs(body)).toEqual(paragraphs(committed));
    expect(bodyBlocks(body)).toEqual(bodyBlocks(committed));
  });
});

describe('importCapture: rules and refusals', () => {
  const simple = 'Judul Berita\nMedcom - isi berita, Rabu (12/1/2022).\nSumber : medcom.id';

  it('refuses a capture without paragraphs', () => {
    expect(refused('Judul\nSumber : medcom.id\n')).toEqual([expect.stringMatching(/^has no paragraphs/)]);
  });

  it('refuses an unknown --publisher and lists the known outlets', () => {
    expect(refused(simple, { publisher: 'reuters' })).toEqual([
      'publisher: "reuters" is not an outlet in publishers.yaml; expected one of: kontan, medcom',
    ]);
  });

  it('refuses when the capture names no known outlet, or two', () => {
    expect(refused('Judul\nIsi, Rabu (12/1/2022).')).toEqual([
      'publisher: the credits and the dateline name no outlet in publishers.yaml; pass --publisher with one of: kontan, medcom',
    ]);
    expect(refused('Judul\nKONTAN.CO.ID - BRUSSELS. Isi, Rabu (12/1/2022).\nSumber : medcom.id')).toEqual([
      expect.stringContaining('name different outlets (medcom, kontan)'),
    ]);
  });

  it('takes --publisher over the credits, with a warning', () => {
    const { draft, warnings } = imported(simple, { publisher: 'kontan' });
    expect(draft.frontmatter.publisher).toBe('kontan');
    expect(warnings).toContainEqual(
      'publisher: --publisher kontan, but the credits or the dateline name medcom',
    );
  });

  it('refuses a --published that is not a day, and an --archived that is not a date', () => {
    expect(refused(simple, { published: '2022-02-30' })[0]).toMatch(
      /^--published: "2022-02-30" is not a calendar date/,
    );
    expect(refused(simple, { published: '2022-01' })[0]).toMatch(/month precision/);
    expect(refused(simple, { archived: 'kemarin' })[0]).toMatch(/^--archived: "kemarin" is not a date/);
  });

  it('refuses --published-basis without --published', () => {
    expect(refused(simple, { publishedBasis: 'stated' })).toEqual([
      '--published-basis: says how --published is known; pass it with --published',
    ]);
  });

  it('refuses a --slug that is not a slug', () => {
    expect(refused(simple, { slug: 'Bukan Slug' })[0]).toMatch(/^--slug: "Bukan Slug" is not an id/);
  });

  it('refuses a draft the schema refuses, naming the field', () => {
    expect(refused(simple, { originalUrl: 'bukan-url' })).toEqual([
      expect.stringMatching(/^frontmatter: originalUrl: /),
    ]);
    expect(refused(simple, { captureName: 'berita.md' })).toEqual([
      expect.stringMatching(/^frontmatter: capture: "captures\/berita\.md" is not a capture path/),
    ]);
  });

  it('escapes Markdown punctuation, so the body still reads as captured', () => {
    const text = 'Judul\n*Penting* <b>teks</b> {x} # 1_000 & [a](b)\n1. Bukan daftar\nSumber : medcom.id';
    const { draft } = imported(text, { published: '2022-01-12' });
    const body = draft.mdx.split(/^---$/m)[2]!;
    expect(paragraphs(body)).toEqual(['*Penting* <b>teks</b> {x} # 1_000 & [a](b)', '1. Bukan daftar']);
  });

  it('refuses a line that MDX would run as code', () => {
    const errors = refused('Judul\nimport x from "y"\nSumber : medcom.id', { published: '2022-01-12' });
    expect(errors).toEqual([expect.stringMatching(/^body: paragraph 1 starts with "import"/)]);
  });

  it('leaves out a dateline whose place is unknown, with a warning', () => {
    const { draft, warnings } = imported('Judul\nKONTAN.CO.ID - JAKARTA. Isi, Rabu (12/1/2022).');
    expect(draft.frontmatter.dateline).toBeUndefined();
    expect(draft.frontmatter.publisher).toBe('kontan');
    expect(warnings).toContainEqual(
      expect.stringMatching(/^dateline: "KONTAN\.CO\.ID - JAKARTA\." names "JAKARTA"/),
    );
  });

  it('warns about a quoted source that is not in publishers.yaml', () => {
    const { warnings } = imported('Judul\nIsi, dilansir dari Xinhua, Rabu (12/1/2022).\nSumber : medcom.id');
    expect(warnings).toContainEqual(
      'cited: "Xinhua" (paragraph 1, after "dilansir dari") is not in publishers.yaml; add it there to list it in cited',
    );
  });

  it('lists an agency in a "Sumber" credit as wire, not as cited', () => {
    const { draft } = imported(
      'Judul\nIsi, melansir Reuters, Rabu (12/1/2022).\nSumber: Reuters | Editor: Ani',
      {
        publisher: 'kontan',
      },
    );
    expect(draft.frontmatter.wire).toEqual(['reuters']);
    expect(draft.frontmatter.cited).toBeUndefined();
  });

  it('dates "archived" on the day of "now" in Asia/Jakarta unless given', () => {
    const late = new Date('2026-11-23T18:00:00Z');
    expect(imported(simple, { now: late }).draft.frontmatter.archived).toBe('2026-11-24');
    expect(imported(simple, { now: late, archived: '2026-01-02' }).draft.frontmatter.archived).toBe(
      '2026-01-02',
    );
  });

  it('gives the same bytes for the same input', () => {
    expect(imported(kontan).draft.mdx).toBe(imported(kontan).draft.mdx);
  });

  it('writes quoted dates and the MDX shape the archive expects', () => {
    const { mdx } = imported(simple).draft;
    expect(mdx).toMatch(/^---\ntitle: Judul Berita\n/);
    expect(mdx).toContain('\npublished: "2022-01-12"\n');
    expect(mdx).toContain('\narchived: "2026-11-23"\n');
    expect(mdx.endsWith('---\n\nMedcom - isi berita, Rabu (12/1/2022).\n')).toBe(true);
    const frontmatter = load(mdx.split(/^---$/m)[1]!) as Record<string, unknown>;
    expect(frontmatter.published).toBe('2022-01-12');
  });
});

describe('checkDraft', () => {
  it('passes the two committed articles against their captures', () => {
    expect(checkDraft(read('content/articles/pertemuan-nato-rusia-dimulai.mdx'), medcom)).toEqual([]);
    expect(checkDraft(read('content/articles/nato-jadwalkan-dewan-nato-rusia.mdx'), kontan)).toEqual([]);
  });

  it('finds a paragraph that is not the captured text', () => {
    const mdx = read('content/articles/pertemuan-nato-rusia-dimulai.mdx').replace(
      'Belgia, Rabu, 12 Januari 2021',
      'Belgia, Rabu, 12 Januari 2022',
    );
    expect(checkDraft(mdx, medcom)).toContainEqual(expect.stringMatching(/^body: .*capture line 2/));
  });

  it('finds an article without frontmatter', () => {
    expect(checkDraft('Isi.\n', medcom)).toEqual([expect.stringMatching(/^frontmatter: missing/)]);
  });
});
