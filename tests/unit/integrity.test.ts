/**
 * checkArchive: the references across collections, over the committed archive as the build
 * reads it, each time with one thing changed.
 */
import { describe, expect, it } from 'vitest';
import { type ArchiveInput, checkArchive } from '../../src/lib/integrity.ts';
import { committedArchive } from '../support/archive.ts';

const MEDCOM = 'content/articles/pertemuan-nato-rusia-dimulai.mdx';
const committed = await committedArchive();

/** A copy of the committed archive (data deep-copied, locations kept) to change. */
function copy(): ArchiveInput & { articles: ArchiveInput['articles'][number][] } {
  const clone = <T extends { data: unknown }>(record: T): T => ({
    ...record,
    data: structuredClone(record.data),
  });
  return {
    articles: committed.articles.map(clone),
    events: committed.events.map(clone),
    publishers: committed.publishers.map(clone),
    entities: committed.entities.map(clone),
  };
}

function medcom(archive: ArchiveInput) {
  return archive.articles.find((a) => a.file === MEDCOM)!;
}

function event(archive: ArchiveInput, id: string) {
  return archive.events.find((e) => e.data.id === id)!.data;
}

describe('checkArchive', () => {
  it('finds nothing wrong with the committed archive', () => {
    expect(committed.problems).toEqual([]);
    expect(checkArchive(copy())).toEqual([]);
  });

  it('names an unknown publisher, the line it is on, and the outlets it knows', () => {
    const archive = copy();
    medcom(archive).data.publisher = 'detik';
    expect(checkArchive(archive)).toEqual([
      `${MEDCOM}:10:12: publisher: "detik" is not an outlet in content/publishers.yaml; expected one of: kontan, medcom`,
    ]);
  });

  it('names an agency used as an outlet, an outlet used as a wire, and an unknown entity', () => {
    const archive = copy();
    Object.assign(medcom(archive).data, {
      publisher: 'reuters',
      entities: ['nato', 'atlantis'],
      wire: ['medcom'],
    });
    expect(checkArchive(archive)).toEqual([
      expect.stringMatching(
        /:10:12: publisher: "reuters" is an agency in content\/publishers\.yaml, not an outlet; expected one of: kontan, medcom$/,
      ),
      expect.stringMatching(
        /: wire\[0\]: "medcom" is an outlet in content\/publishers\.yaml, not an agency; expected one of: anadolu, reuters$/,
      ),
      expect.stringMatching(
        /: entities\[1\]: "atlantis" is not in content\/entities\.yaml; expected one of: amerika-serikat, brussel, /,
      ),
    ]);
  });

  it('names a person given as a dateline place or an event place', () => {
    const archive = copy();
    const kontan = archive.articles.find((a) => a.id === 'nato-jadwalkan-dewan-nato-rusia')!;
    kontan.data.dateline = { text: 'KONTAN.CO.ID - BRUSSELS.', place: 'jens-stoltenberg' };
    event(archive, 'pembicaraan-osce-wina').place = 'osce';
    expect(checkArchive(archive)).toEqual([
      expect.stringMatching(
        /: dateline\.place: "jens-stoltenberg" is a person in content\/entities\.yaml, not a place or country; expected one of: amerika-serikat, brussel, georgia/,
      ),
      expect.stringMatching(
        /^content\/events\.yaml:\d+:\d+ \(event "pembicaraan-osce-wina"\): place: "osce" is an organisation in content\/entities\.yaml, not a place or country/,
      ),
    ]);
  });

  it('names a citation of a paragraph that does not exist, at its line in events.yaml', () => {
    const archive = copy();
    event(archive, 'nato-bekukan-kerja-sama-2014').citations[0]!.paragraph = 10;
    expect(checkArchive(archive)).toEqual([
      expect.stringMatching(
        /^content\/events\.yaml:\d+:\d+ \(event "nato-bekukan-kerja-sama-2014"\): citations\[0\]\.paragraph: 10 does not exist in "pertemuan-nato-rusia-dimulai"; expected 1–9$/,
      ),
    ]);
  });

  it('names a note about a paragraph that does not exist, at its line in the article', () => {
    const archive = copy();
    medcom(archive).data.notes[0]!.paragraph = 12;
    expect(checkArchive(archive)).toEqual([
      expect.stringMatching(
        /^content\/articles\/pertemuan-nato-rusia-dimulai\.mdx:\d+:\d+: notes\[0\]\.paragraph: 12 does not exist; expected 1–9, a story paragraph of this article$/,
      ),
    ]);
  });

  it('names a citation whose words are not in the paragraph it cites, and where they are', () => {
    const archive = copy();
    event(archive, 'nato-bekukan-kerja-sama-2014').citations[0]!.paragraph = 5;
    event(archive, 'ketegangan-nato-rusia-2021').citations[0]!.quote = 'kata-kata yang tidak ada';
    expect(checkArchive(archive)).toEqual([
      expect.stringMatching(
        /citations\[0\]\.quote: "sejak NATO membekukan semua kerja sama praktis dengan Rusia pada 2014" is not in paragraph 5 of "pertemuan-nato-rusia-dimulai" \(they are in paragraph 4\); expected words of that paragraph exactly as captured, which begins "Pertemuan hari ini/,
      ),
      expect.stringMatching(
        /"kata-kata yang tidak ada" is not in paragraph 5 .*\(no paragraph of the article has them\)/,
      ),
    ]);
  });

  it('names a citation of an article that does not exist', () => {
    const archive = copy();
    archive.events[0]!.data.citations[0]!.article = 'tidak-ada';
    expect(checkArchive(archive)[0]).toMatch(
      /^content\/events\.yaml:\d+:\d+ \(event "dewan-nato-rusia-sejak-2002"\): citations\[0\]\.article: "tidak-ada" is not in content\/articles\/; expected one of: nato-jadwalkan-dewan-nato-rusia, pertemuan-nato-rusia-dimulai$/,
    );
  });

  it('names two articles with the same URL, letter case aside', () => {
    const archive = copy();
    const [kontan] = archive.articles;
    archive.articles.push({
      ...kontan!,
      id: 'salinan',
      file: 'content/articles/salinan.mdx',
      at: () => 'content/articles/salinan.mdx:3:7',
      data: { ...kontan!.data, slug: kontan!.id },
    });
    expect(checkArchive(archive)).toEqual([
      'content/articles/salinan.mdx:3:7: slug: /artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/ is also the URL of content/articles/nato-jadwalkan-dewan-nato-rusia.mdx (letter case aside); expected every article to have its own URL (set a different "slug")',
    ]);
  });

  it('names an article with no story paragraph once, and no citation problem for it', () => {
    const archive = copy();
    medcom(archive).blocks = [];
    expect(checkArchive(archive)).toEqual([
      `${MEDCOM}: body: has no story paragraph; expected the captured paragraphs, one per block`,
    ]);
  });

  it('checks no reference into a data file that could not be read (its own problem says why)', () => {
    const archive = { ...copy(), entities: [], unreadable: new Set(['content/entities.yaml']) };
    expect(checkArchive(archive)).toEqual([]);
    expect(checkArchive({ ...archive, unreadable: undefined })[0]).toMatch(/expected one of: \(none\)$/);
  });

  it('accepts a "read also" line linked to another archived article', () => {
    const archive = copy();
    const kontan = archive.articles.find((a) => a.id === 'nato-jadwalkan-dewan-nato-rusia')!;
    kontan.data.readAlsoLinks = [
      {
        line: 'Baca Juga: Pasca Putin berbicara dengan Biden, Ini Tanggapan Kremlin',
        article: 'pertemuan-nato-rusia-dimulai',
      },
    ];
    expect(checkArchive(archive)).toEqual([]);
  });

  it('names a read-also link whose line is no "read also" line, is linked twice, or whose article is unknown or itself', () => {
    const archive = copy();
    const kontan = archive.articles.find((a) => a.id === 'nato-jadwalkan-dewan-nato-rusia')!;
    const line = 'Baca Juga: Pasca Putin berbicara dengan Biden, Ini Tanggapan Kremlin';
    kontan.data.readAlsoLinks = [
      { line: 'Baca Juga: Berita yang tidak ada', article: 'pertemuan-nato-rusia-dimulai' },
      { line, article: 'tidak-ada' },
      { line, article: 'nato-jadwalkan-dewan-nato-rusia' },
    ];
    expect(checkArchive(archive)).toEqual([
      expect.stringMatching(
        /: readAlsoLinks\[0\]\.line: "Baca Juga: Berita yang tidak ada" is not a "read also" line of this article; expected one of its <BacaJuga> lines exactly as captured \("Baca Juga: Pasca Putin/,
      ),
      expect.stringMatching(
        /: readAlsoLinks\[1\]\.article: "tidak-ada" is not in content\/articles\/; expected one of: nato-jadwalkan-dewan-nato-rusia, pertemuan-nato-rusia-dimulai$/,
      ),
      expect.stringMatching(
        /: readAlsoLinks\[2\]\.line: ".*" is linked twice; expected one link for a line$/,
      ),
      expect.stringMatching(
        /: readAlsoLinks\[2\]\.article: "nato-jadwalkan-dewan-nato-rusia" is this article itself; expected another archived article$/,
      ),
    ]);
  });
});
