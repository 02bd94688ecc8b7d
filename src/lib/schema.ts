/**
 * The content model of Kliping: the single source of truth for what an article, an event, an
 * entity and a publisher are. Plain zod (through `astro/zod`) so that it is unit-tested
 * without Astro; `src/content.config.ts` only points loaders at these schemas. The README's
 * field table follows this file.
 *
 * Every message names the field, the bad value and what was expected; the content reader
 * (src/lib/content.ts) adds the file and the line.
 *
 * Kind rules, checked across collections (src/lib/integrity.ts): a publisher is an outlet; wire
 * agencies are agencies; cited sources are any publisher; a dateline place and an event place
 * are entities of kind place or country; topics and participants are any entity.
 */
import { z } from 'astro/zod';
import { type DatePrecision, isBefore, parseArchiveDate } from './dates.ts';
import { TOPIC_KIND_PATHS } from './urls.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A capture's path: a plain file name in captures/, no folder, nothing that leaves it. */
export const CAPTURE_PATH = /^captures\/[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.txt$/;

/** A web address: http or https only, so that no `javascript:` URL becomes a link. */
const webUrl = z.url({
  protocol: /^https?$/,
  error: (issue) => `${JSON.stringify(issue.input)} is not a web address; expected an http(s) URL`,
});

/** An id of an entry in another collection, or a URL slug: lowercase words joined by "-". */
export const slug = z.string().refine((value) => SLUG.test(value), {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not an id; expected lowercase letters, digits and "-", e.g. "jens-stoltenberg"`,
});

/**
 * Characters no HTML page, feed or JSON-LD block may carry: C0 controls but tab and line
 * breaks, DEL, C1 controls, and the noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF.
 */
export const FORBIDDEN_CHARACTER = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\uFDD0-\\uFDEF${Array.from(
    { length: 17 },
    (_, plane) =>
      `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`,
  ).join('')}]`,
  'u',
);

/** The same characters, found fast: a plain class for the BMP, then the rare cases on their own. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/;
const ASTRAL_NONCHARACTER =
  /[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;

/** The first forbidden character of a text and where it is, if any (as FORBIDDEN_CHARACTER finds it). */
export function findForbidden(text: string): { index: number; char: string } | undefined {
  const control = CONTROL.exec(text);
  const candidates = [control?.index];
  if (!text.isWellFormed()) candidates.push(FORBIDDEN_CHARACTER.exec(text)?.index);
  else if (ASTRAL_NONCHARACTER.test(text)) candidates.push(ASTRAL_NONCHARACTER.exec(text)?.index);
  const found = candidates.filter((index) => index !== undefined).sort((x, y) => x - y)[0];
  if (found === undefined) return undefined;
  return { index: found, char: String.fromCodePoint(text.codePointAt(found)!) };
}

/** The name of a character for messages: U+001B. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A required piece of text: trimmed, never empty, no control character. */
const text = z
  .string({
    error: (issue) =>
      issue.input === undefined ? 'missing; expected text' : `${JSON.stringify(issue.input)} is not text`,
  })
  .trim()
  .min(1, { error: 'is empty; expected text' })
  .superRefine((value, ctx) => {
    const found = findForbidden(value);
    if (found) {
      ctx.addIssue({
        code: 'custom',
        message: `has the control character ${codePoint(found.char)} at column ${found.index + 1} (${JSON.stringify(value.slice(Math.max(0, found.index - 20), found.index))}…); expected text without control characters`,
      });
    }
  });

/**
 * A date written as text at one of the allowed precisions, parsed into an `ArchiveDate`.
 * The content is read with YAML's core schema, so a date is always the text written.
 */
export function archiveDate(allowed: readonly DatePrecision[]) {
  return z
    .string({
      error: (issue) =>
        `${issue.input === undefined ? 'missing' : JSON.stringify(issue.input)}; expected a date as text (${allowed.join(', ')} precision)`,
    })
    .transform((input, ctx) => {
      const result = parseArchiveDate(input.trim());
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: result.reason });
        return z.NEVER;
      }
      if (!allowed.includes(result.date.precision)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${input}" is a date of ${result.date.precision} precision; expected ${allowed.join(' or ')} precision here`,
        });
        return z.NEVER;
      }
      return result.date;
    });
}

/** A story paragraph's number, as in its anchor (#p3 is 3). */
const notAParagraph = (issue: { input: unknown }) =>
  `${JSON.stringify(issue.input)} is not a paragraph number; expected a whole number from 1, as in the anchor #p1`;
const paragraphNumber = z
  .number({ error: notAParagraph })
  .int({ error: notAParagraph })
  .positive({ error: notAParagraph });

/** An editorial note by the archive: never part of the captured text. */
export const noteSchema = z.strictObject({
  /** What the note is about: the date, the title, the text or the source. */
  topic: z.enum(['date', 'title', 'text', 'source']),
  /** The note itself, in Indonesian. */
  text,
  /** The story paragraph the note is about (3 for #p3): the page marks that paragraph. */
  paragraph: paragraphNumber.optional(),
});

/** An article's fields, each checked on its own (see `articleSchema` for the checks across them). */
export const articleFields = z.strictObject({
  /** Headline as captured; devised by the archive when the capture has none. */
  title: text,
  /** True when the archive devised the title because the capture has no headline. */
  titleDevised: z.boolean().default(false),
  /** The archive's one- or two-sentence summary, for cards, feeds and the meta description. */
  summary: text,
  /** Publication date: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM+07:00", in quotes. */
  published: archiveDate(['day', 'minute']),
  /** How the publication date is known: stated in the capture, or inferred by the archive. */
  publishedBasis: z.enum(['stated', 'inferred']),
  /** When the capture entered the archive: "YYYY-MM-DD" or with time and offset. */
  archived: archiveDate(['day', 'minute']),
  /** Language of the captured text. */
  language: z.enum(['id']).default('id'),
  /** The outlet that published the article: an id in content/publishers.yaml. */
  publisher: slug,
  /** Wire agencies the text is based on (ids in content/publishers.yaml), e.g. reuters. */
  wire: z.array(slug).default([]),
  /** Agencies the text quotes or cites (ids in content/publishers.yaml), e.g. anadolu. */
  cited: z.array(slug).default([]),
  /** The editor named in the credits. */
  editor: text.optional(),
  /** The author named in the capture. */
  byline: text.optional(),
  /** The dateline as printed at the start of the text, and the place it names (an entity id). */
  dateline: z.strictObject({ text, place: slug }).optional(),
  /** Credit for the article's image (the image itself was not captured). */
  imageCredit: text.optional(),
  /** The capture's credit lines exactly as captured, e.g. "Sumber : medcom.id". */
  credits: z.array(text).default([]),
  /** "Read also" lines that name an archived article: the line exactly as captured, and that article's id (shown as a link beside the line). */
  readAlsoLinks: z.array(z.strictObject({ line: text, article: slug })).default([]),
  /** The original article's URL, when known. */
  originalUrl: webUrl.optional(),
  /** The raw capture this article derives from, relative to content/: a file in captures/. */
  capture: z.string().regex(CAPTURE_PATH, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a capture path; expected "captures/<file>.txt", the file name of letters, digits, "_", "-" and "."`,
  }),
  /** The SHA-256 of the capture file's bytes (fixity): a changed capture stops the build. */
  captureSha256: z.string().regex(/^[0-9a-f]{64}$/, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a SHA-256 digest; expected 64 lowercase hexadecimal digits (the importer writes it)`,
  }),
  /** People, organisations and places the text is about: ids in content/entities.yaml. */
  entities: z.array(slug).default([]),
  /** The archive's editorial notes, shown apart from the captured text. */
  notes: z.array(noteSchema).default([]),
  /** URL slug; defaults to the file name. */
  slug: slug.optional(),
});

/** An article's frontmatter: its fields, and the capture's date on or after the publication's. */
export const articleSchema = articleFields.superRefine((article, ctx) => {
  if (isBefore(article.archived, article.published)) {
    ctx.addIssue({
      code: 'custom',
      path: ['archived'],
      message: `"${article.archived.source}" is before the publication date "${article.published.source}"; expected the capture to enter the archive on or after the day the article was published`,
    });
  }
});

export const publisherSchema = z.strictObject({
  /** Stable id, used in URLs (/sumber/<id>/) and in article frontmatter. */
  id: slug,
  /** Name as the publisher writes it, e.g. "kontan.co.id". */
  name: text,
  /** An outlet publishes articles; an agency supplies or is cited by them. */
  kind: z.enum(['outlet', 'agency']),
  /** Home page. */
  url: webUrl.optional(),
  /** One sentence about the publisher, in Indonesian. */
  description: text,
});

const RESERVED_TOPIC_IDS: readonly string[] = Object.values(TOPIC_KIND_PATHS);

export const entitySchema = z.strictObject({
  /** Stable id, used in URLs (/topik/<id>/), articles and events; not a word of a kind's list (/topik/tokoh/). */
  id: slug.refine((id) => !RESERVED_TOPIC_IDS.includes(id), {
    error: (issue) =>
      `"${String(issue.input)}" is the address of a list of topics (/topik/${String(issue.input)}/); expected another id (not ${RESERVED_TOPIC_IDS.join(', ')})`,
  }),
  /** Name in Indonesian usage, e.g. "Brussel". */
  name: text,
  /** What the entity is. */
  kind: z.enum(['person', 'organisation', 'country', 'place']),
  /** One or two sentences, in Indonesian, as of the archived events. */
  description: text,
  /** Other names a reader may search for: English forms, long forms, acronyms. */
  aliases: z.array(text).default([]),
});

/** A citation: the paragraph of an archived article that supports an event. */
export const citationSchema = z.strictObject({
  /** The article's id (its file name without .mdx). */
  article: slug,
  /** The paragraph's number, as in its anchor (#p3 is 3). */
  paragraph: z.number().int().positive(),
  /**
   * Words of that paragraph, exactly as captured, that the event relies on: checked by the
   * build. At least two words, so that a quote like "," or "NATO" cannot fit almost any paragraph.
   */
  quote: text.refine((value) => value.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= 2, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is too short to tell one paragraph from another; expected at least two words of the cited paragraph, exactly as captured`,
  }),
});

export const eventSchema = z.strictObject({
  /** Stable id. */
  id: slug,
  /** What happened, in one Indonesian sentence. */
  title: text,
  /** When it happened, at the precision known: "2014", "2021-10", "2022-01-12" or with time. */
  date: archiveDate(['year', 'month', 'day', 'minute']),
  /** Where it happened: an entity id. */
  place: slug.optional(),
  /** Who and what took part: entity ids. */
  entities: z.array(slug).default([]),
  /** The paragraphs that support it; at least one. */
  citations: z.array(citationSchema).min(1, { error: 'is empty; expected at least one citation' }),
});

export type Article = z.output<typeof articleSchema>;
export type Publisher = z.output<typeof publisherSchema>;
export type Entity = z.output<typeof entitySchema>;
export type ArchiveEvent = z.output<typeof eventSchema>;
export type Citation = z.output<typeof citationSchema>;
export type Note = z.output<typeof noteSchema>;
