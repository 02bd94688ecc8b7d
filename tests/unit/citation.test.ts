import { describe, expect, it } from 'vitest';
import { apaCitation, bibtexCitation, type CitableArticle, escapeTex } from '../../src/lib/citation.ts';
import { parseArchiveDate } from '../../src/lib/dates.ts';

const date = (value: string) => {
  const result = parseArchiveDate(value);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
};

const kontan: CitableArticle = {
  id: 'nato-jadwalkan-dewan-nato-rusia',
  title: 'NATO Jadwalkan Pertemuan Dewan NATO-Rusia di Brussel pada 12 Januari',
  titleDevised: true,
  publisherId: 'kontan',
  publisherName: 'kontan.co.id',
  wireNames: ['Reuters'],
  editor: 'Noverius Laoli',
  published: date('2022-01-04'),
  archived: date('2026-11-23'),
  archiveUrl: 'https://kliping.example.org/artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/',
};

describe('apaCitation', () => {
  it('names the outlet, the Indonesian date, the devised title in brackets, the wire and the archived copy', () => {
    expect(apaCitation(kontan)).toBe(
      'kontan.co.id. (2022, 4 Januari). [NATO Jadwalkan Pertemuan Dewan NATO-Rusia di Brussel pada 12 Januari] Berdasarkan laporan Reuters. Diarsipkan oleh Kliping pada 23 November 2026 dari https://kliping.example.org/artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/',
    );
  });

  it('keeps a captured title as it is, and gives the original URL when known', () => {
    const medcom = {
      ...kontan,
      title: 'Pertemuan Dimulai',
      titleDevised: false,
      wireNames: [],
      publisherName: 'medcom.id',
      published: date('2022-01-12'),
      originalUrl: 'https://www.medcom.id/x',
    };
    expect(apaCitation(medcom)).toBe(
      'medcom.id. (2022, 12 Januari). Pertemuan Dimulai. https://www.medcom.id/x. Diarsipkan oleh Kliping pada 23 November 2026 dari https://kliping.example.org/artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/',
    );
  });
});

describe('apaCitation, the date at its precision', () => {
  it('gives the day and month of a date known to the minute, without its time (a bug: it printed the year twice)', () => {
    expect(apaCitation({ ...kontan, published: date('2022-01-07T20:00+07:00') })).toMatch(
      /^kontan\.co\.id\. \(2022, 7 Januari\)\. /,
    );
  });

  it('gives the month alone, or the year alone, when that is all that is known', () => {
    expect(apaCitation({ ...kontan, published: date('2022-01') })).toMatch(
      /^kontan\.co\.id\. \(2022, Januari\)\. /,
    );
    expect(apaCitation({ ...kontan, published: date('2022') })).toMatch(/^kontan\.co\.id\. \(2022\)\. /);
  });
});

describe('bibtexCitation', () => {
  it('is a biblatex @online entry with the original date, the archive URL and its capture date', () => {
    expect(bibtexCitation(kontan)).toBe(`@online{kontan2022nato,
  author = {{kontan.co.id}},
  title = {{[NATO Jadwalkan Pertemuan Dewan NATO-Rusia di Brussel pada 12 Januari]}},
  date = {2022-01-04},
  organization = {kontan.co.id},
  editor = {Noverius Laoli},
  url = {https://kliping.example.org/artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/},
  urldate = {2026-11-23},
  langid = {indonesian},
  note = {Berdasarkan laporan Reuters. Judul disusun oleh arsip. Salinan arsip Kliping},
}`);
  });

  it('escapes what TeX would read as commands', () => {
    expect(escapeTex('50% & $5 #1 a_b {x} ~ ^ \\')).toBe(
      '50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(bibtexCitation({ ...kontan, title: 'Harga naik 5% & {turun}' })).toContain(
      'title = {{[Harga naik 5\\% \\& \\{turun\\}]}}',
    );
  });
});
