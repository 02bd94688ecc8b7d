/**
 * Checks that hold across collections, which a per-entry schema cannot see: references that
 * must point somewhere, citations to paragraphs that must exist, URLs that must be unique, and
 * captures that must be fully accounted for. Pure: the caller reads the files.
 */
import { bodyBlocks, checkCaptureCoverage } from './body.ts';
import type { Article, ArchiveEvent, Entity, Publisher } from './schema.ts';
import { articlePath } from './urls.ts';

export interface ArticleInput {
  id: string;
  /** The file, relative to the project, for messages. */
  file: string;
  data: Article;
  body: string;
  /** The raw capture's text; undefined when the file is missing. */
  capture: string | undefined;
}

export interface ArchiveInput {
  articles: readonly ArticleInput[];
  events: readonly ArchiveEvent[];
  publishers: readonly Publisher[];
  entities: readonly Entity[];
}

export const PUBLISHERS_FILE = 'content/publishers.yaml';
export const ENTITIES_FILE = 'content/entities.yaml';
export const EVENTS_FILE = 'content/events.yaml';

/** Every problem in the archive, each naming the file, the field, the value and what was expected. */
export function checkArchive(input: ArchiveInput): string[] {
  const problems: string[] = [];
  const publisherIds = new Map(input.publishers.map((p) => [p.id, p]));
  const entityIds = new Set(input.entities.map((e) => e.id));
  const outlets = input.publishers.filter((p) => p.kind === 'outlet').map((p) => p.id);
  const agencies = input.publishers.filter((p) => p.kind === 'agency').map((p) => p.id);

  const expectOne = (where: string, field: string, value: string, known: Iterable<string>, file: string) => {
    const list = [...known].sort();
    if (!list.includes(value)) {
      problems.push(
        `${where}: ${field}: ${JSON.stringify(value)} is not in ${file}; expected one of: ${list.join(', ')}`,
      );
    }
  };

  const paragraphCounts = new Map<string, number>();
  const urls = new Map<string, string>();

  for (const article of input.articles) {
    const { data, file } = article;
    expectOne(file, 'publisher', data.publisher, outlets, PUBLISHERS_FILE);
    data.wire.forEach((id, i) => expectOne(file, `wire[${i}]`, id, agencies, PUBLISHERS_FILE));
    data.cited.forEach((id, i) => expectOne(file, `cited[${i}]`, id, publisherIds.keys(), PUBLISHERS_FILE));
    data.entities.forEach((id, i) => expectOne(file, `entities[${i}]`, id, entityIds, ENTITIES_FILE));
    if (data.dateline) expectOne(file, 'dateline.place', data.dateline.place, entityIds, ENTITIES_FILE);

    const blocks = bodyBlocks(article.body);
    const count = blocks.filter((block) => block.kind === 'paragraph').length;
    paragraphCounts.set(article.id, count);
    if (count === 0) {
      problems.push(`${file}: body: is empty; expected the captured paragraphs, one per block`);
    }

    if (article.capture === undefined) {
      problems.push(
        `${file}: capture: "content/${data.capture}" does not exist; expected the raw capture file`,
      );
    } else if (count > 0) {
      const account = { title: data.titleDevised ? undefined : data.title, credits: data.credits, blocks };
      for (const problem of checkCaptureCoverage(article.capture, account)) {
        problems.push(`${file}: body: ${problem} (capture: content/${data.capture})`);
      }
    }

    const url = articlePath(article.id, data);
    const other = urls.get(url);
    if (other) {
      problems.push(
        `${file}: slug: ${url} is also the URL of ${other}; expected every article to have its own URL (set a different "slug")`,
      );
    }
    urls.set(url, file);
  }

  for (const event of input.events) {
    const where = `${EVENTS_FILE} (event "${event.id}")`;
    if (event.place) expectOne(where, 'place', event.place, entityIds, ENTITIES_FILE);
    event.entities.forEach((id, i) => expectOne(where, `entities[${i}]`, id, entityIds, ENTITIES_FILE));
    event.citations.forEach((citation, i) => {
      const count = paragraphCounts.get(citation.article);
      if (count === undefined) {
        expectOne(
          where,
          `citations[${i}].article`,
          citation.article,
          paragraphCounts.keys(),
          'content/articles/',
        );
      } else if (count > 0 && citation.paragraph > count) {
        // (An article with no paragraphs is reported once, as an empty body.)
        problems.push(
          `${where}: citations[${i}].paragraph: ${citation.paragraph} does not exist in "${citation.article}"; expected 1–${count}`,
        );
      }
    });
  }
  return problems;
}

/** Thrown when the archive's content is inconsistent; its message lists every problem. */
export class ArchiveError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `The archive's content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ArchiveError';
  }
}
