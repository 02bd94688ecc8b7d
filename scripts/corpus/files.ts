/**
 * Writes a corpus: a complete content folder (captures/, articles/, publishers.yaml,
 * entities.yaml, events.yaml) of N articles, the real articles of content/ among them byte
 * for byte. Files are written as they are made, one article at a time, day by day, and each
 * event as soon as no later article can cite it: memory stays flat at any size.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { type Entity, type Publisher, entitySchema, publisherSchema } from '../../src/lib/schema.ts';
import { readYaml } from '../../src/lib/yaml.ts';
import { ArticleWriter } from './article.ts';
import { schedule } from './calendar.ts';
import { EventLog } from './events.ts';
import { createRandom } from './random.ts';
import { UniqueSlugs } from './slugs.ts';
import { loadWorld } from './world.ts';

/** The content folder of this project, which every corpus builds on. */
export const PROJECT_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** A problem with the request itself (a used folder, a count too small): one line for the user. */
export class CorpusError extends Error {}

/** The real content folder, read: what the corpus copies and builds on. */
export interface RealContent {
  /** Files under articles/ and captures/, by path relative to the content folder. */
  files: ReadonlyMap<string, Uint8Array>;
  publishers: { text: string; records: Publisher[] };
  entities: { text: string; records: Entity[] };
  events: { text: string; count: number };
}

/** The records of a YAML list of the real content, checked by the archive's schema. */
function records<S extends z.ZodType>(
  dir: string,
  name: string,
  schema: S,
): { text: string; records: z.output<S>[] } {
  const text = readFileSync(join(dir, name), 'utf8');
  const yaml = readYaml(text);
  if (!yaml.ok || !Array.isArray(yaml.value)) throw new Error(`${join(dir, name)}: is not a YAML list`);
  return { text, records: yaml.value.map((record) => schema.parse(record)) };
}

/** Reads what a corpus copies from a content folder. */
export function readRealContent(dir: string): RealContent {
  const files = new Map<string, Uint8Array>();
  for (const folder of ['captures', 'articles']) {
    for (const name of readdirSync(join(dir, folder)).sort()) {
      files.set(`${folder}/${name}`, readFileSync(join(dir, folder, name)));
    }
  }
  return {
    files,
    publishers: records(dir, 'publishers.yaml', publisherSchema),
    entities: records(dir, 'entities.yaml', entitySchema),
    events: (({ text, records }) => ({ text, count: records.length }))(
      records(dir, 'events.yaml', z.unknown()),
    ),
  };
}

/** What writeCorpus wrote. */
export interface CorpusSummary {
  articles: number;
  /** In events.yaml: the real ones and the synthetic. */
  events: number;
  files: number;
  bytes: number;
}

export interface CorpusOptions {
  /** The folder to write; it must be missing or empty. */
  out: string;
  /** Articles in all, the real ones included. */
  count: number;
  seed: number;
  /** The real content folder it builds on (default: this project's). */
  content?: string;
  /** Called after every `every` articles written (real ones included). */
  progress?: { every: number; report(articles: number): void };
}

/** The text, ending with a newline unless empty, so that more YAML records can follow. */
const withNewline = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);
const q = JSON.stringify;

function publisherYaml(p: Publisher): string {
  return [
    `- id: ${p.id}`,
    `  name: ${q(p.name)}`,
    `  kind: ${p.kind}`,
    ...(p.url ? [`  url: ${p.url}`] : []),
    `  description: ${q(p.description)}`,
    '',
  ].join('\n');
}

function entityYaml(e: Entity): string {
  return [
    `- id: ${e.id}`,
    `  name: ${q(e.name)}`,
    `  kind: ${e.kind}`,
    `  description: ${q(e.description)}`,
    ...(e.aliases.length > 0 ? [`  aliases: [${e.aliases.map((alias) => q(alias)).join(', ')}]`] : []),
    '',
  ].join('\n');
}

/** Refuses a folder that holds anything: a corpus is written whole, never over another. */
function checkOut(out: string): void {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory())
    throw new CorpusError(`${out} is a file; expected a new or empty folder for the corpus`);
  if (readdirSync(out).length > 0) {
    throw new CorpusError(
      `${out} is not empty; expected a new or empty folder (remove it, or pass another --out)`,
    );
  }
}

/**
 * Writes a corpus of `count` articles into `out`. The same count and seed (and the same real
 * content) give the same bytes: all randomness comes from one generator seeded with `seed`.
 */
export function writeCorpus(options: CorpusOptions): CorpusSummary {
  const { out, count, seed } = options;
  const real = readRealContent(options.content ?? PROJECT_CONTENT);
  const realArticles = [...real.files.keys()].filter((path) => path.startsWith('articles/'));
  if (!Number.isInteger(count) || count < realArticles.length) {
    throw new CorpusError(
      `--count ${count} is too small; expected an integer of at least ${realArticles.length} (the real articles)`,
    );
  }
  checkOut(out);
  const world = loadWorld({ publishers: real.publishers.records, entities: real.entities.records });

  const summary: CorpusSummary = { articles: 0, events: 0, files: 0, bytes: 0 };
  const write = (path: string, content: string | Uint8Array) => {
    writeFileSync(join(out, path), content);
    summary.files += 1;
    summary.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  };
  const reportEvery = options.progress?.every ?? Infinity;
  const written = () => {
    summary.articles += 1;
    if (summary.articles % reportEvery === 0) options.progress!.report(summary.articles);
  };

  mkdirSync(join(out, 'articles'), { recursive: true });
  mkdirSync(join(out, 'captures'), { recursive: true });
  for (const [path, content] of real.files) {
    write(path, content);
    if (path.startsWith('articles/')) written();
  }
  write(
    'publishers.yaml',
    `${withNewline(real.publishers.text)}\n# Added by scripts/corpus/: the synthetic outlets and more real agencies.\n${world.addedPublishers.map(publisherYaml).join('')}`,
  );

  // entities.yaml and events.yaml grow as the articles are written: each local person once
  // first quoted, each event once no later article can cite it.
  const entitiesFile = openSync(join(out, 'entities.yaml'), 'w');
  const eventsFile = openSync(join(out, 'events.yaml'), 'w');
  summary.files += 2;
  const append = (fd: number) => (text: string) => {
    summary.bytes += writeSync(fd, text);
  };
  const appendEntities = append(entitiesFile);
  const appendEvents = append(eventsFile);
  try {
    appendEntities(
      `${withNewline(real.entities.text)}\n# Added by scripts/corpus/: the entities of its synthetic stories.\n${world.addedEntities.map(entityYaml).join('')}`,
    );
    appendEvents(
      `${withNewline(real.events.text)}\n# Added by scripts/corpus/: the events its synthetic articles report.\n`,
    );
    const r = createRandom(seed);
    const events = new EventLog(appendEvents);
    const slugs = new UniqueSlugs(realArticles.map((path) => path.slice('articles/'.length, -'.mdx'.length)));
    const writer = new ArticleWriter(r, world, events, slugs);
    let sequence = 0;
    for (const { day, articles } of schedule(r, world.calendar, count - realArticles.length)) {
      events.startDay();
      for (let i = 0; i < articles; i++) {
        const article = writer.write(day, ++sequence);
        write(`captures/${article.captureName}`, article.capture);
        write(`articles/${article.id}.mdx`, article.article);
        for (const entity of world.locals.drain()) appendEntities(entityYaml(entity));
        written();
      }
    }
    events.finish();
    summary.events = real.events.count + events.count;
  } finally {
    closeSync(entitiesFile);
    closeSync(eventsFile);
  }
  return summary;
}
