/**
 * The benchmark corpus (scripts/corpus.ts): what it writes is an archive that the real schema
 * and the real checks accept, its text looks like news, the same seed gives the same bytes,
 * and its command line honours --count.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus, type CorpusSummary } from '../../scripts/corpus.ts';
import {
  bodyBlocks,
  captureLines,
  checkBody,
  checkCaptureCoverage,
  escapeMarkdown,
} from '../../src/lib/body';
import { type ArchiveInput, checkArchive } from '../../src/lib/integrity';
import {
  type Article,
  articleSchema,
  entitySchema,
  eventSchema,
  publisherSchema,
} from '../../src/lib/schema';
import { type RawArticle, rawArticles, rawCollection, readCaptureFile } from '../support/content';
import { CONTENT, ROOT } from '../support/paths';

const COUNT = 200;
const SEED = 7;

let temp: string;
let corpus: string;
let summary: CorpusSummary;
let articles: { raw: RawArticle; data: Article; capture: string }[];

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'kliping-corpus-'));
  corpus = join(temp, 'corpus');
  summary = writeCorpus({ out: corpus, count: COUNT, seed: SEED });
  articles = rawArticles(corpus).map((raw) => {
    const parsed = articleSchema.safeParse(raw.frontmatter);
    if (!parsed.success) throw new Error(`${raw.file}: ${parsed.error.message}`);
    return { raw, data: parsed.data, capture: readCaptureFile(parsed.data.capture, corpus) };
  });
});

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The files under a folder, relative and sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** One hash of every file's path and bytes. */
function hashFolder(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(dir)) hash.update(`${file}\0`).update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}

const isSynthetic = (data: Article) => data.notes.some((note) => note.text.includes('scripts/corpus.ts'));

describe('the corpus generator', () => {
  it('writes the requested number of articles, the real ones among them byte for byte', () => {
    expect(articles).toHaveLength(COUNT);
    expect(readdirSync(join(corpus, 'captures'))).toHaveLength(COUNT);
    expect(summary).toMatchObject({ articles: COUNT, files: 2 * COUNT + 3 });
    for (const folder of ['articles', 'captures']) {
      for (const file of readdirSync(join(CONTENT, folder))) {
        expect(
          readFileSync(join(corpus, folder, file)).equals(readFileSync(join(CONTENT, folder, file))),
        ).toBe(true);
      }
    }
    expect(articles.filter((a) => isSynthetic(a.data))).toHaveLength(COUNT - 2);
  });

  it('writes articles that pass the schema and whose bodies are their captures, escaped', () => {
    for (const { raw, data, capture } of articles) {
      expect(checkBody(raw.body), raw.file).toEqual([]);
      const blocks = bodyBlocks(raw.body);
      const account = { title: data.titleDevised ? undefined : data.title, credits: data.credits, blocks };
      expect(checkCaptureCoverage(capture, account), raw.file).toEqual([]);
      // The body is exactly what body.ts's own escaping makes of the capture's story lines.
      const story = captureLines(capture)
        .map((line) => line.text)
        .filter((text) => text !== account.title && !data.credits.includes(text));
      const expected = story.map((text) =>
        text.startsWith('Baca Juga:') ? `<BacaJuga>${escapeMarkdown(text)}</BacaJuga>` : escapeMarkdown(text),
      );
      expect(raw.body.trim(), raw.file).toBe(expected.join('\n\n'));
    }
  });

  it('writes text shaped like news: 4–15 paragraphs of 20–60 words, published 2019–2024', () => {
    const synthetic = articles.filter((a) => isSynthetic(a.data));
    for (const { raw, data } of synthetic) {
      const paragraphs = bodyBlocks(raw.body).filter((block) => block.kind === 'paragraph');
      expect(paragraphs.length, raw.file).toBeGreaterThanOrEqual(4);
      expect(paragraphs.length, raw.file).toBeLessThanOrEqual(15);
      for (const { text, number } of paragraphs) {
        const words = text.split(/\s+/).length;
        expect(words, `${raw.file} #p${number}`).toBeGreaterThanOrEqual(20);
        expect(words, `${raw.file} #p${number}`).toBeLessThanOrEqual(60);
      }
      expect(data.published.year).toBeGreaterThanOrEqual(2019);
      expect(data.published.year).toBeLessThanOrEqual(2024);
    }
    const all = synthetic.map((a) => a.data);
    expect(new Set(all.map((d) => d.publishedBasis))).toEqual(new Set(['stated', 'inferred']));
    expect(new Set(all.map((d) => d.published.precision))).toEqual(new Set(['day', 'minute']));
    expect(new Set(all.map((d) => d.titleDevised))).toEqual(new Set([true, false]));
    expect(synthetic.some((a) => a.raw.body.includes('<BacaJuga>'))).toBe(true);
    // Markdown punctuation occurs, so the escaping is exercised.
    expect(synthetic.some((a) => /\\[#&_!>]/.test(a.raw.body))).toBe(true);
  });

  it('writes an archive that checkArchive accepts, with about one event per five articles', () => {
    const archive: ArchiveInput = {
      articles: articles.map(({ raw, data, capture }) => ({
        id: raw.id,
        file: raw.file,
        data,
        body: raw.body,
        capture,
      })),
      events: rawCollection('events', corpus).map((e) => eventSchema.parse(e)),
      publishers: rawCollection('publishers', corpus).map((p) => publisherSchema.parse(p)),
      entities: rawCollection('entities', corpus).map((e) => entitySchema.parse(e)),
    };
    expect(checkArchive(archive)).toEqual([]);
    for (const records of [archive.events, archive.publishers, archive.entities]) {
      const ids = records.map((record) => record.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const realEvents = rawCollection('events').length;
    expect(archive.events).toHaveLength(realEvents + Math.round((COUNT - 2) / 5));
    const precisions = new Set(archive.events.map((event) => event.date.precision));
    expect(precisions).toEqual(new Set(['year', 'month', 'day', 'minute']));
  });

  it('writes the same bytes for the same seed, and others for another seed', () => {
    writeCorpus({ out: join(temp, 'same'), count: COUNT, seed: SEED });
    writeCorpus({ out: join(temp, 'other'), count: COUNT, seed: SEED + 1 });
    expect(hashFolder(join(temp, 'same'))).toBe(hashFolder(corpus));
    expect(hashFolder(join(temp, 'other'))).not.toBe(hashFolder(corpus));
  });

  it('runs from the command line on Node, honours --count and refuses a folder in use', () => {
    const out = join(temp, 'cli');
    const run = (...args: string[]) =>
      spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/corpus.ts', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    const first = run('--out', out, '--count', '25', '--seed', '3');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^corpus: 25 articles, 53 files, [\d.]+ MB in [\d.]+ s \(seed 3\)/);
    expect(filesUnder(join(out, 'articles'))).toHaveLength(25);

    const again = run('--out', out, '--count', '25');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('is not empty');
    const tooFew = run('--out', join(temp, 'few'), '--count', '1');
    expect(tooFew.status).toBe(1);
    expect(tooFew.stderr).toContain('at least 2 (the real articles)');
  });
});
