/**
 * Imports raw plain-text captures into the archive as article drafts: copies each capture
 * byte for byte to <content>/captures/ and writes <content>/articles/<slug>.mdx, then says
 * what needs a human. What the importer can only guess (the entities the text names, the
 * events its dates mark) goes to <content>/suggestions/<slug>.yaml, which the build never
 * reads; a publisher given with --new-publisher is added to <content>/publishers.yaml with the
 * first article that uses it. The decisions are made by src/lib/capture/; this file reads and
 * writes files. Run it with the project's Node (24), which runs TypeScript directly:
 *
 *   npm run import -- content/captures/000_a0787a86cb8f5b8c.txt --published 2022-01-12
 *   npm run import -- captures/*.txt        (or a folder: every .txt file in it)
 *
 * Each capture is imported all or nothing: anything wrong refuses it before a single file is
 * written (one line per problem on stderr, naming the file), and a failure while writing
 * puts back what was there. With several captures, each is imported on its own and a summary
 * follows. Exit code 0 when every capture was imported (or printed), 1 otherwise.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type CaptureReading,
  type ImportOptions,
  type ReadAlsoMatches,
  type Suggestions,
  type TextDate,
  type TitleIndex,
  EntityIndex,
  addPublishers,
  addTitle,
  describeTextDate,
  importCapture,
  parseNewPublisher,
  placeNewPublisher,
  removeTitle,
  renderSuggestions,
  titleIndex,
} from '../src/lib/capture/index.ts';
import { compareKeys } from '../src/lib/order.ts';
import { MAX_CAPTURE_BYTES, checkCaptureBytes, sha256, tooBig } from '../src/lib/capture-file.ts';
import { readRecords } from '../src/lib/content.ts';
import { parseArticleFile } from '../src/lib/article-file.ts';
import { type Publisher, entitySchema, publisherSchema } from '../src/lib/schema.ts';
import { WriteError, writeAll } from './lib/transaction.ts';

const USAGE = `Usage: node scripts/import.ts <capture.txt | folder>... [options]

Drafts an article from each raw plain-text capture: copies the capture byte for byte to
<content>/captures/ and writes <content>/articles/<slug>.mdx. Prints what needs a human.
A folder stands for every .txt file in it. Each capture is imported all or nothing.

Options:
  --content DIR           the content folder (default: ./content)
  --publisher ID          the outlet, an id in <content>/publishers.yaml
                          (default: the outlet the credits or the dateline name)
  --new-publisher FIELDS  a publisher the archive does not know yet, added to publishers.yaml
                          with the first article that uses it (repeatable):
                          "name=Beritasatu.com,url=https://www.beritasatu.com/" and optionally
                          id=… (default: from the url, "beritasatu"), kind=outlet|agency
                          (default: outlet), description=… (default: a sentence to rewrite)
  --archived DATE         when the captures entered the archive (default: today in WIB)
  --dry-run               print each draft to stdout; write nothing
  --force                 replace an existing article, or a different capture of the same
                          name that no other article uses
With one capture only:
  --published DATE        publication date, "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM+07:00"
                          (default: inferred from a dated weekday in the text, e.g. "Selasa (4/1)")
  --published-basis B     how --published is known: "inferred" (default; a note says the
                          capture does not state it) or "stated"
  --title TEXT            a title for a capture without a headline (marked as devised)
  --summary TEXT          the archive's summary (default: the first sentence, to rewrite)
  --original-url URL      the original article's address
  --slug SLUG             the article's file name and URL slug (default: from the title)
  -h, --help              show this help

Suggestions (entities the text names, candidate events for the dates it names) are written to
<content>/suggestions/<slug>.yaml for a human to confirm; the build never reads them. A "Baca
Juga" line whose title is an archived article's headline is linked to it (readAlsoLinks).

A capture may be at most ${MAX_CAPTURE_BYTES.toLocaleString('en')} bytes (1 MiB).
Exit code 0 when every draft was written (or printed), 1 when any import was refused.`;

/** A reason to refuse a capture: each line is printed as "import: <line>" and nothing is written. */
class Refusal extends Error {
  readonly lines: readonly string[];
  constructor(lines: readonly string[]) {
    super(lines.join('\n'));
    this.lines = lines;
  }
}

const PER_CAPTURE = ['published', 'published-basis', 'title', 'summary', 'original-url', 'slug'] as const;

/** The command line, read strictly: an unknown option, or an empty value, is refused. */
function readArguments(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        content: { type: 'string', default: './content' },
        publisher: { type: 'string' },
        published: { type: 'string' },
        'published-basis': { type: 'string' },
        title: { type: 'string' },
        summary: { type: 'string' },
        'original-url': { type: 'string' },
        slug: { type: 'string' },
        archived: { type: 'string' },
        'new-publisher': { type: 'string', multiple: true },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new Refusal([`${(error as Error).message} (see --help)`]);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true as const };
  for (const [name, value] of Object.entries(values)) {
    const given = Array.isArray(value) ? value : [value];
    if (given.some((one) => typeof one === 'string' && one.trim() === '')) {
      throw new Refusal([`--${name}: is empty; expected a value (leave the option out to use the default)`]);
    }
  }
  if (positionals.length === 0) {
    throw new Refusal([
      'expected a capture file or folder; usage: node scripts/import.ts <capture.txt>... (see --help)',
    ]);
  }
  const basis = values['published-basis'];
  if (basis !== undefined && basis !== 'stated' && basis !== 'inferred') {
    throw new Refusal([`--published-basis: "${basis}" is not a basis; expected "stated" or "inferred"`]);
  }
  return {
    help: false as const,
    inputs: positionals,
    values,
    publishedBasis: basis as 'stated' | 'inferred' | undefined,
  };
}

type Values = Exclude<ReturnType<typeof readArguments>, { help: true }>['values'];

/** The capture files named: files as given, folders as every .txt file in them (sorted). */
async function captureFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(input)).filter((name) => name.endsWith('.txt')).sort();
      if (names.length === 0) throw new Refusal([`${input}: has no .txt file; expected captures`]);
      files.push(...names.map((name) => join(input, name)));
    } else {
      files.push(input);
    }
  }
  return files;
}

/** "1 credit line", "3 credit lines". */
function count(n: number, thing: string): string {
  return `${n} ${thing}${n === 1 ? '' : 's'}`;
}

/** The bytes of a file, or undefined when there is none. */
async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No such file (or a file where a folder of its path should be): there is nothing there yet.
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new Refusal([`${path}: cannot be read (${code})`]);
  }
}

/** Reads a capture, refusing with one line that names it: missing, a folder, too big, unreadable. */
async function readCaptureBytes(path: string): Promise<Buffer> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    const why = info.code === 'ENOENT' ? 'does not exist' : `cannot be read (${info.code})`;
    throw new Refusal([`${path}: ${why}; expected a plain-text capture`]);
  }
  if (info.isDirectory()) throw new Refusal([`${path}: is a directory; expected a plain-text capture`]);
  if (info.size > MAX_CAPTURE_BYTES) throw new Refusal([`${path}: ${tooBig(info.size).reason}`]);
  try {
    return await readFile(path);
  } catch (error) {
    throw new Refusal([`${path}: cannot be read (${(error as NodeJS.ErrnoException).code})`]);
  }
}

/** What the archive holds that an import refers to, kept up to date as captures are imported. */
interface Archive {
  publishers: Publisher[];
  /** publishers.yaml as it is now: new publishers are appended to it. */
  publishersText: string;
  entities: ImportOptions['entities'];
  entityIndex: EntityIndex;
  /** The archived articles' headlines, for "Baca Juga" lines. */
  titles: TitleIndex;
  /** The articles' titles by id, for messages. */
  titleOf: Map<string, string>;
  /** The article file that each capture ("captures/<file>.txt") is the capture of. */
  captureOwners: Map<string, string>;
  /** Publishers given with --new-publisher that no imported article uses yet. */
  pending: Publisher[];
  /** Article files that do not parse: while any (but the one being replaced) is there, imports are refused. */
  unreadable: { path: string; message: string }[];
}

/** How many article files are read at once. */
const CONCURRENCY = 32;

/**
 * The archive's publishers and entities, read as the build reads them (a bad file is refused),
 * and the titles of its articles.
 */
async function readArchive(content: string, newPublishers: readonly string[]): Promise<Archive> {
  const publishersPath = join(content, 'publishers.yaml');
  const [publishers, entities] = await Promise.all([
    readRecords(publishersPath, publishersPath, publisherSchema, 'outlets and agencies'),
    readRecords(join(content, 'entities.yaml'), join(content, 'entities.yaml'), entitySchema, 'entities'),
  ]);
  const problems = [...publishers.problems, ...entities.problems];
  if (problems.length > 0) throw new Refusal(problems);
  const known = publishers.records.map((r) => r.data);
  const pending = readNewPublishers(newPublishers, known);
  const { articles, unreadable } = await readArticles(content);
  return {
    publishers: known,
    publishersText: await readFile(publishersPath, 'utf8'),
    entities: entities.records.map((r) => r.data),
    entityIndex: new EntityIndex(entities.records.map((r) => r.data)),
    titles: titleIndex(articles),
    titleOf: new Map(articles.map((article) => [article.id, article.title])),
    captureOwners: new Map(
      articles.flatMap((article) =>
        article.capture === undefined
          ? []
          : [[article.capture, join(content, 'articles', `${article.id}.mdx`)]],
      ),
    ),
    pending,
    unreadable,
  };
}

/** The --new-publisher values, each checked like every publisher; refused with one line each. */
function readNewPublishers(specs: readonly string[], known: readonly Publisher[]): Publisher[] {
  const problems: string[] = [];
  const pending: Publisher[] = [];
  for (const spec of specs) {
    const parsed = parseNewPublisher(spec);
    if (!parsed.ok) {
      problems.push(`--new-publisher "${spec}": ${parsed.reason}`);
      continue;
    }
    const { publisher, defaulted } = parsed.value;
    const placed = placeNewPublisher(publisher, [...known, ...pending]);
    if (placed.kind === 'conflict') problems.push(`--new-publisher "${spec}": ${placed.reason}`);
    else if (placed.kind === 'known') {
      console.error(`--new-publisher ${publisher.id}: already in publishers.yaml as given; used as it is`);
    } else {
      pending.push(publisher);
      if (defaulted.length > 0) {
        const values = defaulted.map((field) => `${field} "${publisher[field]}"`).join(', ');
        console.error(
          `--new-publisher ${publisher.id}: not given, so by rule: ${values}; rewrite them in publishers.yaml if need be`,
        );
      }
    }
  }
  if (problems.length > 0) throw new Refusal(problems);
  return pending;
}

/** What the importer needs of an archived article. */
interface ArticleSummary {
  id: string;
  title: string;
  titleDevised: boolean;
  capture?: string;
}

/**
 * The id, title and capture of every article file, read once per run (files that do not read
 * are left to the build, which names their problems).
 */
async function readArticles(
  content: string,
): Promise<{ articles: ArticleSummary[]; unreadable: { path: string; message: string }[] }> {
  const folder = join(content, 'articles');
  // No articles/ yet is a new archive; any other failure to read it is refused, since an
  // article left unread would let --force replace its capture or a second article take its URL.
  const names = (
    await readdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return [] as string[];
      throw new Refusal([`${folder}/: cannot be read (${error.code}); expected the articles folder`]);
    })
  )
    .filter((n) => n.endsWith('.mdx'))
    .sort();
  const articles: ArticleSummary[] = [];
  const unreadable: { path: string; message: string }[] = [];
  for (let start = 0; start < names.length; start += CONCURRENCY) {
    const batch = await Promise.all(
      names.slice(start, start + CONCURRENCY).map(async (name): Promise<ArticleSummary | undefined> => {
        const path = join(folder, name);
        const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
          throw new Refusal([`${path}: cannot be read (${error.code}); expected an article file`]);
        });
        const parsed = parseArticleFile(text);
        if (!parsed.ok) {
          unreadable.push({
            path,
            message: `${path}: ${parsed.problems[0]?.message ?? 'cannot be read'}; expected an article file the build accepts (fix it first: the importer must know every article's capture and title)`,
          });
          return undefined;
        }
        const { title, titleDevised, capture } = parsed.file.frontmatter;
        return {
          id: name.replace(/\.mdx$/, ''),
          title: typeof title === 'string' ? title : '',
          titleDevised: titleDevised === true,
          capture: typeof capture === 'string' ? capture : undefined,
        };
      }),
    );
    for (const entry of batch) if (entry) articles.push(entry);
  }
  return { articles, unreadable: unreadable.sort((a, b) => compareKeys(a.path, b.path)) };
}

/** "paragraphs 1, 2, 4" or "paragraph 3". */
function paragraphList(numbers: readonly number[]): string {
  return `${numbers.length === 1 ? 'paragraph' : 'paragraphs'} ${numbers.join(', ')}`;
}

/** Tells the archivist, on stderr, what was read, what is suggested and what needs a human. */
function reportDraft(
  capture: string,
  reading: CaptureReading,
  result: {
    dates: readonly TextDate[];
    warnings: readonly string[];
    suggestions: Suggestions;
    readAlso: ReadAlsoMatches;
    added: readonly Publisher[];
    suggestionsPath?: string;
  },
  archive: Archive,
) {
  const paragraphs = reading.blocks.filter((block) => block.kind === 'paragraph').length;
  const parts = [
    reading.headline === undefined ? 'no headline' : 'a headline',
    count(paragraphs, 'paragraph'),
    count(reading.blocks.length - paragraphs, '"Baca Juga" line'),
    count(reading.credits.lines.length, 'credit line'),
  ];
  console.error(`Read ${capture}: ${parts.join(', ')}.`);
  if (result.dates.length > 0) {
    console.error('Dates in the text:');
    for (const date of result.dates) console.error(`  ${describeTextDate(date)}`);
  }
  for (const publisher of result.added) {
    console.error(
      `New publisher: ${publisher.id} (${publisher.name}, ${publisher.kind}, ${publisher.url}), added to publishers.yaml with this article`,
    );
  }
  if (result.readAlso.links.length > 0) {
    console.error('"Baca Juga" lines that name an archived article, linked to it (readAlsoLinks):');
    for (const link of result.readAlso.links) {
      const line = reading.blocks.find((block) => block.text === link.line)?.line;
      console.error(
        `  "${link.line}" (line ${line}) → ${link.article}: "${archive.titleOf.get(link.article) ?? link.article}"`,
      );
    }
  }
  const { entities, events } = result.suggestions;
  if (entities.length > 0 || events.length > 0) {
    const where = result.suggestionsPath ?? 'not written (--dry-run)';
    console.error(`Suggestions, for a human to confirm (${where}):`);
    if (entities.length > 0) {
      console.error(
        `  entities: ${entities.map((entity) => `${entity.id} (${paragraphList(entity.paragraphs)})`).join('; ')}`,
      );
    }
    for (const { event } of events) {
      const cited = paragraphList(event.citations.map((citation) => citation.paragraph));
      console.error(`  event ${event.date} (${cited}): ${event.id}`);
    }
  }
  console.error(`Needs a human (${result.warnings.length}):`);
  for (const warning of result.warnings) console.error(`  - ${warning}`);
}

/** Imports one capture, all or nothing; returns the article's path (or "printed") and how many points need a human. */
async function importOne(
  capture: string,
  values: Values,
  publishedBasis: 'stated' | 'inferred' | undefined,
  archive: Archive,
  now: Date,
  /** True when this is the only capture: a new publisher it does not use is then refused. */
  only: boolean,
): Promise<{ written: string; warnings: number }> {
  const bytes = await readCaptureBytes(capture);
  const decoded = checkCaptureBytes(bytes);
  if (!decoded.ok) throw new Refusal([`${capture}: ${decoded.reason}`]);
  const name = basename(capture);
  const result = await importCapture(
    { text: decoded.text, sha256: sha256(bytes), bytes: bytes.length },
    {
      captureName: name,
      publishers: [...archive.publishers, ...archive.pending],
      entities: archive.entities,
      entityIndex: archive.entityIndex,
      titles: archive.titles,
      now,
      publisher: values.publisher,
      published: values.published,
      publishedBasis,
      archived: values.archived,
      title: values.title,
      summary: values.summary,
      originalUrl: values['original-url'],
      slug: values.slug,
    },
  );
  if (!result.ok) throw new Refusal(result.errors.map((error) => `${capture}: ${error}`));
  const { draft, suggestions } = result;
  const { frontmatter } = draft;
  const uses = new Set([frontmatter.publisher, ...(frontmatter.wire ?? []), ...(frontmatter.cited ?? [])]);
  const added = archive.pending.filter((publisher) => uses.has(publisher.id));
  if (only) {
    const unused = archive.pending.filter((publisher) => !uses.has(publisher.id));
    if (unused.length > 0) {
      throw new Refusal(
        unused.map(
          (publisher) =>
            `--new-publisher ${publisher.id}: the draft does not use it (its credits, dateline and text do not name "${publisher.name}", and --publisher does not choose it); expected a publisher of this capture`,
        ),
      );
    }
  }

  const capturePath = join(values.content, 'captures', name);
  const articlePath = join(values.content, 'articles', `${draft.slug}.mdx`);
  const publishersPath = join(values.content, 'publishers.yaml');
  const hasSuggestions = suggestions.entities.length > 0 || suggestions.events.length > 0;
  const suggestionsPath = join(values.content, 'suggestions', `${draft.slug}.yaml`);
  const existingCapture = await readIfExists(capturePath);
  const existingArticle = await readIfExists(articlePath);
  const unreadable = archive.unreadable.filter((entry) => entry.path !== articlePath);
  if (unreadable.length > 0) throw new Refusal(unreadable.map((entry) => entry.message));
  const sameCapture = existingCapture !== undefined && existingCapture.equals(bytes);
  const owner = archive.captureOwners.get(`captures/${name}`);
  const otherOwner = owner !== undefined && owner !== articlePath ? owner : undefined;
  if (!values['dry-run']) {
    const refusals: string[] = [];
    if (existingCapture !== undefined && !sameCapture) {
      if (!values.force) {
        refusals.push(`${capturePath}: exists with different bytes; pass --force to replace it`);
      } else if (otherOwner !== undefined) {
        refusals.push(
          `${capturePath}: exists with different bytes and is the capture of ${otherOwner}; --force never replaces a capture another article uses (give the new capture another file name)`,
        );
      }
    } else if (sameCapture && otherOwner !== undefined) {
      refusals.push(
        `${capturePath}: is already the capture of ${otherOwner}; expected one article per capture (to draft that article again, pass --slug ${basename(otherOwner, '.mdx')} --force)`,
      );
    }
    if (existingArticle !== undefined && !values.force) {
      refusals.push(`${articlePath}: exists; pass --force to replace it, or --slug to write another`);
    }
    if (refusals.length > 0) throw new Refusal(refusals);
  }

  reportDraft(
    capture,
    draft.reading,
    { ...result, added, suggestionsPath: values['dry-run'] || !hasSuggestions ? undefined : suggestionsPath },
    archive,
  );
  if (values['dry-run']) {
    process.stdout.write(draft.mdx);
    return { written: 'printed', warnings: result.warnings.length };
  }
  const publishersText = addPublishers(archive.publishersText, added);
  const planned = [
    ...(sameCapture ? [] : [{ path: capturePath, bytes }]),
    ...(added.length > 0 ? [{ path: publishersPath, bytes: publishersText }] : []),
    { path: articlePath, bytes: draft.mdx },
    ...(hasSuggestions ? [{ path: suggestionsPath, bytes: renderSuggestions(suggestions) }] : []),
  ];
  const previous = new Map<string, Uint8Array | undefined>([
    [capturePath, existingCapture],
    [publishersPath, Buffer.from(archive.publishersText)],
    [articlePath, existingArticle],
    [suggestionsPath, hasSuggestions ? await readIfExists(suggestionsPath) : undefined],
  ]);
  try {
    await writeAll(planned, previous);
  } catch (error) {
    if (error instanceof WriteError) throw new Refusal([`${capture}: ${error.message}`]);
    throw error;
  }
  // The archive now holds the article, and the publishers it added.
  archive.publishers.push(...added);
  archive.pending = archive.pending.filter((publisher) => !added.includes(publisher));
  archive.publishersText = publishersText;
  const title = String(frontmatter.title);
  const before = archive.titleOf.get(draft.slug);
  if (before !== undefined) removeTitle(archive.titles, { id: draft.slug, title: before });
  addTitle(archive.titles, { id: draft.slug, title, titleDevised: frontmatter.titleDevised === true });
  archive.titleOf.set(draft.slug, title);
  archive.captureOwners.set(`captures/${name}`, articlePath);

  console.log(`${sameCapture ? 'kept' : 'wrote'} ${capturePath}`);
  if (added.length > 0) console.log(`wrote ${publishersPath} (added ${added.map((p) => p.id).join(', ')})`);
  console.log(`wrote ${articlePath}`);
  if (hasSuggestions) console.log(`wrote ${suggestionsPath}`);
  return { written: articlePath, warnings: result.warnings.length };
}

async function main(argv: string[]): Promise<number> {
  const args = readArguments(argv);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const { values } = args;
  const captures = await captureFiles(args.inputs);
  if (captures.length > 1) {
    const single = PER_CAPTURE.filter((option) => values[option] !== undefined);
    if (single.length > 0) {
      throw new Refusal([`--${single[0]}: applies to one capture only; ${captures.length} were given`]);
    }
  }
  const archive = await readArchive(values.content, values['new-publisher'] ?? []);
  const now = new Date();
  if (captures.length === 1) {
    await importOne(captures[0]!, values, args.publishedBasis, archive, now, true);
    return 0;
  }

  const imported: string[] = [];
  const refused: string[] = [];
  const needHuman: string[] = [];
  for (const [index, capture] of captures.entries()) {
    console.error(`[${index + 1}/${captures.length}] ${capture}`);
    try {
      const { written, warnings } = await importOne(
        capture,
        values,
        args.publishedBasis,
        archive,
        now,
        false,
      );
      imported.push(`${capture} → ${written}`);
      if (warnings > 0) needHuman.push(`${written}: ${warnings} point${warnings === 1 ? '' : 's'}`);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      for (const line of error.lines) console.error(`import: ${line}`);
      refused.push(
        `${capture}: ${error.lines[0]!.replace(`${capture}: `, '')}${error.lines.length > 1 ? ` (and ${error.lines.length - 1} more)` : ''}`,
      );
    }
  }
  console.error(
    `\nImported ${imported.length} of ${captures.length} captures; refused ${refused.length}; ${needHuman.length} of the imported need a human.`,
  );
  for (const line of refused) console.error(`  refused: ${line}`);
  for (const line of needHuman) console.error(`  needs a human: ${line}`);
  // (With --dry-run nothing is written, so a new publisher stays pending: that is no failure.)
  const unused = values['dry-run'] ? [] : archive.pending;
  for (const publisher of unused) {
    console.error(
      `  not added: --new-publisher ${publisher.id}: no imported capture uses it; publishers.yaml is unchanged`,
    );
  }
  return refused.length === 0 && unused.length === 0 ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  for (const line of error.lines) console.error(`import: ${line}`);
  process.exitCode = 1;
}
