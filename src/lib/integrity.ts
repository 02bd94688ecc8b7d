/**
 * Checks that hold across collections, which a per-entry schema cannot see: references that
 * must point somewhere and at the right kind of thing, citations whose paragraph must exist
 * and hold the words cited, notes about a paragraph that must exist, URLs that must be unique. Pure: the content reader
 * (src/lib/content.ts) reads the files and locates every value.
 */
import type { BodyBlock } from './body.ts';
import type { Article, ArchiveEvent, Entity, Publisher } from './schema.ts';
import { articlePath } from './urls.ts';
import type { YamlPath } from './yaml.ts';

/** A record and where each of its fields is written: `at(['citations', 0])` is "content/events.yaml:41:7". */
export interface Located<T> {
  data: T;
  at(path?: YamlPath): string;
}

export interface ArticleInput extends Located<Article> {
  id: string;
  /** The file, relative to the project, for messages. */
  file: string;
  blocks: readonly BodyBlock[];
  /**
   * The story paragraphs as the capture numbers them, which citations are checked against
   * (so that an article that strays from its capture is reported once, not once per citation);
   * undefined when the capture could not be read (then its citations are not checked).
   */
  story?: readonly string[];
}

export interface ArchiveInput {
  articles: readonly ArticleInput[];
  events: readonly Located<ArchiveEvent>[];
  publishers: readonly Located<Publisher>[];
  entities: readonly Located<Entity>[];
  /** Data files that could not be read: references into them are not checked (their own problems are). */
  unreadable?: ReadonlySet<string>;
  /** Ids of data records that failed their schema: references to them are not reported again. */
  brokenIds?: ReadonlySet<string>;
  /** Ids of article files that could not be read: citations of them are not checked (their own problems are). */
  unreadableArticles?: ReadonlySet<string>;
  /**
   * Ids of articles that exist but are not given here in full: the importer checks one draft
   * against the archive, whose articles a "read also" link may name.
   */
  knownArticles?: ReadonlySet<string>;
}

export const PUBLISHERS_FILE = 'content/publishers.yaml';
export const ENTITIES_FILE = 'content/entities.yaml';
export const EVENTS_FILE = 'content/events.yaml';

/** Known ids: sorted for messages, a set for look-ups. */
interface Known {
  list: readonly string[];
  has: ReadonlySet<string>;
}

/** How many known ids a message lists before it says how many there are. */
const LISTED = 15;

/** Every problem in the archive, each naming the file and line, the field, the value and what was expected. */
export function checkArchive(input: ArchiveInput): string[] {
  const problems: string[] = [];
  const unreadable = input.unreadable ?? new Set<string>();
  const publishers = new Map(input.publishers.map(({ data }) => [data.id, data]));
  const entities = new Map(input.entities.map(({ data }) => [data.id, data]));
  const ids = (list: Iterable<{ id: string }>): Known => {
    const sorted = [...list].map((item) => item.id).sort();
    return { list: sorted, has: new Set(sorted) };
  };
  const outlets = ids([...publishers.values()].filter((p) => p.kind === 'outlet'));
  const agencies = ids([...publishers.values()].filter((p) => p.kind === 'agency'));
  const anyPublisher = ids(publishers.values());
  const anyEntity = ids(entities.values());
  const places = ids([...entities.values()].filter((e) => e.kind === 'place' || e.kind === 'country'));

  /** A reference that must be one of `known` (ids of `kind` in `file`). */
  const expectOne = (
    where: () => string,
    field: string,
    value: string,
    known: Known,
    file: string,
    kind?: { of: string; actual?: string },
  ) => {
    if (unreadable.has(file) || known.has.has(value) || input.brokenIds?.has(value)) return;
    const all = known.list;
    const list =
      all.length > LISTED ? `${all.slice(0, LISTED).join(', ')}, … (${all.length} in all)` : all.join(', ');
    const what = kind?.actual
      ? `"${value}" is ${kind.actual} in ${file}, not ${kind.of}`
      : `"${value}" is not ${kind ? `${kind.of} ` : ''}in ${file}`;
    problems.push(`${where()}: ${field}: ${what}; expected one of: ${list || '(none)'}`);
  };
  /** "an agency", "a person": what an id is, for messages; undefined for an unknown id. */
  const kindOf = (map: Map<string, { kind: string }>, id: string) => {
    const kind = map.get(id)?.kind;
    return kind && `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
  };

  const paragraphs = new Map<string, readonly string[] | undefined>();
  const urls = new Map<string, string>();

  for (const article of input.articles) {
    const { data, at } = article;
    expectOne(() => at(['publisher']), 'publisher', data.publisher, outlets, PUBLISHERS_FILE, {
      of: 'an outlet',
      actual: kindOf(publishers, data.publisher),
    });
    data.wire.forEach((id, i) =>
      expectOne(() => at(['wire', i]), `wire[${i}]`, id, agencies, PUBLISHERS_FILE, {
        of: 'an agency',
        actual: kindOf(publishers, id),
      }),
    );
    data.cited.forEach((id, i) =>
      expectOne(() => at(['cited', i]), `cited[${i}]`, id, anyPublisher, PUBLISHERS_FILE),
    );
    data.entities.forEach((id, i) =>
      expectOne(() => at(['entities', i]), `entities[${i}]`, id, anyEntity, ENTITIES_FILE),
    );
    if (data.dateline) {
      expectOne(
        () => at(['dateline', 'place']),
        'dateline.place',
        data.dateline.place,
        places,
        ENTITIES_FILE,
        {
          of: 'a place or country',
          actual: kindOf(entities, data.dateline.place),
        },
      );
    }

    paragraphs.set(article.id, article.story);
    const storyLength = article.story?.length ?? 0;
    data.notes.forEach((note, i) => {
      if (note.paragraph === undefined || article.story === undefined || storyLength === 0) return;
      if (note.paragraph > storyLength) {
        problems.push(
          `${at(['notes', i, 'paragraph'])}: notes[${i}].paragraph: ${note.paragraph} does not exist; expected 1–${storyLength}, a story paragraph of this article`,
        );
      }
    });
    if (!article.blocks.some((block) => block.kind === 'paragraph')) {
      problems.push(
        `${article.file}: body: has no story paragraph; expected the captured paragraphs, one per block`,
      );
    }

    const url = articlePath(article.id, data);
    const other = urls.get(url.toLowerCase());
    if (other) {
      problems.push(
        `${at(data.slug ? ['slug'] : [])}: slug: ${url} is also the URL of ${other} (letter case aside); expected every article to have its own URL (set a different "slug")`,
      );
    }
    urls.set(url.toLowerCase(), article.file);
  }

  const articleIds: Known = { list: [...paragraphs.keys()].sort(), has: new Set(paragraphs.keys()) };
  for (const article of input.articles) checkReadAlsoLinks(article, articleIds, expectOne, input, problems);
  for (const { data: event, at } of input.events) {
    const where = (path: YamlPath) => `${at(path)} (event "${event.id}")`;
    if (event.place) {
      expectOne(() => where(['place']), 'place', event.place, places, ENTITIES_FILE, {
        of: 'a place or country',
        actual: kindOf(entities, event.place),
      });
    }
    event.entities.forEach((id, i) =>
      expectOne(() => where(['entities', i]), `entities[${i}]`, id, anyEntity, ENTITIES_FILE),
    );
    event.citations.forEach((citation, i) => {
      if (input.unreadableArticles?.has(citation.article)) return;
      if (!paragraphs.has(citation.article)) {
        expectOne(
          () => where(['citations', i, 'article']),
          `citations[${i}].article`,
          citation.article,
          articleIds,
          'content/articles/',
        );
        return;
      }
      // (An article whose capture cannot be read, or that has no paragraph, is reported once, above.)
      const story = paragraphs.get(citation.article);
      if (story === undefined || story.length === 0) return;
      const text = story[citation.paragraph - 1];
      if (text === undefined) {
        problems.push(
          `${where(['citations', i, 'paragraph'])}: citations[${i}].paragraph: ${citation.paragraph} does not exist in "${citation.article}"; expected 1–${story.length}`,
        );
        return;
      }
      if (text.includes(citation.quote)) return;
      const found = story.findIndex((paragraph) => paragraph.includes(citation.quote));
      const elsewhere =
        found === -1 ? 'no paragraph of the article has them' : `they are in paragraph ${found + 1}`;
      problems.push(
        `${where(['citations', i, 'quote'])}: citations[${i}].quote: ${JSON.stringify(clip(citation.quote))} is not in paragraph ${citation.paragraph} of "${citation.article}" (${elsewhere}); expected words of that paragraph exactly as captured, which begins ${JSON.stringify(clip(text, 60))}`,
      );
    });
  }
  return problems;
}

/**
 * An article's links from its "read also" lines: each line one of the article's own "read also"
 * lines, linked once, to another article that exists.
 */
function checkReadAlsoLinks(
  article: ArticleInput,
  articleIds: Known,
  expectOne: (where: () => string, field: string, value: string, known: Known, file: string) => void,
  input: ArchiveInput,
  problems: string[],
): void {
  const { data, at } = article;
  if (data.readAlsoLinks.length === 0) return;
  const lines = new Set(article.blocks.flatMap((block) => (block.kind === 'readAlso' ? [block.text] : [])));
  const linked = new Set<string>();
  data.readAlsoLinks.forEach((link, i) => {
    const field = `readAlsoLinks[${i}]`;
    if (!lines.has(link.line)) {
      const theirs =
        lines.size === 0
          ? 'it has none'
          : [...lines].map((line) => JSON.stringify(clip(line, 60))).join(', ');
      problems.push(
        `${at(['readAlsoLinks', i, 'line'])}: ${field}.line: ${JSON.stringify(clip(link.line))} is not a "read also" line of this article; expected one of its <BacaJuga> lines exactly as captured (${theirs})`,
      );
    } else if (linked.has(link.line)) {
      problems.push(
        `${at(['readAlsoLinks', i, 'line'])}: ${field}.line: ${JSON.stringify(clip(link.line))} is linked twice; expected one link for a line`,
      );
    }
    linked.add(link.line);
    if (link.article === article.id) {
      problems.push(
        `${at(['readAlsoLinks', i, 'article'])}: ${field}.article: "${link.article}" is this article itself; expected another archived article`,
      );
    } else if (!input.unreadableArticles?.has(link.article) && !input.knownArticles?.has(link.article)) {
      expectOne(
        () => at(['readAlsoLinks', i, 'article']),
        `${field}.article`,
        link.article,
        articleIds,
        'content/articles/',
      );
    }
  });
}

function clip(text: string, length = 80): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
