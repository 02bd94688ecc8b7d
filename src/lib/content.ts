/**
 * Reads the whole content folder and checks everything before any page renders: every data
 * file strictly (YAML syntax, shape, schema, duplicate ids), every article file (its name, its
 * frontmatter, its body as captured text), every capture (a regular UTF-8 file whose SHA-256
 * is the one recorded) and its account (the article is the capture, line for line and role for
 * role), then the references across collections. Every problem is reported at once, each with
 * the file, the line and column, the field, the bad value and what was expected.
 *
 * The build's loaders (src/lib/loaders.ts), the importer and the tests all read content
 * through this module.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { accountFor, compareWithCapture } from './account.ts';
import { parseArticleFile } from './article-file.ts';
import { bodyBlocks, checkBody } from './body.ts';
import { type CaptureFile, readCaptureFile } from './capture-file.ts';
import { type ArticleInput, type Located, checkArchive } from './integrity.ts';
import {
  type ArchiveEvent,
  type Article,
  type Entity,
  type Publisher,
  articleFields,
  articleSchema,
  entitySchema,
  eventSchema,
  publisherSchema,
} from './schema.ts';
import { type YamlPath, located, readYaml } from './yaml.ts';

/** An article as read: its frontmatter checked, its body as written and as blocks. */
export interface ArticleSource extends ArticleInput {
  body: string;
}

export interface ContentRead {
  /** In file-name order. */
  articles: ArticleSource[];
  events: Located<ArchiveEvent>[];
  publishers: Located<Publisher>[];
  entities: Located<Entity>[];
  problems: string[];
}

const SLUG_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/** How many articles are read at once: enough to keep the disk busy, few enough to keep memory flat. */
const CONCURRENCY = 32;

/**
 * Reads and checks the content folder. `root` is the project root: files inside it are named
 * from there in messages ("content/articles/x.mdx"), others in full.
 */
export async function readContent(contentDir: string, root: string = contentDir): Promise<ContentRead> {
  const name = (path: string) => {
    const fromRoot = relative(root, path);
    return fromRoot.startsWith('..') ? path : fromRoot.split(sep).join('/');
  };
  const problems: string[] = [];
  const unreadable = new Set<string>();
  const brokenIds = new Set<string>();
  const records = async <S extends z.ZodType<{ id: string }>>(file: string, schema: S, what: string) => {
    const shown = name(join(contentDir, file));
    const result = await readRecords(join(contentDir, file), shown, schema, what);
    problems.push(...result.problems);
    if (result.unreadable) unreadable.add(`content/${file}`);
    for (const id of result.brokenIds) brokenIds.add(id);
    return result.records;
  };
  const [publishers, entities, events] = await Promise.all([
    records('publishers.yaml', publisherSchema, 'outlets and agencies'),
    records('entities.yaml', entitySchema, 'people, organisations, countries and places'),
    records('events.yaml', eventSchema, 'events'),
  ]);
  const { articles, unreadableArticles } = await readArticles(contentDir, name, problems);
  problems.push(
    ...checkArchive({ articles, events, publishers, entities, unreadable, unreadableArticles, brokenIds }),
  );
  return { articles, events, publishers, entities, problems };
}

/** Where a field of a YAML record is written, as "file:line:column". */
function locator(
  file: string,
  positionOf: (path: YamlPath) => { line: number; column: number } | undefined,
  base: YamlPath = [],
) {
  return (path: YamlPath = []) => {
    for (let length = path.length; length >= 0; length--) {
      const position = positionOf([...base, ...path.slice(0, length)]);
      if (position) return located(file, position);
    }
    return file;
  };
}

/** A zod issue path as a field name: "dateline.place", "citations[0].quote". */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, part) =>
      typeof part === 'number' ? `${name}[${part}]` : name === '' ? String(part) : `${name}.${String(part)}`,
    '',
  );
}

/** A YAML list of records, each checked against its schema; duplicate ids name both lines. */
export async function readRecords<S extends z.ZodType<{ id: string }>>(
  path: string,
  file: string,
  schema: S,
  what: string,
): Promise<{
  records: Located<z.output<S>>[];
  problems: string[];
  /** True when the file as a whole could not be read: no record of it is known. */
  unreadable: boolean;
  /** Ids of records that failed their schema: references to them are not reported again. */
  brokenIds: Set<string>;
}> {
  const whole = (problems: string[]) => ({
    records: [],
    problems,
    unreadable: true,
    brokenIds: new Set<string>(),
  });
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`;
    return whole([`${file}: ${why}; expected a YAML list of ${what}`]);
  }
  const yaml = readYaml(text);
  if (!yaml.ok) return whole(yaml.problems.map((p) => `${located(file, p)}: ${p.message}`));
  if (yaml.value === undefined)
    return whole([`${file}: is empty; expected a YAML list of ${what} (write [] for none)`]);
  if (!Array.isArray(yaml.value)) {
    return whole([
      `${located(file, yaml.positionOf([]))}: is not a list; expected a YAML list of ${what}, each record starting with "- id: …"`,
    ]);
  }
  const problems: string[] = [];
  const brokenIds = new Set<string>();
  const records: Located<z.output<S>>[] = [];
  const seen = new Map<string, (path: YamlPath) => string>();
  yaml.value.forEach((raw: unknown, index) => {
    const at = locator(file, yaml.positionOf, [index]);
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : undefined;
    const label = id === undefined ? `record ${index + 1}` : `"${id}"`;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      if (id !== undefined) brokenIds.add(id);
      for (const issue of parsed.error.issues) {
        const field = fieldName(issue.path);
        problems.push(
          `${at(issue.path as YamlPath)}: ${label}: ${field === '' ? '' : `${field}: `}${issue.message}`,
        );
      }
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      problems.push(
        `${at(['id'])}: id: "${parsed.data.id}" is used twice, first at ${first(['id'])}; expected every record to have its own id`,
      );
      return;
    }
    // Where a record is, is worked out only for a message: at 100,000 records it is costly.
    seen.set(parsed.data.id, at);
    records.push({ data: parsed.data, at });
  });
  return { records, problems, unreadable: false, brokenIds };
}

/** Every article of content/articles/, read and checked against its capture, in file-name order. */
async function readArticles(contentDir: string, name: (path: string) => string, problems: string[]) {
  const folder = join(contentDir, 'articles');
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    problems.push(
      `${name(folder)}/: cannot be read (${(error as NodeJS.ErrnoException).code}); expected the articles folder`,
    );
    return { articles: [], unreadableArticles: new Set<string>() };
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const shown = name(join(folder, entry.name));
    if (entry.isDirectory()) {
      problems.push(`${shown}/: is a folder; expected only article files, <slug>.mdx, in ${name(folder)}/`);
    } else if (!entry.name.endsWith('.mdx')) {
      problems.push(
        `${shown}: is not an .mdx file; expected only article files, <slug>.mdx, in ${name(folder)}/ (a capture belongs in captures/)`,
      );
    } else if (!SLUG_FILE.test(entry.name)) {
      problems.push(
        `${shown}: the file name ${JSON.stringify(entry.name)} is not a slug; expected lowercase letters, digits and "-" joined, then ".mdx", e.g. "pertemuan-nato-rusia-dimulai.mdx" (the file name is the article's id and URL)`,
      );
    } else if (!entry.isFile()) {
      problems.push(`${shown}: is not a regular file (a symbolic link?); expected the article file itself`);
    } else {
      files.push(entry.name);
    }
  }
  if (files.length === 0 && problems.length === 0) {
    problems.push(`${name(folder)}/: has no article; expected at least one <slug>.mdx file`);
  }

  const articles: (ArticleSource | undefined)[] = new Array(files.length);
  for (let start = 0; start < files.length; start += CONCURRENCY) {
    const batch = files.slice(start, start + CONCURRENCY);
    const results = await Promise.all(
      batch.map((fileName) => readArticle(contentDir, join(folder, fileName), name)),
    );
    // Problems in file order, not in the order the reads finish: the same report on every run.
    results.forEach((result, offset) => {
      problems.push(...result.problems);
      articles[start + offset] = result.article;
    });
  }
  const read = articles.filter((article): article is ArticleSource => article !== undefined);
  const unreadableArticles = new Set(
    files.filter((_, index) => articles[index] === undefined).map((file) => file.replace(/\.mdx$/, '')),
  );

  // One article per capture, and no two captures whose names differ only in letter case.
  const captures = new Map<string, ArticleSource>();
  for (const article of read) {
    const key = article.data.capture.toLowerCase();
    const other = captures.get(key);
    if (other) {
      const same = other.data.capture === article.data.capture;
      problems.push(
        `${article.at(['capture'])}: capture: "${article.data.capture}" ${same ? 'is also the capture of' : 'differs only in letter case from the capture of'} ${other.file}; expected one capture per article${same ? '' : ' and capture names that differ in more than case (hosts that ignore case would serve one for both)'}`,
      );
    } else {
      captures.set(key, article);
    }
  }
  return { articles: read, unreadableArticles };
}

async function readArticle(
  contentDir: string,
  path: string,
  name: (path: string) => string,
): Promise<{ article?: ArticleSource; problems: string[] }> {
  return checkArticleSource({
    id: path.slice(path.lastIndexOf(sep) + 1).replace(/\.mdx$/, ''),
    file: name(path),
    source: await readFile(path, 'utf8'),
    readCapture: (capture) => readCaptureFile(contentDir, capture),
  });
}

/**
 * Checks an article file's text against its capture: the frontmatter against the schema (with
 * the line of every problem), the body as plain captured text, the capture's digest, and the
 * article as the capture's account, line for line. The build and the importer (for a draft)
 * both call it, each with its way of reading the capture, so a draft that passes here passes
 * the build.
 */
export async function checkArticleSource(input: {
  id: string;
  /** The file as named in messages. */
  file: string;
  source: string;
  /** Reads the capture the frontmatter names ("captures/<file>.txt"). */
  readCapture: (path: string) => Promise<CaptureFile>;
}): Promise<{ article?: ArticleSource; problems: string[] }> {
  const { id, file, source } = input;
  const parsed = parseArticleFile(source);
  if (!parsed.ok) return { problems: parsed.problems.map((p) => `${located(file, p)}: ${p.message}`) };
  const at = locator(file, parsed.file.positionOf);
  const { body } = parsed.file;
  const bodyProblems = checkBody(body).map((problem) => `${file}: body: ${problem}`);
  const checked = articleSchema.safeParse(parsed.file.frontmatter);
  if (!checked.success) {
    const problems = checked.error.issues.map(
      (issue) => `${at(issue.path as YamlPath)}: ${fieldName(issue.path) || 'frontmatter'}: ${issue.message}`,
    );
    // What the capture check needs may still be sound: then it runs too, so that one build
    // names every problem of the article.
    const partial = CAPTURE_FIELDS.safeParse(parsed.file.frontmatter);
    if (bodyProblems.length > 0 || !partial.success) return { problems: [...problems, ...bodyProblems] };
    const article = { id, file, data: partial.data as Article, body, blocks: bodyBlocks(body), at };
    return {
      problems: [...problems, ...checkCapture(article, await input.readCapture(partial.data.capture))],
    };
  }
  if (bodyProblems.length > 0) return { problems: bodyProblems };
  const article: ArticleSource = { id, file, data: checked.data, body, blocks: bodyBlocks(body), at };
  return { article, problems: checkCapture(article, await input.readCapture(checked.data.capture)) };
}

/** The fields the capture check reads: checked on their own when other fields fail the schema. */
const CAPTURE_FIELDS = articleFields
  .pick({ title: true, titleDevised: true, credits: true, capture: true, captureSha256: true })
  .loose();

/** The capture is a readable regular file, has the recorded digest, and the article accounts for it. */
function checkCapture(article: ArticleSource, capture: CaptureFile): string[] {
  const { data } = article;
  if (!capture.ok) return [`${article.at(['capture'])}: capture: content/${data.capture} ${capture.reason}`];
  if (capture.sha256 !== data.captureSha256) {
    return [
      `${article.at(['captureSha256'])}: captureSha256: content/${data.capture} has the SHA-256 ${capture.sha256}, the article records ${data.captureSha256}; expected the capture the article was made from, unchanged (a capture is never edited: restore it, or import the new capture as a new article)`,
    ];
  }
  const account = accountFor(capture.text, { titleDevised: data.titleDevised });
  article.story = account.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
  return compareWithCapture({ ...data, blocks: article.blocks }, account).map((problem) => {
    const [, field = '', index, key] = /^(\w+)(?:\[(\d+)\]|\.(\w+))?:/.exec(problem) ?? [];
    const path = index !== undefined ? [field, Number(index)] : key !== undefined ? [field, key] : [field];
    const where = field === 'body' ? article.file : article.at(path);
    return `${where}: ${problem} (capture: content/${data.capture})`;
  });
}
