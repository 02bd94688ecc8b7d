/**
 * The importer as an archivist runs it: scripts/import.ts in a real child process, on the
 * project's Node, against temporary content folders that hold only publishers.yaml and
 * entities.yaml. The two real captures must come out as the committed articles did.
 * (tests/cli/import-archive.test.ts: new publishers, suggestions and "Baca Juga" links.)
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyBlocks, paragraphs } from '../../src/lib/body.ts';
import { jakartaDay } from '../../src/lib/capture/index.ts';
import { splitMdx } from '../support/content.ts';
import { ARCHIVED, KONTAN, MEDCOM, files, lines, project, run, scratch } from '../support/import-cli.ts';
import { CONTENT } from '../support/paths.ts';

const committed = {
  medcom: splitMdx(readFileSync(join(CONTENT, 'articles/pertemuan-nato-rusia-dimulai.mdx'), 'utf8')),
  kontan: splitMdx(readFileSync(join(CONTENT, 'articles/nato-jadwalkan-dewan-nato-rusia.mdx'), 'utf8')),
};

/** The "Baca Juga" lines of a body. */
const readAlso = (body: string) => bodyBlocks(body).filter((block) => block.kind === 'readAlso');

/** The frontmatter fields the importer drafts from a capture, as the committed articles have them. */
const DRAFTED = [
  'title',
  'titleDevised',
  'published',
  'publishedBasis',
  'publisher',
  'wire',
  'cited',
  'editor',
  'dateline',
  'imageCredit',
  'credits',
];

describe('scripts/import.ts: the medcom capture', { timeout: 30_000 }, () => {
  it('refuses without --published, naming the date whose weekday does not fit, and writes nothing', () => {
    const { content } = project();
    const before = files(content);
    const result = run([MEDCOM, '--content', content, ...ARCHIVED]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain(`import: ${MEDCOM}: published: cannot infer the publication date`);
    expect(result.stderr).toContain('"Rabu, 12 Januari 2021" (paragraph 1)');
    expect(result.stderr).toContain('12 Januari 2021 was a Selasa; Rabu, 12 Januari fits 2022');
    expect(result.stderr).toContain('--published');
    expect(files(content)).toEqual(before);
  });

  it('with --published 2022-01-12, writes the capture byte for byte and the committed article text', () => {
    const { content } = project();
    const slug = 'pertemuan-nato-rusia-dimulai';
    const result = run([
      MEDCOM,
      '--content',
      content,
      '--published',
      '2022-01-12',
      '--slug',
      slug,
      ...ARCHIVED,
    ]);
    expect(result.code).toBe(0);
    const capturePath = join(content, 'captures/000_a0787a86cb8f5b8c.txt');
    const articlePath = join(content, `articles/${slug}.mdx`);
    expect(lines(result.stdout)).toEqual([
      `wrote ${capturePath}`,
      `wrote ${articlePath}`,
      `wrote ${join(content, `suggestions/${slug}.yaml`)}`,
    ]);
    expect(readFileSync(capturePath).equals(readFileSync(MEDCOM))).toBe(true);

    const article = splitMdx(readFileSync(articlePath, 'utf8'));
    expect(paragraphs(article.body)).toEqual(paragraphs(committed.medcom.body));
    expect(paragraphs(article.body)).toHaveLength(9);
    const expected = committed.medcom.frontmatter;
    for (const field of [...DRAFTED, 'capture']) {
      expect(article.frontmatter[field], field).toEqual(expected[field]);
    }
  });

  it('reports the weekday that does not fit and writes it as an editorial note', () => {
    const { content } = project();
    const result = run([MEDCOM, '--content', content, '--published', '2022-01-12', ...ARCHIVED]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '"Rabu, 12 Januari 2021" (paragraph 1): the weekday does not fit: 12 Januari 2021 was a Selasa; Rabu, 12 Januari fits 2022',
    );
    const article = splitMdx(
      readFileSync(join(content, 'articles/pertemuan-nato-rusia-dimulai-keamanan-eropa.mdx'), 'utf8'),
    );
    expect(article.frontmatter.notes).toContainEqual({
      topic: 'date',
      text: 'Naskah asli menulis "Rabu, 12 Januari 2021", tetapi 12 Januari 2021 jatuh pada hari Selasa; Rabu, 12 Januari jatuh pada tahun 2022. Teks berita dibiarkan seperti aslinya.',
    });
  });
});

describe('scripts/import.ts: the kontan capture', { timeout: 30_000 }, () => {
  it('without --title, reports the missing headline and marks the devised title', () => {
    const { content } = project();
    const result = run([KONTAN, '--content', content, '--slug', 'nato', ...ARCHIVED]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('title: the capture has no headline (its first line is a credit line)');
    const article = splitMdx(readFileSync(join(content, 'articles/nato.mdx'), 'utf8'));
    expect(article.frontmatter.titleDevised).toBe(true);
    expect(article.frontmatter.notes).toContainEqual(expect.objectContaining({ topic: 'title' }));
  });

  it('matches the committed article: text, "Baca Juga" lines, credits, dateline, wire, editor, date', () => {
    const { content } = project();
    const title = committed.kontan.frontmatter.title as string;
    const result = run([KONTAN, '--content', content, '--title', title, ...ARCHIVED]);
    expect(result.code).toBe(0);
    const article = splitMdx(
      readFileSync(join(content, 'articles/nato-jadwalkan-pertemuan-dewan-nato-rusia.mdx'), 'utf8'),
    );
    expect(paragraphs(article.body)).toEqual(paragraphs(committed.kontan.body));
    expect(readAlso(article.body)).toEqual(readAlso(committed.kontan.body));
    expect(readAlso(article.body)).toHaveLength(3);
    const expected = committed.kontan.frontmatter;
    for (const field of DRAFTED) expect(article.frontmatter[field], field).toEqual(expected[field]);
    expect(
      readFileSync(join(content, 'captures/004_98662811586fdaa1.txt')).equals(readFileSync(KONTAN)),
    ).toBe(true);
  });

  it('tells the archivist what the dates of the text are', () => {
    const { content } = project();
    const result = run([KONTAN, '--content', content, '--dry-run', ...ARCHIVED]);
    expect(result.stderr).toContain(
      '"Selasa (4/1)" (paragraph 3): Selasa, 4 Januari 2022 (year read from context: the first year from 2021',
    );
    expect(result.stderr).toContain('"pukul 1300 GMT" (paragraph 5): a time of day, 13:00 GMT');
    expect(result.stderr).toContain('"12 Januari" (paragraph 3): 12 Januari, year not written');
  });
});

describe('scripts/import.ts: bad input', { timeout: 30_000 }, () => {
  /** Runs an import that must be refused: exit 1, one line naming the file, nothing written. */
  function expectRefused(args: string[], file: string, problem: string | RegExp) {
    const { content } = project();
    const before = files(content);
    const result = run([...args, '--content', content, ...ARCHIVED]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr.startsWith(`import: ${file}: `)).toBe(true);
    expect(result.stderr).toMatch(problem);
    expect(result.stdout).toBe('');
    expect(files(content)).toEqual(before);
  }

  /** A capture file with the given bytes, in a folder of its own. */
  function captureFile(name: string, bytes: string | Uint8Array): string {
    const dir = scratch('kliping-capture-');
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  }

  it('refuses a missing file', () => {
    const path = join(tmpdir(), 'kliping-no-such-capture.txt');
    expectRefused([path], path, 'does not exist');
  });

  it('refuses an empty file', () => {
    const path = captureFile('empty.txt', '');
    expectRefused([path], path, 'is empty');
  });

  it('refuses a binary file', () => {
    const path = captureFile('binary.txt', new Uint8Array([0x4a, 0x75, 0x64, 0x00, 0x0a]));
    expectRefused([path], path, 'is binary (NUL byte at byte offset 3)');
  });

  it('refuses a file that is not UTF-8', () => {
    const path = captureFile('latin1.txt', new Uint8Array([0x4a, 0x75, 0x64, 0xe9, 0x0a, 0x49, 0x73, 0x69]));
    expectRefused([path], path, 'is not UTF-8');
  });

  it('refuses a capture without paragraphs', () => {
    const path = captureFile('headline.txt', 'Judul\nSumber : medcom.id\n');
    expectRefused([path], path, 'has no paragraphs');
  });

  it('refuses an unknown publisher and lists the known ones', () => {
    expectRefused(
      [MEDCOM, '--publisher', 'tempo', '--published', '2022-01-12'],
      MEDCOM,
      'publisher: "tempo" is not an outlet in publishers.yaml; expected one of: kontan, medcom',
    );
  });

  it('refuses a capture that names no known outlet', () => {
    const path = captureFile('anon.txt', 'Judul\nIsi berita, Rabu (12/1/2022).\n');
    expectRefused([path], path, 'pass --publisher with one of: kontan, medcom');
  });

  it('refuses a draft that fails the schema, naming the field', () => {
    expectRefused(
      [MEDCOM, '--published', '2022-01-12', '--original-url', 'bukan-url'],
      MEDCOM,
      /articles\/pertemuan-nato-rusia-dimulai-keamanan-eropa\.mdx:\d+:\d+: originalUrl: "bukan-url" is not a web address; expected an http\(s\) URL\n$/,
    );
    const path = captureFile('berita.md', 'Judul\nIsi berita, Rabu (12/1/2022).\nSumber : medcom.id');
    expectRefused([path], path, /: capture: "captures\/berita\.md" is not a capture path/);
  });

  it('refuses an unknown option with one line', () => {
    const result = run([MEDCOM, '--bogus']);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/^import: Unknown option '--bogus'/)]);
  });
});

describe('scripts/import.ts: writing', { timeout: 30_000 }, () => {
  const args = (content: string) => [KONTAN, '--content', content, '--slug', 'nato', ...ARCHIVED];

  it('gives identical files when run again with --force', () => {
    const { content } = project();
    expect(run(args(content)).code).toBe(0);
    const first = files(content);
    const again = run([...args(content), '--force']);
    expect(again.code).toBe(0);
    expect(files(content)).toEqual(first);
  });

  it('refuses to overwrite an article without --force, and replaces it with --force', () => {
    const { content } = project();
    expect(run(args(content)).code).toBe(0);
    const articlePath = join(content, 'articles/nato.mdx');
    const written = readFileSync(articlePath);
    writeFileSync(articlePath, 'edited by hand\n');

    const refusedRun = run(args(content));
    expect(refusedRun.code).toBe(1);
    expect(lines(refusedRun.stderr)).toEqual([
      `import: ${articlePath}: exists; pass --force to replace it, or --slug to write another`,
    ]);
    expect(readFileSync(articlePath, 'utf8')).toBe('edited by hand\n');

    expect(run([...args(content), '--force']).code).toBe(0);
    expect(readFileSync(articlePath).equals(written)).toBe(true);
  });

  it('accepts a capture already in place with the same bytes', () => {
    const { content } = project();
    mkdirSync(join(content, 'captures'));
    copyFileSync(KONTAN, join(content, 'captures/004_98662811586fdaa1.txt'));
    const result = run(args(content));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`kept ${join(content, 'captures/004_98662811586fdaa1.txt')}`);
  });

  it('refuses a different capture of the same name without --force, and writes nothing', () => {
    const { content } = project();
    const capturePath = join(content, 'captures/004_98662811586fdaa1.txt');
    mkdirSync(join(content, 'captures'));
    writeFileSync(capturePath, 'another capture\n');
    const before = files(content);

    const refusedRun = run(args(content));
    expect(refusedRun.code).toBe(1);
    expect(lines(refusedRun.stderr)).toEqual([
      `import: ${capturePath}: exists with different bytes; pass --force to replace it`,
    ]);
    expect(files(content)).toEqual(before);

    expect(run([...args(content), '--force']).code).toBe(0);
    expect(readFileSync(capturePath).equals(readFileSync(KONTAN))).toBe(true);
  });

  it('--force never replaces a capture that another article uses', () => {
    const { content } = project();
    expect(run(args(content)).code).toBe(0);
    const capturePath = join(content, 'captures/004_98662811586fdaa1.txt');
    // The same file name, other bytes, imported under another slug: the capture is nato.mdx's.
    const other = join(scratch('kliping-other-'), '004_98662811586fdaa1.txt');
    writeFileSync(other, readFileSync(KONTAN, 'utf8').replace('Noverius Laoli', 'Orang Lain'));
    const before = files(content);
    const forced = run([other, '--content', content, '--slug', 'lain', '--force', ...ARCHIVED]);
    expect(forced.code).toBe(1);
    expect(lines(forced.stderr)).toEqual([
      `import: ${capturePath}: exists with different bytes and is the capture of ${join(content, 'articles/nato.mdx')}; --force never replaces a capture another article uses (give the new capture another file name)`,
    ]);
    expect(files(content)).toEqual(before);
  });

  it('refuses while an article of the archive cannot be read, since --force could then replace its capture', () => {
    const { content } = project();
    expect(run(args(content)).code).toBe(0);
    const nato = join(content, 'articles/nato.mdx');
    writeFileSync(nato, readFileSync(nato, 'utf8').replace('titleDevised: true', 'titleDevised: [true'));
    const other = join(scratch('kliping-other-'), '004_98662811586fdaa1.txt');
    writeFileSync(other, readFileSync(KONTAN, 'utf8').replace('Noverius Laoli', 'Orang Lain'));
    const before = files(content);
    const forced = run([other, '--content', content, '--slug', 'lain', '--force', ...ARCHIVED]);
    expect(forced.code).toBe(1);
    expect(lines(forced.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^import: ${nato.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}: .+; expected an article file the build accepts \\(fix it first`,
        ),
      ),
    ]);
    expect(files(content)).toEqual(before);
  });

  it('refuses to draft a second article from a capture another article already has', () => {
    const { content } = project();
    expect(run(args(content)).code).toBe(0);
    const before = files(content);
    const again = run([KONTAN, '--content', content, '--slug', 'lain', ...ARCHIVED]);
    expect(again.code).toBe(1);
    expect(lines(again.stderr)).toEqual([
      `import: ${join(content, 'captures/004_98662811586fdaa1.txt')}: is already the capture of ${join(content, 'articles/nato.mdx')}; expected one article per capture (to draft that article again, pass --slug nato --force)`,
    ]);
    expect(files(content)).toEqual(before);
  });

  it('writes all or nothing: when the article cannot be written, the capture is not left behind', () => {
    const { content } = project();
    writeFileSync(join(content, 'articles'), 'a file where the folder should be\n');
    const before = files(content);
    const result = run(args(content));
    expect(result.code).toBe(1);
    expect(lines(result.stderr).filter((line) => line.startsWith('import: '))).toEqual([
      `import: ${KONTAN}: cannot write ${join(content, 'articles/nato.mdx')} (a part of the path is a file, not a folder); nothing was written`,
    ]);
    expect(files(content)).toEqual(before);
    expect(existsSync(join(content, 'captures/004_98662811586fdaa1.txt'))).toBe(false);
  });

  it('refuses an empty option value instead of ignoring it', () => {
    const { content } = project();
    const before = files(content);
    for (const option of ['--title', '--slug', '--publisher', '--summary']) {
      const result = run([KONTAN, '--content', content, option, '', ...ARCHIVED]);
      expect(result.code, option).toBe(1);
      expect(lines(result.stderr)).toEqual([
        `import: ${option}: is empty; expected a value (leave the option out to use the default)`,
      ]);
    }
    expect(files(content)).toEqual(before);
  });

  it('refuses a capture over the documented size limit, without reading it', () => {
    const { content } = project();
    const big = join(scratch('kliping-big-'), 'besar.txt');
    writeFileSync(big, `Judul\n${'Paragraf panjang sekali. '.repeat(50_000)}\nSumber : medcom.id\n`);
    const result = run([big, '--content', content, ...ARCHIVED]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(
        /^import: .*besar\.txt: is 1,250,\d{3} bytes; expected at most 1,048,576 \(1 MiB\), the archive's limit for one article's capture$/,
      ),
    ]);
  });

  it('imports a folder of captures, each all or nothing, with progress and one summary', () => {
    const { content } = project();
    const folder = scratch('kliping-batch-');
    copyFileSync(KONTAN, join(folder, 'a-kontan.txt'));
    writeFileSync(join(folder, 'b-kosong.txt'), '');
    writeFileSync(
      join(folder, 'c-berita.txt'),
      'Judul Berita\nIsi berita, Rabu (12/1/2022).\nSumber : medcom.id\n',
    );
    const result = run([folder, '--content', content, ...ARCHIVED]);
    expect(result.code).toBe(1);
    const stderr = lines(result.stderr);
    expect(stderr.filter((line) => /^\[\d\/3\] /.test(line))).toEqual([
      `[1/3] ${join(folder, 'a-kontan.txt')}`,
      `[2/3] ${join(folder, 'b-kosong.txt')}`,
      `[3/3] ${join(folder, 'c-berita.txt')}`,
    ]);
    expect(stderr).toContainEqual(
      expect.stringMatching(/^Imported 2 of 3 captures; refused 1; \d of the imported need a human\.$/),
    );
    expect(stderr).toContain(
      `  refused: ${join(folder, 'b-kosong.txt')}: is empty; expected the captured text`,
    );
    // The kontan capture has no headline: its devised title is one point a human must look at.
    expect(stderr).toContainEqual(
      expect.stringMatching(
        /^ {2}needs a human: .*sekretaris-jenderal-nato-jens-stoltenberg-telah\.mdx: \d+ points?$/,
      ),
    );
    expect(readdirSync(join(content, 'articles')).sort()).toEqual([
      'judul-berita.mdx',
      'sekretaris-jenderal-nato-jens-stoltenberg-telah.mdx',
    ]);
    expect(readdirSync(join(content, 'captures')).sort()).toEqual(['a-kontan.txt', 'c-berita.txt']);
  });

  it('refuses options that name one article for several captures', () => {
    const { content } = project();
    const result = run([KONTAN, MEDCOM, '--content', content, '--title', 'Satu judul', ...ARCHIVED]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual(['import: --title: applies to one capture only; 2 were given']);
  });

  it('--dry-run prints the draft it would write, and writes nothing', () => {
    const { content } = project();
    const before = files(content);
    const dry = run([...args(content), '--dry-run']);
    expect(dry.code).toBe(0);
    expect(files(content)).toEqual(before);

    expect(run(args(content)).code).toBe(0);
    expect(dry.stdout).toBe(readFileSync(join(content, 'articles/nato.mdx'), 'utf8'));
  });

  it('defaults to ./content and to today in Asia/Jakarta', () => {
    const { root, content } = project();
    const before = jakartaDay(new Date());
    const result = run([KONTAN, '--slug', 'nato'], root);
    const after = jakartaDay(new Date());
    expect(result.code).toBe(0);
    const article = splitMdx(readFileSync(join(content, 'articles/nato.mdx'), 'utf8'));
    expect([before, after]).toContain(article.frontmatter.archived);
  });

  it('prints its usage with --help', () => {
    const result = run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Usage: node scripts\/import\.ts <capture\.txt \| folder>\.\.\. \[options\]/,
    );
    expect(result.stdout).toContain('--dry-run');
  });
});
