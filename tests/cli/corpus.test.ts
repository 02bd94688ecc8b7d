/**
 * The benchmark corpus (scripts/corpus.ts, scripts/corpus/): what it writes is an archive that
 * the real content reader (src/lib/content.ts, the build's own check) accepts with no
 * problem; it has the shape the benchmarks rely on (years, outlets, agencies, a long tail of
 * topics, paragraphs, events cited by several outlets, Indonesian word frequencies); the same
 * seed gives the same bytes; and its command line does what it says, on the project's Node.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor } from '../../src/lib/account.ts';
import { type ArticleSource, type ContentRead, readContent } from '../../src/lib/content.ts';
import { schedule } from '../../scripts/corpus/calendar.ts';
import { type CorpusSummary, readRealContent, writeCorpus } from '../../scripts/corpus/files.ts';
import { createRandom } from '../../scripts/corpus/random.ts';
import { loadWorld } from '../../scripts/corpus/world.ts';
import { CONTENT, ROOT } from '../support/paths.ts';

const COUNT = 300;
const SEED = 7;
const NODE = join(ROOT, 'node_modules/.bin/node');

let temp: string;
let corpus: string;
let summary: CorpusSummary;
let read: ContentRead;
let synthetic: ArticleSource[];
let progress: number[];

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'kliping-corpus-'));
  corpus = join(temp, 'corpus');
  progress = [];
  summary = writeCorpus({
    out: corpus,
    count: COUNT,
    seed: SEED,
    progress: { every: 100, report: (n) => progress.push(n) },
  });
  read = await readContent(corpus, ROOT);
  synthetic = read.articles.filter((a) =>
    a.data.notes.some((note) => note.text.includes('scripts/corpus.ts')),
  );
}, 60_000);

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

const story = (article: ArticleSource) =>
  article.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));

/** How many articles each value of `key` is in. */
function tally(articles: readonly ArticleSource[], key: (a: ArticleSource) => readonly string[]) {
  const counts = new Map<string, number>();
  for (const article of articles)
    for (const value of new Set(key(article))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe('a corpus of 300 articles', () => {
  it('passes the content reader with no problem, the real articles among them byte for byte', () => {
    expect(read.problems).toEqual([]);
    expect(read.articles).toHaveLength(COUNT);
    expect(synthetic).toHaveLength(COUNT - 2);
    expect(summary).toMatchObject({ articles: COUNT, files: 2 * COUNT + 3, events: read.events.length });
    expect(progress).toEqual([100, 200, 300]);
    for (const folder of ['articles', 'captures']) {
      for (const file of readdirSync(join(CONTENT, folder))) {
        expect(
          readFileSync(join(corpus, folder, file)).equals(readFileSync(join(CONTENT, folder, file))),
          file,
        ).toBe(true);
      }
    }
    // The real events, the medcom and kontan citations among them, are kept and still check.
    const real = readRealContent(CONTENT);
    expect(readFileSync(join(corpus, 'events.yaml'), 'utf8').startsWith(real.events.text)).toBe(true);
    expect(
      read.events.filter((e) => e.data.citations.some((c) => c.article === 'pertemuan-nato-rusia-dimulai')),
    ).not.toHaveLength(0);
  });

  it('is published over at least 8 years', () => {
    expect(new Set(read.articles.map((a) => a.data.published.year)).size).toBeGreaterThanOrEqual(8);
  });

  it('comes from at least 6 outlets in their own capture formats, and at least 4 agencies', () => {
    const outlets = tally(synthetic, (a) => [a.data.publisher]);
    expect(outlets.size).toBeGreaterThanOrEqual(6);
    const agencies = tally(synthetic, (a) => [...a.data.wire, ...a.data.cited]);
    expect(agencies.size).toBeGreaterThanOrEqual(4);
    // Captures with a headline and without (credit line or dateline first), credits first and last.
    const firstLines = new Set<string>();
    let creditsFirst = 0;
    let creditsLast = 0;
    for (const article of synthetic) {
      const account = accountFor(readFileSync(join(corpus, article.data.capture), 'utf8'));
      firstLines.add(account.firstLine!);
      const lastBlock = account.blocks.at(-1)!.line;
      if (account.credits.some((c) => c.line < account.blocks[0]!.line)) creditsFirst += 1;
      if (account.credits.some((c) => c.line > lastBlock)) creditsLast += 1;
    }
    expect(firstLines).toEqual(new Set(['headline', 'credit', 'dateline']));
    expect(creditsFirst).toBeGreaterThan(0);
    expect(creditsLast).toBeGreaterThan(0);
    const datelines = synthetic.flatMap((a) => (a.data.dateline ? [a.data.dateline.text] : []));
    expect(datelines.some((d) => /^[A-Z.]+ - [A-Z ]+\.$/.test(d))).toBe(true); // WARTANUSANTARA.EXAMPLE - JAKARTA.
    expect(datelines.some((d) => /^[A-Z ]+, (SENIN|SELASA|RABU|KAMIS|JUMAT|SABTU|MINGGU) -$/.test(d))).toBe(
      true,
    ); // WINA, KAMIS -
    expect(datelines.some((d) => /^[A-Z][a-z ]+, [A-Z][a-z]+\.example -$/.test(d))).toBe(true); // Jakarta, Lintaskota.example -
    const labels = synthetic.flatMap((a) =>
      a.blocks.filter((b) => b.kind === 'readAlso').map((b) => /^\S+ \S+/.exec(b.text)![0]),
    );
    const readAlso = new Set(labels);
    expect(readAlso).toContain('Baca juga:');
    expect(readAlso).toContain('Baca Juga:');
  });

  it('names at least 150 topics, with a long tail: one in many articles, most in few', () => {
    const topics = [...tally(read.articles, (a) => a.data.entities).values()].sort((a, b) => b - a);
    expect(topics.length).toBeGreaterThanOrEqual(150);
    expect(topics[0]).toBeGreaterThanOrEqual(COUNT * 0.2);
    expect(topics.filter((n) => n <= 3).length).toBeGreaterThanOrEqual(50);
  });

  it('gives every synthetic article 10–20 paragraphs', () => {
    for (const article of synthetic) {
      expect(story(article).length, article.file).toBeGreaterThanOrEqual(10);
      expect(story(article).length, article.file).toBeLessThanOrEqual(20);
    }
  });

  it('has events whose quotes are in their paragraphs, some reported by several articles and outlets', () => {
    const byId = new Map(read.articles.map((a) => [a.id, a]));
    const realIds = new Set(readdirSync(join(CONTENT, 'articles')).map((file) => file.replace(/\.mdx$/, '')));
    const generated = read.events.filter((e) => e.data.citations.every((c) => !realIds.has(c.article)));
    expect(generated.length).toBeGreaterThanOrEqual(COUNT / 10);
    for (const { data: event } of read.events) {
      for (const citation of event.citations) {
        expect(story(byId.get(citation.article)!)[citation.paragraph - 1], event.id).toContain(
          citation.quote,
        );
      }
    }
    const articles = generated.map((e) => new Set(e.data.citations.map((c) => c.article)).size);
    const outlets = generated.map(
      (e) => new Set(e.data.citations.map((c) => byId.get(c.article)!.data.publisher)).size,
    );
    expect(articles.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(10);
    expect(outlets.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(5);
    expect(new Set(generated.map((e) => e.data.date.precision))).toEqual(
      new Set(['year', 'month', 'day', 'minute']),
    );
  });

  it('has common Indonesian words in most articles and topic words in few', () => {
    const words = (a: ArticleSource) =>
      new Set(
        story(a)
          .join(' ')
          .toLowerCase()
          .split(/[^\p{L}\p{N}-]+/u),
      );
    const share = (word: string) => synthetic.filter((a) => words(a).has(word)).length / synthetic.length;
    for (const common of ['yang', 'dan', 'di', 'pemerintah'])
      expect(share(common), common).toBeGreaterThan(0.8);
    for (const topic of ['inflasi', 'banjir', 'stunting', 'vaksinasi', 'gencatan'])
      expect(share(topic), topic).toBeLessThan(0.1);
  });

  it('is the same bytes for the same seed, and other bytes for another seed', () => {
    writeCorpus({ out: join(temp, 'same'), count: COUNT, seed: SEED });
    writeCorpus({ out: join(temp, 'other'), count: COUNT, seed: SEED + 1 });
    expect(hashFolder(join(temp, 'same'))).toBe(hashFolder(corpus));
    expect(hashFolder(join(temp, 'other'))).not.toBe(hashFolder(corpus));
  }, 60_000);
});

describe('the publication calendar', () => {
  const real = readRealContent(CONTENT);
  const world = loadWorld({ publishers: real.publishers.records, entities: real.entities.records });

  it('shares out exactly the articles asked for, weekdays busier than weekends, some days empty', () => {
    const days = schedule(createRandom(1), world.calendar, 100_000);
    expect(days.reduce((sum, d) => sum + d.articles, 0)).toBe(100_000);
    expect(days.some((d) => d.articles === 0)).toBe(true);
    const mean = (weekdays: number[]) => {
      const chosen = days.filter(({ day }) =>
        weekdays.includes(new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()),
      );
      return chosen.reduce((sum, d) => sum + d.articles, 0) / chosen.length;
    };
    expect(mean([1, 2, 3, 4, 5])).toBeGreaterThan(1.5 * mean([0, 6]));
    const counts = days.map((d) => d.articles).filter((n) => n > 0);
    expect(Math.max(...counts)).toBeGreaterThan(2 * (100_000 / days.length));
  });
});

describe('node scripts/corpus.ts', () => {
  const run = (...args: string[]) =>
    spawnSync(NODE, ['scripts/corpus.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('writes --count articles into --out, with a one-line summary', () => {
    const out = join(temp, 'cli');
    const result = run('--count', '25', '--seed', '3', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^corpus: 25 articles, \d+ events, 53 files, [\d.]+ MB in [\d.]+ s \(seed 3\) → .*cli\n$/,
    );
    expect(readdirSync(join(out, 'articles'))).toHaveLength(25);
  });

  it('writes into corpus/<count>-<seed>/ of the project by default, and refuses a folder in use', () => {
    const out = join(ROOT, 'corpus/3-4242');
    rmSync(out, { recursive: true, force: true });
    try {
      const first = run('--count', '3', '--seed', '4242');
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toContain('→ corpus/3-4242');
      expect(readdirSync(join(out, 'articles'))).toHaveLength(3);

      const again = run('--count', '3', '--seed', '4242');
      expect(again.status).toBe(1);
      expect(again.stdout).toBe('');
      expect(again.stderr).toMatch(
        /^corpus: .*corpus\/3-4242 is not empty; expected a new or empty folder .*\n$/,
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('refuses a used --out folder and a count below the real articles, writing nothing', () => {
    const used = join(temp, 'used');
    mkdirSync(used);
    writeFileSync(join(used, 'keep.txt'), 'mine');
    const refused = run('--count', '10', '--out', used);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(filesUnder(used)).toEqual(['keep.txt']);

    const few = run('--count', '1', '--out', join(temp, 'few'));
    expect(few.status).toBe(1);
    expect(few.stderr).toContain('at least 2 (the real articles)');
    expect(existsSync(join(temp, 'few'))).toBe(false);
  });
});
