/**
 * Drafting the article that derives from a capture: each step decides one part of the
 * frontmatter by rule and says out loud what needs a human, as a warning for the archivist
 * and, where a reader should know it too, as an editorial note in the draft.
 */
import type { Publisher } from '../schema.ts';
import { decideDateline, decidePublisher, decideSources } from './attribution.ts';
import { parseCreditLine } from './credits.ts';
import { type DraftFrontmatter, checkDraftWithEvents, renderArticle, renderBody } from './files.ts';
import { type CaptureReading, readCapture, storyParagraphs } from './lines.ts';
import type { Findings, ImportOptions } from './options.ts';
import { decideArchived, decidePublished, noteDateProblems } from './published.ts';
import { type ReadAlsoMatches, matchReadAlso } from './read-also.ts';
import { findDateline } from './references.ts';
import { EntityIndex, type Suggestions, suggestEntities, suggestEvents } from './suggestions.ts';
import { type TextDate, findTextDates, yearContext } from './text-dates.ts';
import { decideSlug, decideSummary, decideTitle } from './title.ts';

/** A capture as the importer reads it: its text, the SHA-256 of its bytes, their number. */
export interface CaptureText {
  text: string;
  sha256: string;
  bytes: number;
}

/** An article drafted from a capture. */
export interface Draft {
  /** The article's file name without ".mdx". */
  slug: string;
  frontmatter: DraftFrontmatter;
  /** The whole MDX file: frontmatter and body. */
  mdx: string;
  reading: CaptureReading;
}

/**
 * The outcome of an import. Warnings are what needs a human; the ones a reader should know
 * about are also notes in the draft. Errors refuse the draft. Dates are what the text says.
 * Suggestions are what the archivist may confirm (never in the draft); `readAlso` is what the
 * "Baca Juga" lines name among the archived articles (the links are in the draft).
 */
export type ImportResult =
  | {
      ok: true;
      draft: Draft;
      warnings: string[];
      dates: TextDate[];
      suggestions: Suggestions;
      readAlso: ReadAlsoMatches;
    }
  | { ok: false; errors: string[]; warnings: string[]; dates: TextDate[] };

/**
 * Drafts the article that derives from a capture. Every decision follows a rule:
 * - title: the headline; without one, `title` (else a provisional title from the first
 *   sentence), marked `titleDevised` with a note; `title` with a headline is refused;
 * - publisher: `publisher`, else the one outlet the credits or the dateline name;
 * - published: `published` (basis `publishedBasis`, "inferred" by default, with a note when
 *   inferred), else inferred from the text with a note; refused when neither gives a date;
 * - wire: agencies named by a `Sumber` credit; cited: other publishers the text quotes;
 * - a date whose weekday does not fit is kept as written and explained in a note;
 * - readAlsoLinks: each "Baca Juga" line whose title is one archived article's (`titles`);
 * - entities: none; the entities the text names are suggestions, as are candidate events
 *   for the dates it names, each checked as the build would check it once confirmed.
 * The draft is then checked as the build checks an article (see `checkDraft`); the ids it
 * refers to are taken from the publishers, entities and titles given, so they exist.
 */
export async function importCapture(capture: CaptureText, options: ImportOptions): Promise<ImportResult> {
  const found: Findings = { errors: [], warnings: [], notes: [] };
  const reading = readCapture(capture.text);
  const paragraphs = storyParagraphs(reading);
  if (paragraphs.length === 0) {
    const errors = [
      'has no paragraphs: every line is the headline or a credit line; expected the captured text, one paragraph a line',
    ];
    return { ok: false, errors, warnings: [], dates: [] };
  }

  const archived = decideArchived(options, found);
  const dates = findTextDates(paragraphs, yearContext(paragraphs, Number(archived.slice(0, 4))));
  const dateline = findDateline(paragraphs[0]!);
  const sources = decideSources(reading.credits, paragraphs, options.publishers, found);
  const publisher = decidePublisher(options, sources, dateline, found);
  const title = decideTitle(reading, options.title, publisher, found);
  noteDateProblems(dates, found);
  const published = decidePublished(options, dates, found);
  const summary = decideSummary(options.summary, paragraphs[0]!, found);
  const slug = title === undefined ? undefined : decideSlug(options.slug, title.title, found);
  const readAlsoLines = reading.blocks.flatMap((block) => (block.kind === 'readAlso' ? [block.text] : []));
  // (An article re-imported with --force is in the archive already: it is no link of its own.)
  const readAlso = matchReadAlso(readAlsoLines, options.titles ?? new Map(), slug);
  noteCaptureParts(reading, publisher, readAlso.links.length, found);
  const datelineField = decideDateline(dateline, options.entities, found);
  if (options.originalUrl === undefined) {
    found.warnings.push(
      'originalUrl: not known; pass --original-url if the address of the original is known',
    );
  }
  const entityIndex = options.entityIndex ?? new EntityIndex(options.entities);
  const suggestedEntities = suggestEntities(paragraphs, entityIndex);
  found.warnings.push(
    suggestedEntities.length === 0
      ? 'entities: none listed, and the text names none in entities.yaml; add the ids of the people, organisations and places the text is about'
      : `entities: none listed; ${suggestedEntities.length} suggested (the text names them), for a human to confirm`,
  );
  for (const { line, articles } of readAlso.ambiguous) {
    found.warnings.push(
      `readAlsoLinks: "${line}" names the title of ${articles.length} archived articles (${articles.join(', ')}); not linked: add the one it means to readAlsoLinks`,
    );
  }

  if (found.errors.length > 0 || !title || !published || !publisher || slug === undefined) {
    return { ok: false, errors: found.errors, warnings: found.warnings, dates };
  }
  // Every field, in the order it is written; `compact` leaves out the absent and the empty.
  const frontmatter = compact({
    title: title.title,
    titleDevised: title.devised ? true : undefined,
    summary,
    published: published.date,
    publishedBasis: published.basis,
    archived,
    language: 'id',
    publisher: publisher.id,
    wire: sources.wire,
    cited: sources.cited,
    editor: reading.credits.editor,
    byline: reading.credits.byline,
    dateline: datelineField,
    imageCredit: reading.credits.imageCredit,
    credits: reading.credits.lines,
    readAlsoLinks: readAlso.links,
    originalUrl: options.originalUrl,
    capture: `captures/${options.captureName}`,
    captureSha256: capture.sha256,
    entities: undefined,
    notes: found.notes,
    slug: undefined,
  } satisfies Record<keyof DraftFrontmatter, unknown>) as DraftFrontmatter;

  const mdx = renderArticle(frontmatter, renderBody(reading.blocks));
  const checked = await checkDraftWithEvents(mdx, capture, {
    publishers: options.publishers,
    entities: options.entities,
    file: `articles/${slug}.mdx`,
    id: slug,
    articles: new Set(readAlso.links.map((link) => link.article)),
  });
  if (checked.problems.length > 0) {
    return { ok: false, errors: checked.problems, warnings: found.warnings, dates };
  }
  const candidates = suggestEvents({
    dates,
    paragraphs,
    article: slug,
    published: published.date,
    entities: entityIndex,
  }).filter((candidate) => {
    const problems = checked.checkEvent(candidate.event);
    if (problems.length > 0) {
      found.warnings.push(
        `events: the candidate event ${candidate.event.id} would not pass the build (${problems[0]}); not suggested`,
      );
    }
    return problems.length === 0;
  });
  const suggestions: Suggestions = {
    article: slug,
    capture: `captures/${options.captureName}`,
    entities: suggestedEntities,
    events: candidates,
  };
  return {
    ok: true,
    draft: { slug, frontmatter, mdx, reading },
    warnings: found.warnings,
    dates,
    suggestions,
    readAlso,
  };
}

/**
 * Notes on parts of the capture a reader sees apart from the story: "Baca Juga" lines (and
 * how many of them name a story the archive holds, linked beside them), the image credit.
 */
function noteCaptureParts(
  reading: CaptureReading,
  publisher: Publisher | undefined,
  linked: number,
  found: Findings,
): void {
  const outlet = publisher ? publisher.name : 'penerbit';
  const readAlso = reading.blocks.filter((block) => block.kind === 'readAlso').length;
  if (readAlso > 0) {
    const [lines, those] = readAlso === 1 ? ['Baris', 'Baris itu'] : [`${readAlso} baris`, 'Baris-baris itu'];
    let text = `${lines} "Baca Juga" adalah tautan ${outlet} ke berita lain; alamat tautannya tidak ikut tersimpan. ${those} ditampilkan sebagai tautan dari media asal, bukan bagian dari berita, dan tidak ikut dicari.`;
    if (linked > 0) {
      const which =
        readAlso === 1
          ? 'Berita yang disebutnya'
          : linked === 1
            ? 'Satu berita yang disebutnya'
            : `${linked} berita yang disebutnya`;
      text += ` ${which} tersimpan di arsip ini dan ditautkan di samping barisnya.`;
    }
    found.notes.push({ topic: 'text', text });
  }
  const imageLine = reading.credits.lines.find((line) =>
    parseCreditLine(line)?.some((part) => part.role === 'image'),
  );
  if (imageLine !== undefined) {
    found.notes.push({
      topic: 'source',
      text: `Baris "${imageLine}" menyebut sumber gambar; gambarnya sendiri tidak ikut disimpan.`,
    });
  }
}

/** The object without its undefined fields and empty lists, keeping the order of the rest. */
function compact<T extends object>(record: T): Partial<T> {
  const entries = Object.entries(record).filter(
    ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
  );
  return Object.fromEntries(entries) as Partial<T>;
}
