/**
 * What the importer proposes and never asserts: the entities whose names occur in the text,
 * and the dates the text names as candidate events citing their paragraphs. A suggestion is
 * for the archivist to confirm; the draft article never lists one as a fact (the importer
 * writes them to a file of their own that the build does not read: see renderSuggestions).
 */
import { Document, isScalar, visit } from 'yaml';
import type { Entity } from '../schema.ts';
import { findDateline, fold } from './references.ts';
import { type TextDate, describeTextDate } from './text-dates.ts';

/** An entity whose name or an alias occurs in the story. */
export interface EntitySuggestion {
  id: string;
  name: string;
  kind: Entity['kind'];
  /** The story paragraphs it occurs in, from 1, in order. */
  paragraphs: number[];
  /** The names as the text writes them ("Brussels", "BRUSSELS"), first occurrence first. */
  matched: string[];
}

/** A word of a text as written, and folded for comparison. */
interface Word {
  text: string;
  folded: string;
  /** Where it starts in its text. */
  index: number;
}

/** Words: runs of letters, digits and marks; "NATO-Rusia" is two words, so is "Co-operation". */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    text: match[0],
    folded: fold(match[0]),
    index: match.index,
  }));
}

/**
 * A name that only matches as written: a short acronym ("EU", "UE", "AS", "NRC"), which in
 * lower case could be a word or a part of one.
 */
function isShortAcronym(name: string): boolean {
  return /^\p{Lu}{1,3}$/u.test(name.normalize('NFKD').replace(/\p{M}/gu, ''));
}

interface Name {
  entity: Entity;
  words: Word[];
  exact: boolean;
}

/** The archive's names, indexed by their first folded word, so that a text is read once. */
export class EntityIndex {
  readonly #byFirstWord = new Map<string, Name[]>();
  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      for (const name of new Set([entity.name, ...entity.aliases])) {
        const nameWords = words(name);
        if (nameWords.length === 0) continue;
        const key = nameWords[0]!.folded;
        const list = this.#byFirstWord.get(key) ?? [];
        list.push({ entity, words: nameWords, exact: isShortAcronym(name) });
        this.#byFirstWord.set(key, list);
      }
    }
  }

  /** The names that start at word `i` of a text. */
  matchesAt(text: readonly Word[], i: number): { entity: Entity; length: number }[] {
    const found: { entity: Entity; length: number }[] = [];
    for (const name of this.#byFirstWord.get(text[i]!.folded) ?? []) {
      const fits = name.words.every((word, k) => {
        const at = text[i + k];
        if (at === undefined) return false;
        return name.exact
          ? fold(at.text) === fold(word.text) && sameCase(at.text, word.text)
          : at.folded === word.folded;
      });
      if (fits) found.push({ entity: name.entity, length: name.words.length });
    }
    return found;
  }
}

/** True when two words are written in the same case, accents aside ("EU" and "EU", not "eu"). */
function sameCase(a: string, b: string): boolean {
  const bare = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '');
  return bare(a) === bare(b);
}

/**
 * The entities whose name or an alias occurs in the paragraphs, as whole words, ignoring
 * case and accents ("Genève" is "Geneve", "BRUSSELS" is "Brussels"); "Rusia" does not occur in
 * "Rusiana". Short acronyms (three capitals at most: "EU", "UE") must be written as they are.
 * In order of first occurrence.
 */
export function suggestEntities(
  paragraphs: readonly string[],
  entities: readonly Entity[] | EntityIndex,
): EntitySuggestion[] {
  const index = entities instanceof EntityIndex ? entities : new EntityIndex(entities);
  const found = new Map<string, EntitySuggestion>();
  paragraphs.forEach((paragraph, p) => {
    const text = words(paragraph);
    for (let i = 0; i < text.length; i++) {
      for (const { entity, length } of index.matchesAt(text, i)) {
        const written = paragraphSpan(paragraph, text, i, length);
        let suggestion = found.get(entity.id);
        if (!suggestion) {
          suggestion = { id: entity.id, name: entity.name, kind: entity.kind, paragraphs: [], matched: [] };
          found.set(entity.id, suggestion);
        }
        if (suggestion.paragraphs.at(-1) !== p + 1) suggestion.paragraphs.push(p + 1);
        if (!suggestion.matched.includes(written)) suggestion.matched.push(written);
      }
    }
  });
  return [...found.values()];
}

/** The text of words i … i+length-1 as the paragraph writes them (with what is between them). */
function paragraphSpan(paragraph: string, text: readonly Word[], i: number, length: number): string {
  const last = text[i + length - 1]!;
  return paragraph.slice(text[i]!.index, last.index + last.text.length);
}

/** A candidate event: a date the text names, as an event record the build would accept. */
export interface EventSuggestion {
  /** What the importer read, for the archivist: the date as written, its paragraph, its reading. */
  found: string[];
  event: {
    id: string;
    title: string;
    date: string;
    entities?: string[];
    citations: { article: string; paragraph: number; quote: string }[];
  };
}

/** Sentences of a paragraph, with where each starts. */
function sentences(paragraph: string): { start: number; text: string }[] {
  const list: { start: number; text: string }[] = [];
  const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    list.push({ start, text: paragraph.slice(start, end) });
    start = match.index + match[0].length;
  }
  list.push({ start, text: paragraph.slice(start) });
  return list.filter((sentence) => sentence.text.trim() !== '');
}

/** The sentence of a paragraph that holds `words`: what a citation quotes. */
export function sentenceWith(paragraph: string, words: string): string | undefined {
  const at = paragraph.indexOf(words);
  if (at === -1) return undefined;
  const sentence = sentences(paragraph).findLast((candidate) => candidate.start <= at);
  return sentence?.text.trim();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * The date a text date gives an event, at the precision written: "2014", "2021-12", "2022-01-12";
 * a day without its year takes the year of publication, and says so. Times of day, and dates
 * that cannot be (a day the month does not have, a short date whose year is unknown), give none.
 */
function eventDate(date: TextDate, publishedYear: number): { date: string; why?: string } | undefined {
  if (date.problem?.kind === 'noSuchDay') return undefined;
  const { year, month, day } = date;
  if (date.kind === 'year' && year !== undefined) return { date: pad(year, 4) };
  if (date.kind === 'month' && year !== undefined) return { date: `${pad(year, 4)}-${pad(month!)}` };
  if (date.kind === 'time' || month === undefined || day === undefined) return undefined;
  if (year !== undefined) {
    const why =
      date.problem?.kind === 'weekday' ? 'proposed as written: check which date the event has' : undefined;
    return { date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, why };
  }
  if (date.kind !== 'dayMonth') return undefined;
  return {
    date: `${pad(publishedYear, 4)}-${pad(month)}-${pad(day)}`,
    why: `proposed in ${publishedYear}, the year of publication: check it`,
  };
}

/**
 * Candidate events for the dates the text names: one per date, citing every paragraph that
 * names it, each citation quoting the sentence that does (words of that paragraph exactly, so
 * that the build accepts it as it is). Its title is that sentence, for the archivist to
 * rewrite; its entities are the suggested entities the quoted sentences name.
 */
export function suggestEvents(input: {
  dates: readonly TextDate[];
  paragraphs: readonly string[];
  /** The article's id: its file name without ".mdx". */
  article: string;
  /** The publication date, "YYYY-MM-DD…": its year is given to a day written without one. */
  published: string;
  entities: EntityIndex;
}): EventSuggestion[] {
  const { paragraphs, article } = input;
  const publishedYear = Number(input.published.slice(0, 4));
  const byDate = new Map<string, EventSuggestion>();
  for (const date of input.dates) {
    const dated = eventDate(date, publishedYear);
    const paragraph = paragraphs[date.paragraph - 1];
    if (!dated || paragraph === undefined) continue;
    const quote = sentenceWith(paragraph, date.text);
    if (quote === undefined) continue;
    let suggestion = byDate.get(dated.date);
    if (!suggestion) {
      suggestion = {
        found: [],
        event: {
          id: `${article}-${dated.date}`,
          title: withoutDateline(quote),
          date: dated.date,
          citations: [],
        },
      };
      byDate.set(dated.date, suggestion);
    }
    suggestion.found.push(`${describeTextDate(date)}${dated.why ? `; ${dated.why}` : ''}`);
    const { citations } = suggestion.event;
    if (!citations.some((c) => c.paragraph === date.paragraph && c.quote === quote)) {
      citations.push({ article, paragraph: date.paragraph, quote });
    }
  }
  return [...byDate.values()].map(({ found, event }) => {
    const named = suggestEntities(
      event.citations.map((citation) => citation.quote),
      input.entities,
    ).map((entity) => entity.id);
    const { id, title, date, citations } = event;
    return { found, event: { id, title, date, ...(named.length > 0 ? { entities: named } : {}), citations } };
  });
}

/** A sentence without the dateline a story may open with ("KONTAN.CO.ID - BRUSSELS. …"). */
function withoutDateline(sentence: string): string {
  const dateline = findDateline(sentence);
  return dateline ? sentence.slice(dateline.text.length).trim() : sentence;
}

/** The importer's suggestions for one article. */
export interface Suggestions {
  /** The article's id. */
  article: string;
  capture: string;
  entities: EntitySuggestion[];
  events: EventSuggestion[];
}

/**
 * The suggestions file (content/suggestions/<article>.yaml): YAML the archivist reads and
 * copies from. The build never reads it. Each candidate event is written as the event record
 * itself, at the start of its line, so that its lines can be copied into events.yaml as they
 * are; what the importer read is a comment above it.
 */
export function renderSuggestions(suggestions: Suggestions): string {
  const doc = new Document({
    article: suggestions.article,
    capture: suggestions.capture,
    entities: suggestions.entities.map(({ id, name, paragraphs, matched }) => ({
      id,
      name,
      paragraphs,
      matched,
    })),
    events: suggestions.events.map(({ event }) => event),
  });
  doc.commentBefore = [
    ' Suggestions by npm run import for the article',
    `   content/articles/${suggestions.article}.mdx`,
    ' None of this is part of the archive: the build never reads this file, and nothing here is',
    " a fact until the archivist confirms it. To confirm an entity, add its id to the article's",
    ' "entities:". To confirm an event, rewrite its title (the sentence that names the date),',
    ' then copy its lines into content/events.yaml, or add its citation to an event already',
    ' there. Delete this file when done (README: "Suggestions").',
  ].join('\n');
  const contents = doc.contents as unknown as { items: { key: unknown; value: unknown }[] };
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (key === 'entities' && isScalar(pair.key)) {
      pair.key.commentBefore =
        ' Entities whose names or aliases occur in the text, with the paragraphs they occur in';
    }
    if (key === 'events' && isScalar(pair.key)) {
      pair.key.commentBefore = ' Dates the text names, each as a candidate event citing its paragraphs';
      const items = (pair.value as { items: { commentBefore?: string }[] }).items;
      items.forEach((item, i) => {
        item.commentBefore = suggestions.events[i]!.found.map((line) => ` ${line}`).join('\n');
      });
    }
  }
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /^\d{4}(?:-\d\d){0,2}(?:T|$)/.test(node.value)) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item) && typeof item.value !== 'object')) node.flow = true;
    },
  });
  return doc.toString({
    lineWidth: 100,
    minContentWidth: 40,
    indentSeq: false,
    flowCollectionPadding: false,
  });
}
