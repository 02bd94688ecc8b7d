/**
 * The files the importer reads and writes: the reference data it is given
 * (content/publishers.yaml, content/entities.yaml) and the article's MDX, which it checks as
 * the build would before anything is written.
 */
import { dump, load } from 'js-yaml';
import { z } from 'astro/zod';
import { READ_ALSO_ELEMENT, bodyBlocks, checkBody, checkCaptureCoverage, escapeMarkdown } from '../body.ts';
import {
  type Entity,
  type Note,
  type Publisher,
  articleSchema,
  entitySchema,
  publisherSchema,
} from '../schema.ts';
import type { CaptureBlock } from './lines.ts';
import type { PublishedBasis } from './options.ts';

/** The frontmatter the importer writes, in the order it is written (see src/lib/schema.ts). */
export interface DraftFrontmatter {
  title: string;
  titleDevised?: true;
  summary: string;
  published: string;
  publishedBasis: PublishedBasis;
  archived: string;
  language: 'id';
  publisher: string;
  wire?: string[];
  cited?: string[];
  editor?: string;
  byline?: string;
  dateline?: { text: string; place: string };
  imageCredit?: string;
  credits?: string[];
  originalUrl?: string;
  capture: string;
  notes?: Note[];
}

/** The MDX body: one block per line, "read also" lines wrapped, all text escaped. */
export function renderBody(blocks: readonly CaptureBlock[]): string {
  const rendered = blocks.map((block) => {
    const text = escapeMarkdown(block.text);
    return block.kind === 'readAlso' ? `<${READ_ALSO_ELEMENT}>${text}</${READ_ALSO_ELEMENT}>` : text;
  });
  return rendered.join('\n\n');
}

/** YAML options for stable output: no anchors, double quotes, keys in the order given. */
const YAML_OPTIONS = { lineWidth: 100, noRefs: true, quotingType: '"', sortKeys: false } as const;

/** The MDX file: "---", the frontmatter as YAML, "---", a blank line, the body, a final newline. */
export function renderArticle(frontmatter: DraftFrontmatter, body: string): string {
  return `---\n${dump(frontmatter, YAML_OPTIONS)}---\n\n${body}\n`;
}

const MDX_FILE = /^---\n([\s\S]*?\n)?---\n([\s\S]*)$/;

/**
 * Checks an article's MDX against its capture as the build does: the frontmatter against the
 * schema, the body as plain captured text, and every line of the capture accounted for.
 * Returns the problems, empty when none.
 */
export function checkDraft(mdx: string, capture: string): string[] {
  const match = MDX_FILE.exec(mdx);
  if (!match) return ['frontmatter: missing; expected the file to open with YAML between "---" lines'];
  let data: unknown;
  try {
    data = load(match[1] ?? '');
  } catch (error) {
    return [`frontmatter: is not YAML: ${(error as Error).message}`];
  }
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `frontmatter: ${issuePath(issue.path)}: ${issue.message}`);
  }
  const body = match[2]!;
  const account = {
    title: parsed.data.titleDevised ? undefined : parsed.data.title,
    credits: parsed.data.credits,
    blocks: bodyBlocks(body),
  };
  return [...checkBody(body), ...checkCaptureCoverage(capture, account)].map((problem) => `body: ${problem}`);
}

/** A zod issue path as text: "dateline.place", "notes.0.text"; "(the whole)" for the root. */
function issuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(the whole)' : path.map(String).join('.');
}

/** The publishers in the text of content/publishers.yaml, checked; throws with the problems. */
export function parsePublishers(yamlText: string): Publisher[] {
  return parseRecords(yamlText, publisherSchema);
}

/** The entities in the text of content/entities.yaml, checked; throws with the problems. */
export function parseEntities(yamlText: string): Entity[] {
  return parseRecords(yamlText, entitySchema);
}

/** A YAML list of records, each checked against the schema. */
function parseRecords<Schema extends z.ZodType>(yamlText: string, schema: Schema): z.output<Schema>[] {
  const result = z.array(schema).safeParse(load(yamlText));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issuePath(issue.path)}: ${issue.message}`);
    throw new Error(problems.join('; '));
  }
  return result.data;
}
