/**
 * Real builds over broken copies of the content. Each must stop (a non-zero exit, nothing
 * written to dist/) and list every problem at once, each naming the file, the line and
 * column, the field, the bad value and what was expected. Each class of bad input the archive
 * refuses is here at least once; tests/unit/content.test.ts has the full catalogue over the
 * same reader, which is fast enough to try every case.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../support/build.ts';
import { CONTENT } from '../support/paths.ts';

const MEDCOM = 'articles/pertemuan-nato-rusia-dimulai.mdx';
const KONTAN = 'articles/nato-jadwalkan-dewan-nato-rusia.mdx';
const scratch = mkdtempSync(join(tmpdir(), 'kliping-bad-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds a copy of the content after `change` edits it; the build must fail and write no page. */
function buildBroken(
  name: string,
  change: (dir: string, edit: (file: string, f: (text: string) => string) => void) => void,
) {
  const dir = join(scratch, name);
  const content = join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  change(content, (file, f) =>
    writeFileSync(join(content, file), f(readFileSync(join(content, file), 'utf8'))),
  );
  const outDir = join(dir, 'dist');
  const result = build({ content, outDir, cacheDir: join(dir, 'cache') });
  expect(result.status, result.output).not.toBe(0);
  expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  // Every line of the report, without the content folder's own path.
  return result.output.replaceAll(`${content}/`, 'content/');
}

describe('a build over bad content stops and names every problem at once', () => {
  let output: string;
  beforeAll(() => {
    output = buildBroken('many', (dir, edit) => {
      // 1. Data files read strictly: a tab, a duplicate id.
      edit('publishers.yaml', (t) => t.replace('  kind: agency', '\tkind: agency'));
      edit(
        'entities.yaml',
        (t) => `${t}- id: nato\n  name: NATO lagi\n  kind: organisation\n  description: Dua kali.\n`,
      );
      // 2. Paragraph numbers anchored to the capture: the headline repeated in the body; a
      //    "Baca Juga" line unwrapped; a citation whose words are not in its paragraph.
      edit(MEDCOM, (t) =>
        t.replace(
          '\n\nPertemuan antara',
          '\n\nPertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan\n\nPertemuan antara',
        ),
      );
      edit(KONTAN, (t) => t.replace(/<BacaJuga>(Baca Juga: Tidak Ada[^<]*)<\/BacaJuga>/, '$1'));
      edit('events.yaml', (t) =>
        t.replace(
          'paragraph: 14\n      quote: Para menteri luar negeri Uni Eropa',
          'paragraph: 13\n      quote: Para menteri luar negeri Uni Eropa',
        ),
      );
      // 3. Only what was captured shown as captured: a credit the capture does not have.
      edit(KONTAN, (t) =>
        t.replace(
          '  - "Sumber: Reuters | Editor: Noverius Laoli"',
          '  - "Sumber: Reuters | Editor: Noverius Laoli"\n  - "Foto: Reuters"',
        ),
      );
      // 5. A capture that is a symbolic link to a file outside the project.
      const outside = join(scratch, 'rahasia.txt');
      writeFileSync(outside, readFileSync(join(dir, 'captures/000_a0787a86cb8f5b8c.txt')));
      cpSync(join(dir, MEDCOM), join(dir, 'articles/salinan.mdx'));
      edit('articles/salinan.mdx', (t) =>
        t
          .replace('captures/000_a0787a86cb8f5b8c.txt', 'captures/salinan.txt')
          .replace('\ncapture:', '\nslug: salinan\ncapture:'),
      );
      symlinkSync(outside, join(dir, 'captures/salinan.txt'));
      // 7. Dates: archived before published.
      edit(MEDCOM, (t) => t.replace('archived: "2026-11-23"', 'archived: "2022-01-11"'));
      // 8. Files and names: an .md file and a name that is not a slug.
      writeFileSync(join(dir, 'articles/catatan.md'), '# catatan\n');
      writeFileSync(join(dir, 'articles/Berita Baru.mdx'), '---\n---\n');
      // 9. References of the right kind: a person as the dateline place.
      edit(KONTAN, (t) => t.replace('  place: brussel', '  place: jens-stoltenberg'));
    });
  });

  it('says how many problems there are and that nothing was built', () => {
    expect(output).toMatch(/The archive's content has 11 problems; nothing was built:/);
  });

  it('data files: a tab and a duplicate id, with their lines (both places for the id)', () => {
    expect(output).toMatch(/content\/publishers\.yaml:\d+:1: a tab indents this line; expected spaces/);
    expect(output).toMatch(
      /content\/entities\.yaml:\d+:7: id: "nato" is used twice, first at content\/entities\.yaml:\d+:7; expected every record to have its own id/,
    );
  });

  it('captured lines in the wrong role, and a citation that points at another paragraph', () => {
    expect(output).toContain(
      `content/${MEDCOM}: body: paragraph 1 is the capture's headline (line 1), which is the title; expected the story to hold only the capture's story and "read also" lines (capture: content/captures/000_a0787a86cb8f5b8c.txt)`,
    );
    expect(output).toMatch(
      /nato-jadwalkan-dewan-nato-rusia\.mdx: body: paragraph 9 is capture line 11, a "read also" line; expected it as <BacaJuga>/,
    );
    expect(output).toMatch(
      /content\/events\.yaml:\d+:\d+ \(event "menlu-uni-eropa-bahas-langkah"\): citations\[0\]\.quote: "Para menteri luar negeri Uni Eropa diperkirakan .*" is not in paragraph 13 of "nato-jadwalkan-dewan-nato-rusia" \(they are in paragraph 14\)/,
    );
  });

  it('a credit the capture does not have', () => {
    expect(output).toMatch(
      /nato-jadwalkan-dewan-nato-rusia\.mdx:\d+:5: credits\[1\]: "Foto: Reuters" is not a credit line of the capture; expected only the capture's credit lines \(1\)/,
    );
  });

  it('a capture that is a symbolic link: named, never read', () => {
    expect(output).toMatch(
      /articles\/salinan\.mdx:\d+:10: capture: content\/captures\/salinan\.txt is a symbolic link; expected the capture itself, a regular file/,
    );
  });

  it('dates, file names and the kind of a reference', () => {
    expect(output).toMatch(
      /pertemuan-nato-rusia-dimulai\.mdx:\d+:11: archived: "2022-01-11" is before the publication date "2022-01-12"/,
    );
    expect(output).toContain(
      'content/articles/catatan.md: is not an .mdx file; expected only article files, <slug>.mdx, in content/articles/',
    );
    expect(output).toContain(
      'content/articles/Berita Baru.mdx: the file name "Berita Baru.mdx" is not a slug;',
    );
    expect(output).toMatch(
      /nato-jadwalkan-dewan-nato-rusia\.mdx:\d+:10: dateline\.place: "jens-stoltenberg" is a person in content\/entities\.yaml, not a place or country/,
    );
  });

  it('prints no stack trace and no capture text beyond a short excerpt', () => {
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('Rusia berulang kali membantah tuduhan tersebut');
  });
});

describe('a build over a broken data file, or a capture that is not plain UTF-8 text, stops', () => {
  it('an unclosed bracket in events.yaml and an empty entities.yaml never become an empty timeline', () => {
    const output = buildBroken('data', (dir, edit) => {
      edit('events.yaml', (t) =>
        t.replace(
          '  entities: [dewan-nato-rusia, nato, rusia]\n',
          '  entities: [dewan-nato-rusia, nato, rusia\n',
        ),
      );
      writeFileSync(join(dir, 'entities.yaml'), '');
    });
    expect(output).toMatch(/content\/events\.yaml:\d+:\d+: /);
    expect(output).toContain(
      'content/entities.yaml: is empty; expected a YAML list of people, organisations, countries and places (write [] for none)',
    );
  });

  it('a control character, an invalid byte, and the year 0000', () => {
    const output = buildBroken('bytes', (dir, edit) => {
      edit('captures/000_a0787a86cb8f5b8c.txt', (t) =>
        t.replace('Brussels, Belgia', 'Brussels,\u0007 Belgia'),
      );
      writeFileSync(
        join(dir, 'captures/004_98662811586fdaa1.txt'),
        Buffer.concat([
          readFileSync(join(dir, 'captures/004_98662811586fdaa1.txt')),
          Buffer.from([0xc3, 0x28]),
        ]),
      );
      edit(KONTAN, (t) => t.replace('published: "2022-01-04"', 'published: "0000-01-04"'));
    });
    expect(output).toMatch(
      /capture: content\/captures\/000_a0787a86cb8f5b8c\.txt has the control character U\+0007 at line 2, column \d+ \(byte offset \d+\)/,
    );
    expect(output).toMatch(
      /published: "0000-01-04" has the year 0000, which the calendar does not have; expected 0001–9999/,
    );
    const kontan = buildBroken('utf8', (dir) =>
      writeFileSync(
        join(dir, 'captures/004_98662811586fdaa1.txt'),
        Buffer.concat([
          readFileSync(join(dir, 'captures/004_98662811586fdaa1.txt')),
          Buffer.from([0xc3, 0x28]),
        ]),
      ),
    );
    expect(kontan).toMatch(
      /capture: content\/captures\/004_98662811586fdaa1\.txt is not UTF-8 text: the byte 0xc3 at byte offset \d+ starts no valid UTF-8 character/,
    );
  });
});
