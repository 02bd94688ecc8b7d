/**
 * Imports raw plain-text captures into the archive as article drafts: copies each capture
 * byte for byte to <content>/captures/ and writes <content>/articles/<slug>.mdx, then says
 * what needs a human. The decisions are made by src/lib/capture/; this file reads and writes
 * files. Run it with the project's Node (24), which runs TypeScript directly:
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
  type TextDate,
  describeTextDate,
  importCapture,
} from '../src/lib/capture/index.ts';
import { MAX_CAPTURE_BYTES, checkCaptureBytes, sha256, tooBig } from '../src/lib/capture-file.ts';
import { readRecords } from '../src/lib/content.ts';
import { parseArticleFile } from '../src/lib/article-file.ts';
import { entitySchema, publisherSchema } from '../src/lib/schema.ts';
import { WriteError, writeAll } from './lib/transaction.ts';

const USAGE = `Usage: node scripts/import.ts <capture.txt | folder>... [options]

Drafts an article from each raw plain-text capture: copies the capture byte for byte to
<content>/captures/ and writes <content>/articles/<slug>.mdx. Prints what needs a human.
A folder stands for every .txt file in it. Each capture is imported all or nothing.

Options:
  --content DIR           the content folder (default: ./content)
  --publisher ID          the outlet, an id in <content>/publishers.yaml
                          (default: the outlet the credits or the dateline name)
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
    if (typeof value === 'string' && value.trim() === '') {
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

/** Records of a data file of the content folder, read as the build reads them; a bad file is refused. */
async function readKnown(content: string): Promise<Pick<ImportOptions, 'publishers' | 'entities'>> {
  const [publishers, entities] = await Promise.all([
    readRecords(
      join(content, 'publishers.yaml'),
      join(content, 'publishers.yaml'),
      publisherSchema,
      'outlets and agencies',
    ),
    readRecords(join(content, 'entities.yaml'), join(content, 'entities.yaml'), entitySchema, 'entities'),
  ]);
  const problems = [...publishers.problems, ...entities.problems];
  if (problems.length > 0) throw new Refusal(problems);
  return { publishers: publishers.records.map((r) => r.data), entities: entities.records.map((r) => r.data) };
}

/** Tells the archivist, on stderr, what was read and what needs a human. */
function reportDraft(
  capture: string,
  reading: CaptureReading,
  dates: readonly TextDate[],
  warnings: readonly string[],
) {
  const paragraphs = reading.blocks.filter((block) => block.kind === 'paragraph').length;
  const parts = [
    reading.headline === undefined ? 'no headline' : 'a headline',
    count(paragraphs, 'paragraph'),
    count(reading.blocks.length - paragraphs, '"Baca Juga" line'),
    count(reading.credits.lines.length, 'credit line'),
  ];
  console.error(`Read ${capture}: ${parts.join(', ')}.`);
  if (dates.length > 0) {
    console.error('Dates in the text:');
    for (const date of dates) console.error(`  ${describeTextDate(date)}`);
  }
  console.error(`Needs a human (${warnings.length}):`);
  for (const warning of warnings) console.error(`  - ${warning}`);
}

/** The articles (other than `except`) whose frontmatter names a capture, by file. */
async function articlesUsing(content: string, capture: string, except: string): Promise<string[]> {
  const folder = join(content, 'articles');
  const names = await readdir(folder).catch(() => [] as string[]);
  const users: string[] = [];
  for (const name of names.filter((n) => n.endsWith('.mdx'))) {
    const path = join(folder, name);
    if (path === except) continue;
    const parsed = parseArticleFile(await readFile(path, 'utf8'));
    if (parsed.ok && parsed.file.frontmatter.capture === capture) users.push(path);
  }
  return users;
}

/** Imports one capture, all or nothing; returns the article's path (or "printed"). */
async function importOne(
  capture: string,
  values: Values,
  publishedBasis: 'stated' | 'inferred' | undefined,
  known: Pick<ImportOptions, 'publishers' | 'entities'>,
  now: Date,
): Promise<string> {
  const bytes = await readCaptureBytes(capture);
  const decoded = checkCaptureBytes(bytes);
  if (!decoded.ok) throw new Refusal([`${capture}: ${decoded.reason}`]);
  const name = basename(capture);
  const result = await importCapture(
    { text: decoded.text, sha256: sha256(bytes), bytes: bytes.length },
    {
      captureName: name,
      ...known,
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
  const { draft } = result;

  const capturePath = join(values.content, 'captures', name);
  const articlePath = join(values.content, 'articles', `${draft.slug}.mdx`);
  const existingCapture = await readIfExists(capturePath);
  const existingArticle = await readIfExists(articlePath);
  const sameCapture = existingCapture !== undefined && existingCapture.equals(bytes);
  if (!values['dry-run']) {
    const refusals: string[] = [];
    if (existingCapture !== undefined && !sameCapture) {
      if (!values.force) {
        refusals.push(`${capturePath}: exists with different bytes; pass --force to replace it`);
      } else {
        const users = await articlesUsing(values.content, `captures/${name}`, articlePath);
        if (users.length > 0) {
          refusals.push(
            `${capturePath}: exists with different bytes and is the capture of ${users.join(', ')}; --force never replaces a capture another article uses (give the new capture another file name)`,
          );
        }
      }
    }
    if (existingArticle !== undefined && !values.force) {
      refusals.push(`${articlePath}: exists; pass --force to replace it, or --slug to write another`);
    }
    if (refusals.length > 0) throw new Refusal(refusals);
  }

  reportDraft(capture, draft.reading, result.dates, result.warnings);
  if (values['dry-run']) {
    process.stdout.write(draft.mdx);
    return 'printed';
  }
  const planned = [
    ...(sameCapture ? [] : [{ path: capturePath, bytes }]),
    { path: articlePath, bytes: draft.mdx },
  ];
  const previous = new Map([
    [capturePath, existingCapture],
    [articlePath, existingArticle],
  ]);
  try {
    await writeAll(planned, previous);
  } catch (error) {
    if (error instanceof WriteError) throw new Refusal([`${capture}: ${error.message}`]);
    throw error;
  }
  console.log(`${sameCapture ? 'kept' : 'wrote'} ${capturePath}`);
  console.log(`wrote ${articlePath}`);
  return articlePath;
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
  const known = await readKnown(values.content);
  const now = new Date();
  if (captures.length === 1) {
    await importOne(captures[0]!, values, args.publishedBasis, known, now);
    return 0;
  }

  const imported: string[] = [];
  const refused: string[] = [];
  for (const [index, capture] of captures.entries()) {
    console.error(`[${index + 1}/${captures.length}] ${capture}`);
    try {
      imported.push(`${capture} → ${await importOne(capture, values, args.publishedBasis, known, now)}`);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      for (const line of error.lines) console.error(`import: ${line}`);
      refused.push(
        `${capture}: ${error.lines[0]!.replace(`${capture}: `, '')}${error.lines.length > 1 ? ` (and ${error.lines.length - 1} more)` : ''}`,
      );
    }
  }
  console.error(`\nImported ${imported.length} of ${captures.length} captures; refused ${refused.length}.`);
  for (const line of refused) console.error(`  refused: ${line}`);
  return refused.length === 0 ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  for (const line of error.lines) console.error(`import: ${line}`);
  process.exitCode = 1;
}
