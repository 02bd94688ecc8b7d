/**
 * readContent, the build's reader of the content folder, over copies of the committed content
 * with one thing broken each time: every class of bad input is named with its file, its line
 * (and column), the field, the bad value and what was expected; nothing is skipped or left empty.
 * (tests/build/bad-input.test.ts proves the same messages stop a real build.)
 */
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content.ts';
import { CONTENT } from '../support/paths.ts';

const MEDCOM = 'articles/pertemuan-nato-rusia-dimulai.mdx';
const KONTAN = 'articles/nato-jadwalkan-dewan-nato-rusia.mdx';
const MEDCOM_CAPTURE = 'captures/000_a0787a86cb8f5b8c.txt';
const scratch = mkdtempSync(join(tmpdir(), 'kliping-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** Reads a copy of the content after `change` edits it; returns the problems, named from the copy's parent. */
async function problemsAfter(
  change: (dir: string, edit: (file: string, f: (text: string) => string) => void) => void,
) {
  const root = join(scratch, String(++copies));
  const dir = join(root, 'content');
  cpSync(CONTENT, dir, { recursive: true });
  change(dir, (file, f) => writeFileSync(join(dir, file), f(readFileSync(join(dir, file), 'utf8'))));
  const result = await readContent(dir, root);
  if (process.env.DEBUG_PROBLEMS) console.log(result.problems);
  return result.problems;
}

describe('every data file is read strictly', () => {
  it('a duplicate key, a tab and an unclosed bracket: the file, line, column and what is wrong', async () => {
    const problems = await problemsAfter((_, edit) => {
      edit('events.yaml', (t) => t.replace("  date: '2014'\n", "  date: '2014'\n  date: '2015'\n"));
      edit('entities.yaml', (t) => t.replace('  kind: person\n', '\tkind: person\n'));
      edit('publishers.yaml', (t) => t.replace('kind: outlet', 'kind: [outlet'));
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^content\/events\.yaml:\d+:3: the key "date" appears twice in the same record; expected each field once$/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^content\/entities\.yaml:\d+:1: a tab indents this line; expected spaces/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^content\/publishers\.yaml:\d+:\d+: /));
    // A file that cannot be read is not also reported as "every reference into it is unknown".
    expect(problems.join('\n')).not.toMatch(/expected one of: \(none\)|expected one of: $/m);
  });

  it('an empty file, and a file that is not a list', async () => {
    const problems = await problemsAfter((dir) => {
      writeFileSync(join(dir, 'events.yaml'), '# nothing yet\n');
      writeFileSync(join(dir, 'publishers.yaml'), 'medcom: medcom.id\n');
    });
    expect(problems).toContain(
      'content/events.yaml: is empty; expected a YAML list of events (write [] for none)',
    );
    expect(problems).toContain(
      'content/publishers.yaml:1:1: is not a list; expected a YAML list of outlets and agencies, each record starting with "- id: …"',
    );
  });

  it('a duplicate id: both places', async () => {
    const problems = await problemsAfter((_, edit) =>
      edit('events.yaml', (t) =>
        t.replace('- id: nato-bekukan-kerja-sama-2014', '- id: dewan-nato-rusia-sejak-2002'),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/events\.yaml:1\d:7: id: "dewan-nato-rusia-sejak-2002" is used twice, first at content\/events\.yaml:5:7; expected every record to have its own id$/,
      ),
    ]);
  });

  it('a duplicate id in publishers.yaml and in entities.yaml: both places', async () => {
    const problems = await problemsAfter((_, edit) => {
      edit('publishers.yaml', (t) => t.replace('- id: kontan', '- id: medcom'));
      edit('entities.yaml', (t) => t.replace('- id: rusia', '- id: nato'));
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/publishers\.yaml:\d+:7: id: "medcom" is used twice, first at content\/publishers\.yaml:\d+:7; expected every record to have its own id$/,
        ),
        expect.stringMatching(
          /^content\/entities\.yaml:\d+:7: id: "nato" is used twice, first at content\/entities\.yaml:\d+:7; expected every record to have its own id$/,
        ),
      ]),
    );
  });

  it('a record that fails its schema: the line of the field', async () => {
    const problems = await problemsAfter((_, edit) =>
      edit('entities.yaml', (t) => t.replace('  kind: person', '  kind: tokoh')),
    );
    expect(problems[0]).toMatch(
      /^content\/entities\.yaml:\d+:9: "jens-stoltenberg": kind: Invalid option: expected one of "person"/,
    );
  });
});

describe('paragraph numbers are anchored to the capture, not to the copy', () => {
  it('a story line moved into credits', async () => {
    const problems = await problemsAfter((_, edit) =>
      edit(KONTAN, (t) =>
        t
          .replace(
            'credits:\n',
            'credits:\n  - "Uni Eropa melihat Ukraina sebagai \\"mitra strategis\\", kata juru bicara itu."\n',
          )
          .replace('\nUni Eropa melihat Ukraina sebagai "mitra strategis", kata juru bicara itu.\n', '\n'),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /nato-jadwalkan-dewan-nato-rusia\.mdx:\d+:\d+: credits\[0\]: "Uni Eropa melihat Ukraina .*" is not capture line 1, the credit line "Sumber: Reuters \| Editor: Noverius Laoli"/,
      ),
      expect.stringMatching(
        /credits\[1\]: "Sumber: Reuters \| Editor: Noverius Laoli" is not a credit line of the capture/,
      ),
      expect.stringMatching(/body: capture line 17 is not in the article: "Uni Eropa melihat Ukraina/),
    ]);
  });

  it('the headline repeated as the first paragraph', async () => {
    const problems = await problemsAfter((_, edit) =>
      edit(MEDCOM, (t) =>
        t.replace(
          '\n\nPertemuan antara',
          '\n\nPertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan\n\nPertemuan antara',
        ),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/articles\/pertemuan-nato-rusia-dimulai\.mdx: body: paragraph 1 is the capture's headline \(line 1\), which is the title; expected the story to hold only/,
      ),
    ]);
  });

  it('a "Baca Juga" line left unwrapped', async () => {
    const problems = await problemsAfter((_, edit) =>
      edit(KONTAN, (t) =>
        t.replace(
          '<BacaJuga>Baca Juga: Pasca Putin berbicara dengan Biden, Ini Tanggapan Kremlin</BacaJuga>',
          'Baca Juga: Pasca Putin berbicara dengan Biden, Ini Tanggapan Kremlin',
        ),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /body: paragraph 5 is capture line 6, a "read also" line; expected it as <BacaJuga>…<\/BacaJuga>, not as a story paragraph \(which would renumber every paragraph after it\)/,
      ),
    ]);
  });

  it('paragraphs swapped, one lost, one edited: each named by its capture line', async () => {
    const problems = await problemsAfter((_, edit) =>
      edit(MEDCOM, (t) => {
        const [head, body] = [t.slice(0, t.lastIndexOf('---\n') + 4), t.slice(t.lastIndexOf('---\n') + 4)];
        const blocks = body.trim().split('\n\n');
        [blocks[1], blocks[2]] = [blocks[2]!, blocks[1]!];
        blocks.pop();
        blocks[4] = blocks[4]!.replace('konsultatif', 'konsultasi');
        return `${head}\n${blocks.join('\n\n')}\n`;
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/body: capture line 3 is not in the article: "Sekretaris Jenderal NATO/),
      expect.stringMatching(/body: paragraph 3 is not a line of the capture: "Sekretaris Jenderal NATO/),
      expect.stringMatching(
        /body: paragraph 5 differs from capture line 6 at column 43: the capture has "tif, dan dipandang/,
      ),
      expect.stringMatching(/body: capture line 10 is not in the article: "Ketegangan saat ini/),
    ]);
  });
});

describe('only what was captured is shown as captured', () => {
  it('a credit that is not a line of the capture, a title that is not the headline', async () => {
    const problems = await problemsAfter((_, edit) =>
      edit(MEDCOM, (t) =>
        t
          .replace(
            'title: Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan',
            'title: Pertemuan NATO-Rusia Dimulai',
          )
          .replace('  - "Gambar : medcom.id"', '  - "Gambar : medcom.id"\n  - "Editor: Fulan"'),
      ),
    );
    expect(problems).toEqual([
      'content/articles/pertemuan-nato-rusia-dimulai.mdx:2:8: title: "Pertemuan NATO-Rusia Dimulai" is not the capture\'s headline, line 1 "Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan" (they differ at column 29); expected the headline exactly, or "titleDevised: true" for a title the archive wrote (capture: content/captures/000_a0787a86cb8f5b8c.txt)',
      expect.stringMatching(
        /:\d+:5: credits\[2\]: "Editor: Fulan" is not a credit line of the capture; expected only the capture's credit lines \(2\)/,
      ),
    ]);
  });

  it('an editor, a byline, an image credit or a dateline that the capture does not have', async () => {
    const problems = await problemsAfter((_, edit) => {
      edit(KONTAN, (t) =>
        t
          .replace('editor: Noverius Laoli', 'editor: Fulan Bin Fulan')
          .replace('KONTAN.CO.ID - BRUSSELS.', 'JAKARTA.'),
      );
      edit(MEDCOM, (t) =>
        t.replace('imageCredit: medcom.id', 'imageCredit: Reuters/Yves Herman\nbyline: Siti Aminah'),
      );
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/articles\/nato-jadwalkan-dewan-nato-rusia\.mdx:\d+:9: editor: "Fulan Bin Fulan" is not in the capture; expected words of one of its lines exactly as captured/,
      ),
      expect.stringMatching(/nato-rusia\.mdx:\d+:9: dateline\.text: "JAKARTA\." is not in the capture/),
      expect.stringMatching(
        /^content\/articles\/pertemuan-nato-rusia-dimulai\.mdx:\d+:\d+: byline: "Siti Aminah" is not in the capture/,
      ),
      expect.stringMatching(
        /dimulai\.mdx:\d+:\d+: imageCredit: "Reuters\/Yves Herman" is not in the capture/,
      ),
    ]);
  });

  it('a capture without a headline given a title not marked devised', async () => {
    const problems = await problemsAfter((_, edit) =>
      edit(KONTAN, (t) => t.replace('titleDevised: true\n', '')),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /titleDevised: the capture has no headline \(its first line is a credit line\); expected "titleDevised: true" with a title the archive devised/,
      ),
    ]);
  });
});

describe('captures are regular UTF-8 files inside content/captures/', () => {
  it('a symbolic link, even to a file with the very same bytes, is refused without reading it', async () => {
    const outside = join(scratch, 'outside.txt');
    writeFileSync(outside, readFileSync(join(CONTENT, MEDCOM_CAPTURE)));
    const problems = await problemsAfter((dir) => {
      rmSync(join(dir, MEDCOM_CAPTURE));
      symlinkSync(outside, join(dir, MEDCOM_CAPTURE));
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /capture: content\/captures\/000_a0787a86cb8f5b8c\.txt is a symbolic link; expected the capture itself, a regular file/,
      ),
    ]);
  });

  it('a path that leaves the folder is refused by the schema', async () => {
    const problems = await problemsAfter((_, edit) =>
      edit(MEDCOM, (t) =>
        t.replace('capture: captures/000_a0787a86cb8f5b8c.txt', 'capture: captures/../../etc/passwd.txt'),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/capture: "captures\/\.\.\/\.\.\/etc\/passwd\.txt" is not a capture path/),
    ]);
  });

  it("an invalid byte: its offset, and never the capture's text", async () => {
    const problems = await problemsAfter((dir) =>
      appendFileSync(join(dir, MEDCOM_CAPTURE), Buffer.from([0x41, 0xe9, 0x42])),
    );
    const size = readFileSync(join(CONTENT, MEDCOM_CAPTURE)).length;
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `is not UTF-8 text: the byte 0xe9 at byte offset ${size + 1} starts no valid UTF-8 character; expected the capture saved as UTF-8$`,
        ),
      ),
    ]);
    expect(problems.join()).not.toContain('Pertemuan antara');
  });

  it('a control character: its line, column and byte offset', async () => {
    const problems = await problemsAfter((_, edit) =>
      edit(MEDCOM_CAPTURE, (t) => t.replace('Rabu, 12', 'Rabu,\u001b 12')),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /has the control character U\+001B at line 2, column \d+ \(byte offset \d+\); expected text/,
      ),
    ]);
  });

  it('a changed capture: both digests', async () => {
    const problems = await problemsAfter((_, edit) =>
      edit(MEDCOM_CAPTURE, (t) => t.replace('Rabu, 12 Januari 2021', 'Rabu, 12 Januari 2022')),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /:\d+:16: captureSha256: content\/captures\/000_a0787a86cb8f5b8c\.txt has the SHA-256 [0-9a-f]{64}, the article records 3b00883fea2081f28a3c4ed3d77b2360cf38a6463a87b6f02e0cac908c1bfaaf; expected the capture the article was made from, unchanged/,
      ),
    ]);
  });

  it('a capture that is missing, or a folder', async () => {
    const problems = await problemsAfter((dir) => {
      rmSync(join(dir, MEDCOM_CAPTURE));
      rmSync(join(dir, 'captures/004_98662811586fdaa1.txt'));
      mkdirSync(join(dir, 'captures/004_98662811586fdaa1.txt'));
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /nato-jadwalkan-dewan-nato-rusia\.mdx:\d+:10: capture: content\/captures\/004_98662811586fdaa1\.txt is not a regular file/,
      ),
      expect.stringMatching(
        /pertemuan-nato-rusia-dimulai\.mdx:\d+:10: capture: content\/captures\/000_a0787a86cb8f5b8c\.txt does not exist; expected the raw capture file/,
      ),
    ]);
  });
});

describe('outputs stay valid whatever the text: control characters in frontmatter are refused', () => {
  it('in the summary, the title and a credit', async () => {
    const problems = await problemsAfter((_, edit) =>
      edit(MEDCOM, (t) =>
        t
          .replace('summary: >-', 'summary: "Ringkasan\\u0007"\nx-summary: >-')
          .replace(/\nx-summary: >-\n( {2}.*\n)+/, '\n')
          .replace(
            'title: Pertemuan NATO-Rusia',
            'title: "Pertemuan\\u001bNATO-Rusia"\nx-title: Pertemuan NATO-Rusia',
          )
          .replace(/\nx-title: .*\n/, '\n')
          .replace('  - "Gambar : medcom.id"', '  - "Gambar :\\u0000medcom.id"'),
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /:\d+:10: summary: has the control character U\+0007 at column 10 \("Ringkasan"…\); expected text without control characters$/,
        ),
        expect.stringMatching(/:2:\d+: title: has the control character U\+001B at column 10/),
        expect.stringMatching(/:\d+:\d+: credits\[1\]: has the control character U\+0000 at column 9/),
      ]),
    );
  });
});

describe('dates', () => {
  it('a year below 100 is read as written; the year 0000 and archived before published are refused', async () => {
    const problems = await problemsAfter((_, edit) => {
      edit(MEDCOM, (t) => t.replace('published: "2022-01-12"', 'published: "0079-08-24"'));
      edit(KONTAN, (t) => t.replace('archived: "2026-11-23"', 'archived: "0000-01-01"'));
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /nato-jadwalkan-dewan-nato-rusia\.mdx:\d+:11: archived: "0000-01-01" has the year 0000, which the calendar does not have; expected 0001–9999/,
      ),
    );
    const later = await problemsAfter((_, edit) =>
      edit(MEDCOM, (t) => t.replace('archived: "2026-11-23"', 'archived: "2021-12-31"')),
    );
    expect(later).toEqual([
      expect.stringMatching(
        /:\d+:11: archived: "2021-12-31" is before the publication date "2022-01-12"; expected the capture to enter the archive on or after the day the article was published/,
      ),
    ]);
  });
});

describe('files and names', () => {
  it('an .md file, an .MDX file, a folder and a file name that is not a slug each stop the build', async () => {
    const problems = await problemsAfter((dir) => {
      writeFileSync(join(dir, 'articles/catatan.md'), 'x');
      writeFileSync(join(dir, 'articles/SALINAN.MDX'), 'x');
      writeFileSync(join(dir, 'articles/Judul Baru.mdx'), 'x');
      writeFileSync(join(dir, 'articles/..mdx'), 'x');
      mkdirSync(join(dir, 'articles/lama'));
    });
    expect(problems).toEqual([
      'content/articles/..mdx: the file name "..mdx" is not a slug; expected lowercase letters, digits and "-" joined, then ".mdx", e.g. "pertemuan-nato-rusia-dimulai.mdx" (the file name is the article\'s id and URL)',
      expect.stringMatching(
        /^content\/articles\/Judul Baru\.mdx: the file name "Judul Baru\.mdx" is not a slug/,
      ),
      expect.stringMatching(
        /^content\/articles\/SALINAN\.MDX: is not an \.mdx file; expected only article files, <slug>\.mdx, in content\/articles\//,
      ),
      expect.stringMatching(/^content\/articles\/catatan\.md: is not an \.mdx file/),
      'content/articles/lama/: is a folder; expected only article files, <slug>.mdx, in content/articles/',
    ]);
  });

  it('two captures whose names differ only in case, and two articles on one capture', async () => {
    const problems = await problemsAfter((dir, edit) => {
      cpSync(join(dir, MEDCOM_CAPTURE), join(dir, 'captures/000_A0787A86CB8F5B8C.txt'));
      cpSync(join(dir, MEDCOM), join(dir, 'articles/salinan.mdx'));
      edit('articles/salinan.mdx', (t) =>
        t
          .replace('capture: captures/000_a0787a86cb8f5b8c.txt', 'capture: captures/000_A0787A86CB8F5B8C.txt')
          .replace('\ncapture:', '\nslug: salinan-medcom\ncapture:'),
      );
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/articles\/salinan\.mdx:\d+:10: capture: "captures\/000_A0787A86CB8F5B8C\.txt" differs only in letter case from the capture of content\/articles\/pertemuan-nato-rusia-dimulai\.mdx/,
      ),
    ]);
  });
});

describe('the reader itself', () => {
  it('reads the committed content with no problem', async () => {
    const result = await readContent(CONTENT, join(CONTENT, '..'));
    expect(result.problems).toEqual([]);
    expect(result.articles.map((a) => a.id)).toEqual([
      'nato-jadwalkan-dewan-nato-rusia',
      'pertemuan-nato-rusia-dimulai',
    ]);
    expect(result.events).toHaveLength(13);
  });

  it('says which file it cannot read, in one line', async () => {
    const problems = await problemsAfter((dir) => {
      rmSync(join(dir, 'events.yaml'));
      mkdirSync(join(dir, 'events.yaml'));
    });
    expect(problems).toEqual([
      'content/events.yaml: cannot be read (EISDIR); expected a YAML list of events',
    ]);
  });
});
