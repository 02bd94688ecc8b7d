import { describe, expect, it } from 'vitest';
import { splitMdx } from '../../support/content.ts';
import { bodyBlocks, paragraphs } from '../../../src/lib/body.ts';
import { importCapture } from '../../../src/lib/capture/index.ts';
import {
  read,
  MEDCOM,
  KONTAN,
  medcom,
  kontan,
  publishers,
  options,
  imported,
  refused,
  captured,
} from './fixtures.ts';

describe('importCapture: medcom', () => {
  it('refuses without --published, naming the date whose weekday does not fit', async () => {
    const result = await importCapture(captured(medcom), options());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.stringMatching(/^published: cannot infer the publication date: /)]);
    expect(result.errors[0]).toContain('"Rabu, 12 Januari 2021"');
    expect(result.warnings.some((warning) => warning.includes('the weekday does not fit'))).toBe(true);
  });

  it('drafts the article with --published, and notes the weekday that does not fit', async () => {
    const { draft, warnings } = await imported(medcom, { captureName: MEDCOM, published: '2022-01-12' });
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
      text: 'Naskah asli menulis "Rabu, 12 Januari 2021", tetapi 12 Januari 2021 jatuh pada hari Selasa; Rabu, 12 Januari jatuh pada tahun 2022. Teks berita dibiarkan seperti aslinya.',
    });
    expect(data.notes).toContainEqual({
      topic: 'source',
      text: 'Baris "Gambar : medcom.id" menyebut sumber gambar; gambarnya sendiri tidak ikut disimpan.',
    });
    expect(warnings.some((warning) => warning.startsWith('text: "Rabu, 12 Januari 2021"'))).toBe(true);
    expect(draft.slug).toBe('pertemuan-nato-rusia-dimulai-keamanan-eropa');
  });

  it('writes no date note when the date is stated, only the weekday note', async () => {
    const { draft } = await imported(medcom, { published: '2022-01-12', publishedBasis: 'stated' });
    expect(draft.frontmatter.publishedBasis).toBe('stated');
    const dateNotes = draft.frontmatter.notes!.filter((note) => note.topic === 'date');
    expect(dateNotes).toHaveLength(1);
    expect(dateNotes[0]!.text).toMatch(/^Naskah asli menulis "Rabu, 12 Januari 2021"/);
  });

  it('refuses --title for a capture that has a headline', async () => {
    expect(await refused(medcom, { published: '2022-01-12', title: 'Judul lain' })).toEqual([
      expect.stringMatching(/^--title: the capture has a headline/),
    ]);
  });
});
describe('importCapture: kontan', () => {
  it('devises a title, infers the date, reads the dateline, wire, editor and "Baca Juga" lines', async () => {
    const { draft, warnings } = await imported(kontan, { captureName: KONTAN });
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

  it('takes --title as a devised title, with a note', async () => {
    const { draft } = await imported(kontan, { title: 'NATO Jadwalkan Pertemuan Dewan NATO-Rusia' });
    expect(draft.frontmatter.title).toBe('NATO Jadwalkan Pertemuan Dewan NATO-Rusia');
    expect(draft.frontmatter.titleDevised).toBe(true);
    expect(draft.frontmatter.notes![0]).toEqual({
      topic: 'title',
      text: 'Tangkapan tidak memuat judul: baris pertamanya adalah baris kredit. Judul ini disusun oleh arsip, bukan judul asli kontan.co.id.',
    });
    expect(draft.slug).toBe('nato-jadwalkan-pertemuan-dewan-nato-rusia');
  });

  it('warns when --published is not the day the text gives', async () => {
    const { warnings } = await imported(kontan, { published: '2022-01-05' });
    expect(warnings).toContainEqual(
      'published: --published 2022-01-05 is not the day the text gives, 2022-01-04 from "Selasa (4/1)" (paragraph 3)',
    );
  });

  it('keeps the body paragraphs and "Baca Juga" lines of the committed article', async () => {
    const { draft } = await imported(kontan, { captureName: KONTAN });
    const committed = read('content/articles/nato-jadwalkan-dewan-nato-rusia.mdx').split(/^---$/m)[2]!;
    const body = draft.mdx.split(/^---$/m)[2]!;
    expect(paragraphs(body)).toEqual(paragraphs(committed));
    expect(bodyBlocks(body)).toEqual(bodyBlocks(committed));
  });
});
describe('importCapture: rules and refusals', () => {
  const simple = 'Judul Berita\nMedcom - isi berita, Rabu (12/1/2022).\nSumber : medcom.id';

  it('refuses a capture without paragraphs', async () => {
    expect(await refused('Judul\nSumber : medcom.id\n')).toEqual([
      expect.stringMatching(/^has no paragraphs/),
    ]);
  });

  it('refuses an unknown --publisher and lists the known outlets', async () => {
    expect(await refused(simple, { publisher: 'reuters' })).toEqual([
      'publisher: "reuters" is not an outlet in publishers.yaml; expected one of: kontan, medcom',
    ]);
  });

  it('refuses when the capture names no known outlet, or two', async () => {
    expect(await refused('Judul\nIsi, Rabu (12/1/2022).')).toEqual([
      'publisher: the credits and the dateline name no outlet in publishers.yaml; pass --publisher with one of: kontan, medcom',
    ]);
    expect(
      await refused('Judul\nKONTAN.CO.ID - BRUSSELS. Isi, Rabu (12/1/2022).\nSumber : medcom.id'),
    ).toEqual([expect.stringContaining('name different outlets (medcom, kontan)')]);
  });

  it('names an outlet the archive lacks, and how to add it in the same command', async () => {
    expect(await refused('Judul\nJakarta, Beritasatu.com - Isi, Rabu (12/1/2022).')).toEqual([
      'publisher: the credits and the dateline name "Beritasatu.com", which is not in publishers.yaml; add the outlet in the same command with --new-publisher "name=Beritasatu.com,url=https://…", or pass --publisher with one of: kontan, medcom',
    ]);
    const beritasatu = {
      id: 'beritasatu',
      name: 'Beritasatu.com',
      kind: 'outlet' as const,
      url: 'https://www.beritasatu.com/',
      description: 'Portal berita.',
    };
    const { draft } = await imported('Judul\nJakarta, Beritasatu.com - Isi, Rabu (12/1/2022).', {
      publishers: [...publishers, beritasatu],
    });
    expect(draft.frontmatter.publisher).toBe('beritasatu');
  });

  it('lists no entity as a fact: the entities the text names are suggestions', async () => {
    const { draft, suggestions, warnings } = await imported(kontan, { captureName: KONTAN });
    expect(draft.frontmatter.entities).toBeUndefined();
    expect(draft.mdx).not.toMatch(/^entities:/m);
    expect(suggestions.entities).toHaveLength(18);
    expect(suggestions.events.length).toBeGreaterThan(0);
    expect(warnings).toContain(
      'entities: none listed; 18 suggested (the text names them), for a human to confirm',
    );
  });

  it('takes --publisher over the credits, with a warning', async () => {
    const { draft, warnings } = await imported(simple, { publisher: 'kontan' });
    expect(draft.frontmatter.publisher).toBe('kontan');
    expect(warnings).toContainEqual(
      'publisher: --publisher kontan, but the credits or the dateline name medcom',
    );
  });

  it('refuses a --published that is not a day, and an --archived that is not a date', async () => {
    expect((await refused(simple, { published: '2022-02-30' }))[0]).toMatch(
      /^--published: "2022-02-30" is not a calendar date/,
    );
    expect((await refused(simple, { published: '2022-01' }))[0]).toMatch(/month precision/);
    expect((await refused(simple, { archived: 'kemarin' }))[0]).toMatch(
      /^--archived: "kemarin" is not a date/,
    );
  });

  it('refuses --published-basis without --published', async () => {
    expect(await refused(simple, { publishedBasis: 'stated' })).toEqual([
      '--published-basis: says how --published is known; pass it with --published',
    ]);
  });

  it('refuses a --slug that is not a slug', async () => {
    expect((await refused(simple, { slug: 'Bukan Slug' }))[0]).toMatch(/^--slug: "Bukan Slug" is not an id/);
  });

  it('refuses a draft the schema refuses, naming the field', async () => {
    expect(await refused(simple, { originalUrl: 'bukan-url' })).toEqual([
      expect.stringMatching(
        /^articles\/judul-berita\.mdx:\d+:\d+: originalUrl: "bukan-url" is not a web address/,
      ),
    ]);
    expect(await refused(simple, { captureName: 'berita.md' })).toEqual([
      expect.stringMatching(
        /^articles\/judul-berita\.mdx:\d+:\d+: capture: "captures\/berita\.md" is not a capture path/,
      ),
    ]);
  });

  it('escapes Markdown punctuation, so the body still reads as captured', async () => {
    const text = 'Judul\n*Penting* <b>teks</b> {x} # 1_000 & [a](b)\n1. Bukan daftar\nSumber : medcom.id';
    const { draft } = await imported(text, { published: '2022-01-12' });
    const body = draft.mdx.split(/^---$/m)[2]!;
    expect(paragraphs(body)).toEqual(['*Penting* <b>teks</b> {x} # 1_000 & [a](b)', '1. Bukan daftar']);
  });

  it('archives a line that MDX would run as code, as the text it is', async () => {
    const { draft } = await imported('Judul\nimport x from "y"\n---\nexport default 1\nSumber : medcom.id', {
      published: '2022-01-12',
    });
    const body = draft.mdx.split(/^---$/m)[2]!;
    expect(body).toContain('\n&#105;mport x from "y"\n\n\\---\n\n&#101;xport default 1\n');
    expect(paragraphs(body)).toEqual(['import x from "y"', '---', 'export default 1']);
  });

  it('leaves out a dateline whose place is unknown, with a warning', async () => {
    const { draft, warnings } = await imported('Judul\nKONTAN.CO.ID - JAKARTA. Isi, Rabu (12/1/2022).');
    expect(draft.frontmatter.dateline).toBeUndefined();
    expect(draft.frontmatter.publisher).toBe('kontan');
    expect(warnings).toContainEqual(
      expect.stringMatching(/^dateline: "KONTAN\.CO\.ID - JAKARTA\." names "JAKARTA"/),
    );
  });

  it('warns about a quoted source that is not in publishers.yaml', async () => {
    const { warnings } = await imported(
      'Judul\nIsi, dilansir dari Xinhua, Rabu (12/1/2022).\nSumber : medcom.id',
    );
    expect(warnings).toContainEqual(
      'cited: "Xinhua" (paragraph 1, after "dilansir dari") is not in publishers.yaml; to list it in cited, add it in the same command with --new-publisher "name=Xinhua,url=https://…,kind=agency"',
    );
  });

  it('lists an agency in a "Sumber" credit as wire, not as cited', async () => {
    const { draft } = await imported(
      'Judul\nIsi, melansir Reuters, Rabu (12/1/2022).\nSumber: Reuters | Editor: Ani',
      {
        publisher: 'kontan',
      },
    );
    expect(draft.frontmatter.wire).toEqual(['reuters']);
    expect(draft.frontmatter.cited).toBeUndefined();
  });

  it('dates "archived" on the day of "now" in Asia/Jakarta unless given', async () => {
    const late = new Date('2026-11-23T18:00:00Z');
    expect((await imported(simple, { now: late })).draft.frontmatter.archived).toBe('2026-11-24');
    expect((await imported(simple, { now: late, archived: '2026-01-02' })).draft.frontmatter.archived).toBe(
      '2026-01-02',
    );
  });

  it('gives the same bytes for the same input', async () => {
    expect((await imported(kontan)).draft.mdx).toBe((await imported(kontan)).draft.mdx);
  });

  it('writes quoted dates and the MDX shape the archive expects', async () => {
    const { mdx } = (await imported(simple)).draft;
    expect(mdx).toMatch(/^---\ntitle: Judul Berita\n/);
    expect(mdx).toContain('\npublished: "2022-01-12"\n');
    expect(mdx).toContain('\narchived: "2026-11-23"\n');
    expect(mdx.endsWith('---\n\nMedcom - isi berita, Rabu (12/1/2022).\n')).toBe(true);
    expect(splitMdx(mdx).frontmatter.published).toBe('2022-01-12');
  });
});
