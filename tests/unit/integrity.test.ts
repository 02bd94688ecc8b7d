import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../src/lib/integrity';
import { committedArchive } from '../support/archive';

const MEDCOM = 'content/articles/pertemuan-nato-rusia-dimulai.mdx';

/** The committed archive with one article changed. */
function withMedcom(change: (article: ReturnType<typeof committedArchive>['articles'][number]) => object) {
  const archive = committedArchive();
  return {
    ...archive,
    articles: archive.articles.map((a) => (a.file === MEDCOM ? { ...a, ...change(a) } : a)),
  };
}

describe('checkArchive', () => {
  it('finds nothing wrong with the committed archive', () => {
    expect(checkArchive(committedArchive())).toEqual([]);
  });

  it('names an unknown publisher and the publishers it knows', () => {
    const archive = withMedcom((a) => ({ data: { ...a.data, publisher: 'detik' } }));
    expect(checkArchive(archive)).toEqual([
      `${MEDCOM}: publisher: "detik" is not in content/publishers.yaml; expected one of: kontan, medcom`,
    ]);
  });

  it('names an unknown entity and an agency used as an outlet', () => {
    const archive = withMedcom((a) => ({
      data: { ...a.data, entities: ['nato', 'atlantis'], wire: ['medcom'] },
    }));
    expect(checkArchive(archive)).toEqual([
      `${MEDCOM}: wire[0]: "medcom" is not in content/publishers.yaml; expected one of: anadolu, reuters`,
      expect.stringMatching(
        /^content\/articles\/pertemuan-nato-rusia-dimulai\.mdx: entities\[1\]: "atlantis" is not in content\/entities\.yaml; expected one of: amerika-serikat, brussel, /,
      ),
    ]);
  });

  it('names a citation of a paragraph that does not exist', () => {
    const archive = committedArchive();
    const event = archive.events.find((e) => e.id === 'nato-bekukan-kerja-sama-2014')!;
    event.citations[0]!.paragraph = 10;
    expect(checkArchive(archive)).toEqual([
      'content/events.yaml (event "nato-bekukan-kerja-sama-2014"): citations[0].paragraph: 10 does not exist in "pertemuan-nato-rusia-dimulai"; expected 1–9',
    ]);
  });

  it('names a citation of an article that does not exist', () => {
    const archive = committedArchive();
    archive.events[0]!.citations[0]!.article = 'tidak-ada';
    expect(checkArchive(archive)[0]).toMatch(
      /^content\/events\.yaml \(event "dewan-nato-rusia-sejak-2002"\): citations\[0\]\.article: "tidak-ada" is not in content\/articles\/; expected one of: /,
    );
  });

  it('names two articles with the same URL', () => {
    const archive = committedArchive();
    const [kontan, medcom] = archive.articles;
    const clash = {
      ...kontan!,
      id: 'salinan',
      file: 'content/articles/salinan.mdx',
      data: { ...kontan!.data, slug: kontan!.id },
    };
    expect(checkArchive({ ...archive, articles: [kontan!, medcom!, clash] })).toEqual([
      'content/articles/salinan.mdx: slug: /artikel/2022/01/04/nato-jadwalkan-dewan-nato-rusia/ is also the URL of content/articles/nato-jadwalkan-dewan-nato-rusia.mdx; expected every article to have its own URL (set a different "slug")',
    ]);
  });

  it('names an empty body', () => {
    const problems = checkArchive(withMedcom(() => ({ body: '\n\n' })));
    expect(problems[0]).toBe(`${MEDCOM}: body: is empty; expected the captured paragraphs, one per block`);
  });

  it('names a missing capture file', () => {
    const problems = checkArchive(withMedcom(() => ({ capture: undefined })));
    expect(problems).toEqual([
      `${MEDCOM}: capture: "content/captures/000_a0787a86cb8f5b8c.txt" does not exist; expected the raw capture file`,
    ]);
  });

  it('names a captured paragraph that the article lost (nothing lost)', () => {
    const problems = checkArchive(
      withMedcom((a) => ({ body: a.body.split('\n\n').slice(0, -1).join('\n\n') })),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/articles\/pertemuan-nato-rusia-dimulai\.mdx: body: capture line 10 is not in the article: "Ketegangan saat ini/,
      ),
    ]);
  });

  it('names a paragraph edited away from the capture, e.g. the year "corrected" in the text', () => {
    const problems = checkArchive(
      withMedcom((a) => ({ body: a.body.replace('12 Januari 2021', '12 Januari 2022') })),
    );
    expect(problems).toEqual([
      `${MEDCOM}: body: paragraph 1 differs from capture line 2 at column 125: the capture has "1. Pertemuan akan membahas mas…", the article "2. Pertemuan akan membahas mas…" (capture: content/captures/000_a0787a86cb8f5b8c.txt)`,
    ]);
  });
});
