/**
 * Imports a raw plain-text capture into the archive as an article draft: copies the capture
 * byte for byte to <content>/captures/ and writes <content>/articles/<slug>.mdx, then says
 * what needs a human. The decisions are made by src/lib/capture/; this file only reads and
 * writes files. Run it with the project's Node (24), which runs TypeScript directly:
 *
 *   node_modules/.bin/node scripts/import.ts content/captures/000_a0787a86cb8f5b8c.txt --published 2022-01-12
 *
 * Anything wrong stops it before a single file is written: one line per problem on stderr,
 * naming the file, and exit code 1.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CaptureReading, TextDate } from '../src/lib/capture/index.ts';

import {
  decodeCapture,
  describeTextDate,
  importCapture,
  parseEntities,
  parsePublishers,
} from '../src/lib/capture/index.ts';

const USAGE = `Usage: node scripts/import.ts <capture.txt> [options]

Drafts an article from a raw plain-text capture: copies the capture byte for byte to
<content>/captures/ and writes <content>/articles/<slug>.mdx. Prints what needs a human.

Options:
  --content DIR           the content folder (default: ./content)
  --publisher ID          the outlet, an id in <content>/publishers.yaml
                          (default: the outlet the credits or the dateline name)
  --published DATE        publication date, "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM+07:00"
                          (default: inferred from a dated weekday in the text, e.g. "Selasa (4/1)")
  --published-basis B     how --published is known: "inferred" (default; a note says the
                          capture does not state it) or "stated"
  --title TEXT            a title for a capture without a headline (marked as devised)
  --summary TEXT          the archive's summary (default: the first sentence, to rewrite)
  --original-url URL      the original article's address
  --slug SLUG             the article's file name and URL slug (default: from the title)
  --archived DATE         when the capture entered the archive (default: today in Asia/Jakarta)
  --dry-run               print the draft to stdout; write nothing
  --force                 replace an existing article, or a different capture of the same name
  -h, --help              show this help

Exit code 0 when the draft was written (or printed), 1 when the import was refused.`;

/** A reason to stop: each line is printed as "import: <line>" and nothing is written. */
class Refusal extends Error {
  lines: readonly string[];
  constructor(lines: readonly string[]) {
    super(lines.join('\n'));
    this.lines = lines;
  }
}

/** The command line, read strictly: an unknown option is refused. */
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
  if (positionals.length !== 1) {
    throw new Refusal([
      `expected one capture file, got ${positionals.length}; usage: node scripts/import.ts <capture.txt> [options] (see --help)`,
    ]);
  }
  const basis = values['published-basis'];
  if (basis !== undefined && !isBasis(basis)) {
    throw new Refusal([`--published-basis: "${basis}" is not a basis; expected "stated" or "inferred"`]);
  }
  return { help: false as const, capture: positionals[0]!, values, publishedBasis: basis };
}

function isBasis(value: string): value is 'stated' | 'inferred' {
  return value === 'stated' || value === 'inferred';
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
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Reads a file the import needs, refusing with one line that names it. */
async function readRequired(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Refusal([`${path}: does not exist; expected ${what}`]);
    if (code === 'EISDIR') throw new Refusal([`${path}: is a directory; expected ${what}`]);
    throw new Refusal([`${path}: cannot be read: ${(error as Error).message}`]);
  }
}

/** Records from a YAML file of the content folder, checked; a bad file is refused by name. */
async function readRecords<T>(file: string, what: string, parse: (text: string) => T): Promise<T> {
  const text = (await readRequired(file, `${what} (see --content)`)).toString('utf8');
  try {
    return parse(text);
  } catch (error) {
    throw new Refusal([`${file}: ${(error as Error).message}`]);
  }
}

/** Tells the archivist, on stderr, what was read and what needs a human. */
function reportDraft(
  capture: string,
  reading: CaptureReading,
  dates: readonly TextDate[],
  warnings: readonly string[],
): void {
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

async function main(argv: string[]): Promise<number> {
  const args = readArguments(argv);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const { capture, values } = args;
  const bytes = await readRequired(capture, 'a plain-text capture');
  const decoded = decodeCapture(bytes);
  if (!decoded.ok) throw new Refusal([`${capture}: ${decoded.reason}`]);
  const publishers = await readRecords(
    join(values.content, 'publishers.yaml'),
    'the publishers',
    parsePublishers,
  );
  const entities = await readRecords(join(values.content, 'entities.yaml'), 'the entities', parseEntities);

  const result = importCapture(decoded.text, {
    captureName: basename(capture),
    publishers,
    entities,
    now: new Date(),
    publisher: values.publisher,
    published: values.published,
    publishedBasis: args.publishedBasis,
    archived: values.archived,
    title: values.title,
    summary: values.summary,
    originalUrl: values['original-url'],
    slug: values.slug,
  });
  if (!result.ok) throw new Refusal(result.errors.map((error) => `${capture}: ${error}`));
  const { draft } = result;

  const capturePath = join(values.content, 'captures', basename(capture));
  const articlePath = join(values.content, 'articles', `${draft.slug}.mdx`);
  const existingCapture = await readIfExists(capturePath);
  const sameCapture = existingCapture !== undefined && existingCapture.equals(bytes);
  if (!values['dry-run']) {
    const refusals: string[] = [];
    if (existingCapture !== undefined && !sameCapture && !values.force) {
      refusals.push(`${capturePath}: exists with different bytes; pass --force to replace it`);
    }
    if ((await readIfExists(articlePath)) !== undefined && !values.force) {
      refusals.push(`${articlePath}: exists; pass --force to replace it, or --slug to write another`);
    }
    if (refusals.length > 0) throw new Refusal(refusals);
  }

  reportDraft(capture, draft.reading, result.dates, result.warnings);
  if (values['dry-run']) {
    process.stdout.write(draft.mdx);
    return 0;
  }
  if (!sameCapture) {
    await mkdir(dirname(capturePath), { recursive: true });
    await writeFile(capturePath, bytes);
  }
  await mkdir(dirname(articlePath), { recursive: true });
  await writeFile(articlePath, draft.mdx);
  console.log(`${sameCapture ? 'kept' : 'wrote'} ${capturePath}`);
  console.log(`wrote ${articlePath}`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  for (const line of error.lines) console.error(`import: ${line}`);
  process.exitCode = 1;
}
