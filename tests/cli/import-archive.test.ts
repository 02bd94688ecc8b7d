/**
 * The importer and what the archive already holds, run as an archivist runs it: a publisher
 * the archive lacks, added in the same command (--new-publisher); the suggestions it writes
 * apart from the article; "Baca Juga" lines linked to archived articles.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent, readRecords } from '../../src/lib/content.ts';
import { publisherSchema } from '../../src/lib/schema.ts';
import { readYaml } from '../../src/lib/yaml.ts';
import { splitMdx } from '../support/content.ts';
import {
  ARCHIVED,
  FIXTURES,
  KONTAN,
  MEDCOM,
  files,
  lines,
  project,
  run,
  scratch,
} from '../support/import-cli.ts';
import { CONTENT } from '../support/paths.ts';

const BERITASATU = join(FIXTURES, 'beritasatu-jenewa.txt');
const KOMPAS = join(FIXTURES, 'kompas-osce-wina.txt');
const NEW_BERITASATU = ['--new-publisher', 'name=Beritasatu.com,url=https://www.beritasatu.com/'];
const NEW_KOMPAS = [
  '--new-publisher',
  'id=kompas,name=Kompas,kind=outlet,url=https://www.kompas.id/,description=Harian nasional, terbit di Jakarta.',
];
const ORIGINAL_PUBLISHERS = readFileSync(join(CONTENT, 'publishers.yaml'), 'utf8');

/** The publishers of a content folder, read and checked as the build reads them. */
async function publishersOf(content: string) {
  const path = join(content, 'publishers.yaml');
  return readRecords(path, path, publisherSchema, 'publishers');
}

/** A content folder with the medcom article, whose headline other captures' "Baca Juga" lines name. */
function withMedcom() {
  const { content } = project();
  writeFileSync(join(content, 'events.yaml'), '[]\n');
  const result = run([
    MEDCOM,
    '--content',
    content,
    '--published',
    '2022-01-12',
    '--slug',
    'pertemuan-nato-rusia-dimulai',
    ...ARCHIVED,
  ]);
  expect(result.code, result.stderr).toBe(0);
  return content;
}

describe('scripts/import.ts --new-publisher', { timeout: 60_000 }, () => {
  it('refuses a capture from an outlet the archive lacks, naming it and the option that adds it', () => {
    const { content } = project();
    const before = files(content);
    const result = run([BERITASATU, '--content', content, ...ARCHIVED]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      `import: ${BERITASATU}: publisher: the credits and the dateline name "Beritasatu.com", which is not in publishers.yaml; add the outlet in the same command with --new-publisher "name=Beritasatu.com,url=https://…", or pass --publisher with one of: kontan, medcom`,
    ]);
    expect(files(content)).toEqual(before);
  });

  it('adds the outlet to publishers.yaml in the same write as the article, keeping what was there', async () => {
    const { content } = project();
    const result = run([BERITASATU, '--content', content, ...NEW_BERITASATU, ...ARCHIVED]);
    expect(result.code, result.stderr).toBe(0);
    expect(lines(result.stdout)).toContain(`wrote ${join(content, 'publishers.yaml')} (added beritasatu)`);
    expect(result.stderr).toContain(
      'New publisher: beritasatu (Beritasatu.com, outlet, https://www.beritasatu.com/), added to publishers.yaml with this article',
    );
    expect(result.stderr).toContain(
      '--new-publisher beritasatu: not given, so by rule: id "beritasatu", kind "outlet", description "Media berita Beritasatu.com (https://www.beritasatu.com/)."',
    );

    const text = readFileSync(join(content, 'publishers.yaml'), 'utf8');
    expect(text.startsWith(ORIGINAL_PUBLISHERS)).toBe(true);
    const read = await publishersOf(content);
    expect(read.problems).toEqual([]);
    expect(read.records.map((r) => r.data.id)).toEqual([
      'medcom',
      'kontan',
      'reuters',
      'anadolu',
      'beritasatu',
    ]);

    const article = splitMdx(
      readFileSync(join(content, 'articles/as-dan-rusia-bertemu-di-jenewa.mdx'), 'utf8'),
    );
    expect(article.frontmatter).toMatchObject({
      publisher: 'beritasatu',
      byline: 'Herlina Sari',
      editor: 'Bambang Wijaya',
      credits: ['Penulis: Herlina Sari | Editor: Bambang Wijaya'],
    });
    // The build's checks pass over the result.
    writeFileSync(join(content, 'events.yaml'), '[]\n');
    expect((await readContent(content)).problems).toEqual([]);
  });

  it('refuses a new publisher the schema refuses, with one line naming the field, and writes nothing', () => {
    const { content } = project();
    const before = files(content);
    for (const [spec, problem] of [
      [
        'name=Beritasatu.com,url=ftp://beritasatu.com',
        'url: "ftp://beritasatu.com" is not a web address; expected an http(s) URL',
      ],
      ['name=Beritasatu.com', 'url: missing; expected "url=https://…", its home page'],
      ['name=Beritasatu.com,url=https://www.beritasatu.com/,kind=koran', 'kind: '],
      ['name=Beritasatu.com,web=https://www.beritasatu.com/', '"web" is not a publisher field'],
    ] as const) {
      const result = run([BERITASATU, '--content', content, '--new-publisher', spec, ...ARCHIVED]);
      expect(result.code, spec).toBe(1);
      expect(lines(result.stderr), spec).toEqual([
        expect.stringContaining(`import: --new-publisher "${spec}": ${problem}`),
      ]);
    }
    expect(files(content)).toEqual(before);
  });

  it('refuses an id or a name the archive already has for another publisher', () => {
    const { content } = project();
    const result = run([
      BERITASATU,
      '--content',
      content,
      '--new-publisher',
      'id=kontan,name=Beritasatu.com,url=https://www.beritasatu.com/',
      ...ARCHIVED,
    ]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      'import: --new-publisher "id=kontan,name=Beritasatu.com,url=https://www.beritasatu.com/": id: "kontan" is already in publishers.yaml, as kontan.co.id (outlet); expected a new id (pass id=), or leave --new-publisher out to use kontan',
    ]);
  });

  it('uses a publisher already in publishers.yaml as given, without writing it again', () => {
    const { content } = project();
    const medcom =
      'id=medcom,name=medcom.id,kind=outlet,url=https://www.medcom.id/,description=Portal berita Indonesia milik Media Group.';
    const result = run([
      MEDCOM,
      '--content',
      content,
      '--published',
      '2022-01-12',
      '--new-publisher',
      medcom,
      ...ARCHIVED,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      '--new-publisher medcom: already in publishers.yaml as given; used as it is',
    );
    expect(readFileSync(join(content, 'publishers.yaml'), 'utf8')).toBe(ORIGINAL_PUBLISHERS);
  });

  it('refuses a new publisher the capture does not use, and writes nothing', () => {
    const { content } = project();
    const before = files(content);
    const result = run([
      MEDCOM,
      '--content',
      content,
      '--published',
      '2022-01-12',
      ...NEW_KOMPAS,
      ...ARCHIVED,
    ]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      'import: --new-publisher kompas: the draft does not use it (its credits, dateline and text do not name "Kompas", and --publisher does not choose it); expected a publisher of this capture',
    ]);
    expect(files(content)).toEqual(before);
  });

  it('writes all or nothing: when the article cannot be written, publishers.yaml is as it was', () => {
    const { content } = project();
    writeFileSync(join(content, 'articles'), 'a file where the folder should be\n');
    const before = files(content);
    const result = run([BERITASATU, '--content', content, ...NEW_BERITASATU, ...ARCHIVED]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr).filter((line) => line.startsWith('import: '))).toEqual([
      expect.stringMatching(
        /^import: .*beritasatu-jenewa\.txt: cannot write .*articles\/as-dan-rusia-bertemu-di-jenewa\.mdx \(a part of the path is a file, not a folder\); nothing was written$/,
      ),
    ]);
    expect(files(content)).toEqual(before);
  });

  it('in a batch, adds each new publisher once, with the first capture that uses it, and reports one no capture used', async () => {
    const { content } = project();
    const folder = scratch('kliping-batch-');
    copyFileSync(BERITASATU, join(folder, 'a.txt'));
    // A second capture of the same outlet: its dateline names it too.
    writeFileSync(
      join(folder, 'b.txt'),
      'Judul Kedua\nJakarta, Beritasatu.com - Delegasi NATO bertemu, Rabu (12/1/2022).\n',
    );
    const result = run([folder, '--content', content, ...NEW_BERITASATU, ...NEW_KOMPAS, ...ARCHIVED]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toContainEqual(
      expect.stringMatching(/^Imported 2 of 2 captures; refused 0; \d of the imported need a human\.$/),
    );
    expect(lines(result.stderr)).toContain(
      '  not added: --new-publisher kompas: no imported capture uses it; publishers.yaml is unchanged',
    );
    expect(lines(result.stdout).filter((line) => line.includes('publishers.yaml'))).toEqual([
      `wrote ${join(content, 'publishers.yaml')} (added beritasatu)`,
    ]);
    const read = await publishersOf(content);
    expect(read.problems).toEqual([]);
    expect(read.records.map((r) => r.data.id)).toEqual([
      'medcom',
      'kontan',
      'reuters',
      'anadolu',
      'beritasatu',
    ]);
  });
});

describe('scripts/import.ts: suggestions', { timeout: 60_000 }, () => {
  it('writes the entities and candidate events to a file of their own, never into the article', async () => {
    const { content } = project();
    writeFileSync(join(content, 'events.yaml'), '[]\n');
    const result = run([KONTAN, '--content', content, '--slug', 'nato', ...ARCHIVED]);
    expect(result.code, result.stderr).toBe(0);
    const path = join(content, 'suggestions/nato.yaml');
    expect(lines(result.stdout)).toContain(`wrote ${path}`);
    expect(result.stderr).toContain(`Suggestions, for a human to confirm (${path}):`);
    expect(result.stderr).toMatch(/\n {2}entities: brussel \(paragraphs 1, 3, 9, 10\); nato \(paragraphs /);
    expect(result.stderr).toContain('  event 2002 (paragraph 3): nato-2002');

    const article = splitMdx(readFileSync(join(content, 'articles/nato.mdx'), 'utf8'));
    expect(article.frontmatter.entities).toBeUndefined();
    const yaml = readYaml(readFileSync(path, 'utf8'));
    if (!yaml.ok) throw new Error('the suggestions are not YAML');
    const suggestions = yaml.value as {
      article: string;
      entities: { id: string }[];
      events: { id: string }[];
    };
    expect(suggestions.article).toBe('nato');
    expect(suggestions.entities.map((e) => e.id).toSorted()).toEqual(
      (
        splitMdx(readFileSync(join(CONTENT, 'articles/nato-jadwalkan-dewan-nato-rusia.mdx'), 'utf8'))
          .frontmatter.entities as string[]
      ).toSorted(),
    );
    // The build never reads the file: the archive checks as if it were not there.
    expect((await readContent(content)).problems).toEqual([]);
  });

  it('--dry-run shows the suggestions and writes no file', () => {
    const { content } = project();
    const result = run([KONTAN, '--content', content, '--dry-run', ...ARCHIVED]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Suggestions, for a human to confirm (not written (--dry-run)):');
    expect(existsSync(join(content, 'suggestions'))).toBe(false);
  });
});

describe('scripts/import.ts: "Baca Juga" lines that name an archived article', { timeout: 60_000 }, () => {
  it('links the line to the article, shows the match, and keeps the line as captured', async () => {
    const content = withMedcom();
    const result = run([KOMPAS, '--content', content, ...NEW_KOMPAS, ...ARCHIVED]);
    expect(result.code, result.stderr).toBe(0);
    const line = 'Baca juga: Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan';
    expect(result.stderr).toContain(
      `"Baca Juga" lines that name an archived article, linked to it (readAlsoLinks):\n  "${line}" (line 3) → pertemuan-nato-rusia-dimulai: "Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan"`,
    );
    const file = readFileSync(
      join(content, 'articles/pembicaraan-keamanan-antara-rusia-dan-negara.mdx'),
      'utf8',
    );
    const article = splitMdx(file);
    expect(article.frontmatter.readAlsoLinks).toEqual([{ line, article: 'pertemuan-nato-rusia-dimulai' }]);
    expect(article.body).toContain(`<BacaJuga>${line}</BacaJuga>`);
    expect((await readContent(content)).problems).toEqual([]);
  });

  it('links nothing when the archive holds no article of that title', () => {
    const { content } = project();
    const result = run([KOMPAS, '--content', content, ...NEW_KOMPAS, ...ARCHIVED]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('linked to it');
    const file = readFileSync(
      join(content, 'articles/pembicaraan-keamanan-antara-rusia-dan-negara.mdx'),
      'utf8',
    );
    expect(splitMdx(file).frontmatter.readAlsoLinks).toBeUndefined();
  });

  it('links to an article imported earlier in the same batch', () => {
    const { content } = project();
    const folder = scratch('kliping-batch-');
    writeFileSync(
      join(folder, 'a-medcom.txt'),
      'Pertemuan NATO-Rusia Dimulai, Keamanan Eropa Dipertaruhkan\nIsi berita, Rabu (12/1/2022).\nSumber : medcom.id\n',
    );
    copyFileSync(KOMPAS, join(folder, 'b-kompas.txt'));
    const result = run([folder, '--content', content, ...NEW_KOMPAS, ...ARCHIVED]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      '(line 3) → pertemuan-nato-rusia-dimulai-keamanan-eropa: "Pertemuan NATO-Rusia',
    );
  });
});
