/**
 * The importer end to end over captures of other outlets (tests/fixtures/captures/): a
 * headline and credits first with a `Penulis:` byline, no headline, lowercase `Baca juga:`,
 * datelines like `WINA, KAMIS -`, `Jakarta, Beritasatu.com -`, `TEMPO.CO, Brussel -` and
 * `Brussel (ANTARA) -`, and outlets the archive lacks, added with --new-publisher. Then a real
 * build over the result, and every line of every capture found on its page; the "Baca Juga"
 * lines that name an archived article link to it; the entities suggested are the right ones,
 * and every suggestion, once confirmed, passes the build's checks.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureLines } from '../../src/lib/account.ts';
import { renderArticleFile } from '../../src/lib/article-file.ts';
import { readContent, readRecords } from '../../src/lib/content.ts';
import { articleSchema, publisherSchema } from '../../src/lib/schema.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { readYaml } from '../../src/lib/yaml.ts';
import { build } from '../support/build.ts';
import { splitMdx } from '../support/content.ts';
import { fold, pageDocument } from '../support/dist.ts';
import { CONTENT, ROOT } from '../support/paths.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kliping-varied-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const content = join(scratch, 'content');
const dist = join(scratch, 'dist');
const FIXTURES = join(ROOT, 'tests/fixtures/captures');

const NEW_PUBLISHERS = [
  [
    '--new-publisher',
    'name=ANTARA,url=https://www.antaranews.com/,description=Kantor berita nasional Indonesia.',
  ],
  ['--new-publisher', 'name=Beritasatu.com,url=https://www.beritasatu.com/'],
  [
    '--new-publisher',
    'id=kompas,name=Kompas,url=https://www.kompas.id/,description=Harian nasional, terbit di Jakarta.',
  ],
  [
    '--new-publisher',
    'id=tempo,name=TEMPO.CO,url=https://www.tempo.co/,description=Portal berita dari grup Tempo.',
  ],
].flat();

function runImport(...args: string[]) {
  return spawnSync(
    process.execPath,
    ['scripts/import.ts', ...args, '--content', content, '--archived', '2026-11-23'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
}

interface SuggestionsFile {
  article: string;
  entities: { id: string; paragraphs: number[] }[];
  events: unknown[];
}

function suggestionsOf(article: string): SuggestionsFile {
  const yaml = readYaml(readFileSync(join(content, 'suggestions', `${article}.yaml`), 'utf8'));
  if (!yaml.ok) throw new Error(`suggestions/${article}.yaml is not YAML`);
  return yaml.value as SuggestionsFile;
}

const committedEntities = (file: string) =>
  (
    splitMdx(readFileSync(join(CONTENT, 'articles', file), 'utf8')).frontmatter.entities as string[]
  ).toSorted();

describe('import of varied captures, build, read', () => {
  it('imports the seeds and the captures of other outlets, and every line reaches its page', async () => {
    mkdirSync(content, { recursive: true });
    for (const file of ['publishers.yaml', 'entities.yaml'])
      copyFileSync(join(CONTENT, file), join(content, file));
    writeFileSync(join(content, 'events.yaml'), '[]\n');
    const publishersBefore = readFileSync(join(content, 'publishers.yaml'), 'utf8');

    // The two seed captures, as the committed articles were made.
    const kontanTitle = splitMdx(
      readFileSync(join(CONTENT, 'articles/nato-jadwalkan-dewan-nato-rusia.mdx'), 'utf8'),
    ).frontmatter.title as string;
    for (const result of [
      runImport(
        join(CONTENT, 'captures/000_a0787a86cb8f5b8c.txt'),
        '--published',
        '2022-01-12',
        '--slug',
        'pertemuan-nato-rusia-dimulai',
      ),
      runImport(
        join(CONTENT, 'captures/004_98662811586fdaa1.txt'),
        '--title',
        kontanTitle,
        '--slug',
        'nato-jadwalkan-dewan-nato-rusia',
      ),
    ]) {
      expect(result.status, result.stderr).toBe(0);
    }
    // For both seeds, the suggested entities are the ones their reviewed articles list.
    expect(
      suggestionsOf('pertemuan-nato-rusia-dimulai')
        .entities.map((e) => e.id)
        .toSorted(),
    ).toEqual(committedEntities('pertemuan-nato-rusia-dimulai.mdx'));
    expect(
      suggestionsOf('nato-jadwalkan-dewan-nato-rusia')
        .entities.map((e) => e.id)
        .toSorted(),
    ).toEqual(committedEntities('nato-jadwalkan-dewan-nato-rusia.mdx'));

    // Outlets the archive lacks: refused without --new-publisher, nothing written…
    const refused = runImport(FIXTURES);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /^Imported 0 of 4 captures; refused 4; \d of the imported need a human\.$/m,
    );
    expect(refused.stderr).toContain(
      'name "Beritasatu.com", which is not in publishers.yaml; add the outlet in the same command with --new-publisher',
    );
    expect(readdirSync(join(content, 'articles'))).toHaveLength(2);
    expect(readFileSync(join(content, 'publishers.yaml'), 'utf8')).toBe(publishersBefore);

    // …and accepted with it, in one batch.
    const batch = runImport(FIXTURES, ...NEW_PUBLISHERS);
    expect(batch.status, batch.stderr).toBe(0);
    expect(batch.stderr).toMatch(/^Imported 4 of 4 captures; refused 0; \d of the imported need a human\.$/m);
    const publishers = await readRecords(
      join(content, 'publishers.yaml'),
      'publishers.yaml',
      publisherSchema,
      'publishers',
    );
    expect(publishers.problems).toEqual([]);
    expect(publishers.records.map((r) => r.data.id)).toEqual([
      'medcom',
      'kontan',
      'reuters',
      'anadolu',
      'antaranews',
      'beritasatu',
      'kompas',
      'tempo',
    ]);
    expect(readFileSync(join(content, 'publishers.yaml'), 'utf8').startsWith(publishersBefore)).toBe(true);

    const read = await readContent(content);
    expect(read.problems).toEqual([]);
    const byCapture = new Map(read.articles.map((article) => [article.data.capture, article]));
    const kompas = byCapture.get('captures/kompas-osce-wina.txt')!;
    expect(kompas.data).toMatchObject({
      titleDevised: true,
      publisher: 'kompas',
      dateline: { text: 'WINA, KAMIS -', place: 'wina' },
      published: { source: '2022-01-13' },
    });
    expect(byCapture.get('captures/beritasatu-jenewa.txt')!.data).toMatchObject({
      titleDevised: false,
      publisher: 'beritasatu',
      byline: 'Herlina Sari',
      editor: 'Bambang Wijaya',
    });
    expect(byCapture.get('captures/tempo-brussel.txt')!.data).toMatchObject({
      publisher: 'tempo',
      cited: ['reuters'],
      dateline: { text: 'TEMPO.CO, Brussel -', place: 'brussel' },
    });
    expect(byCapture.get('captures/antara-brussel.txt')!.data).toMatchObject({
      publisher: 'antaranews',
      dateline: { text: 'Brussel (ANTARA) -', place: 'brussel' },
    });

    // The held-back capture of another outlet: the entities its text names, and not "Rusia" in
    // "Rusiana" (paragraph 5 names only her).
    const kompasSuggestions = suggestionsOf(kompas.id);
    expect(kompasSuggestions.entities.map((e) => e.id)).toEqual([
      'wina',
      'rusia',
      'osce',
      'jenewa',
      'dewan-nato-rusia',
      'nato',
      'brussel',
      'amerika-serikat',
      'ukraina',
    ]);
    expect(kompasSuggestions.entities.find((e) => e.id === 'rusia')!.paragraphs).toEqual([1, 2, 3, 4, 6]);

    // "Baca Juga" lines naming the medcom headline, in other letter cases, link to it.
    const medcomUrl = articlePath(
      'pertemuan-nato-rusia-dimulai',
      read.articles.find((a) => a.id === 'pertemuan-nato-rusia-dimulai')!.data,
    );
    for (const capture of ['captures/kompas-osce-wina.txt', 'captures/tempo-brussel.txt']) {
      expect(byCapture.get(capture)!.data.readAlsoLinks).toEqual([
        {
          line: expect.stringMatching(/^Baca (?:j|J)uga: Pertemuan NATO-Rusia/),
          article: 'pertemuan-nato-rusia-dimulai',
        },
      ]);
    }
    expect(byCapture.get('captures/beritasatu-jenewa.txt')!.data.readAlsoLinks).toEqual([]);

    // Every suggestion, confirmed as the README says, passes the build's checks.
    await confirmEverySuggestion();

    // A real build over what the importer wrote.
    const result = build({ content, outDir: dist, cacheDir: join(scratch, 'cache') });
    expect(result.status, result.output).toBe(0);
    for (const file of readdirSync(join(content, 'articles'))) {
      const { frontmatter } = splitMdx(readFileSync(join(content, 'articles', file), 'utf8'));
      const data = articleSchema.parse(frontmatter);
      const page = pageDocument(articlePath(file.replace(/\.mdx$/, ''), data), dist);
      const text = fold(page.body.textContent);
      const capture = readFileSync(join(content, data.capture), 'utf8');
      for (const line of captureLines(capture)) expect(text, `${file} lost a line`).toContain(line.text);
      for (const link of data.readAlsoLinks) {
        const aside = [...page.querySelectorAll('aside.read-also')].find((a) =>
          fold(a.textContent).includes(link.line),
        )!;
        expect(aside.querySelector('a')?.getAttribute('href'), file).toBe(medcomUrl);
      }
    }
  });
});

/**
 * Confirms every suggestion in a copy of the content, as the README says: each entity id into
 * the article's `entities:`, and each candidate event's lines copied as they are into
 * events.yaml. The copy must pass the build's checks (src/lib/content.ts).
 */
async function confirmEverySuggestion() {
  const copy = join(scratch, 'confirmed');
  cpSync(content, copy, { recursive: true });
  let events = '';
  let count = 0;
  for (const file of readdirSync(join(copy, 'suggestions'))) {
    const text = readFileSync(join(copy, 'suggestions', file), 'utf8');
    const suggestions = suggestionsOf(file.replace(/\.yaml$/, ''));
    const path = join(copy, 'articles', `${suggestions.article}.mdx`);
    const { frontmatter, body } = splitMdx(readFileSync(path, 'utf8'));
    frontmatter.entities = suggestions.entities.map((entity) => entity.id);
    writeFileSync(path, renderArticleFile(frontmatter, body.replace(/^\n/, '').replace(/\n$/, '')));
    // The events are the file's last field, one record per "- id:" line at the start of a line.
    events += text.slice(text.search(/^events:\n/m) + 'events:\n'.length);
    count += suggestions.events.length;
  }
  writeFileSync(join(copy, 'events.yaml'), events);
  const read = await readContent(copy);
  expect(read.problems).toEqual([]);
  expect(read.events.length).toBe(count);
  expect(count).toBeGreaterThan(10);
  expect(read.articles.every((article) => article.data.entities.length > 0)).toBe(true);
}
