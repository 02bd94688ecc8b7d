/**
 * The core of the importer: reads a raw plain-text capture and drafts the article that
 * derives from it. Pure: the caller reads the files and passes in the publishers, the
 * entities and the current moment; nothing here touches the disk or the machine's clock.
 *
 * A capture is one captured line per block. The importer recognises, and never alters:
 * - the headline: the first line, unless it is a credit line or already text of the story;
 * - credit lines, first or last: `Sumber : medcom.id`, `Sumber: Reuters | Editor: Noverius Laoli`;
 * - the story's paragraphs, the first of which may open with a dateline (`KONTAN.CO.ID - BRUSSELS.`);
 * - the outlet's "read also" lines (`Baca Juga: …`), written as `<BacaJuga>` blocks.
 * It also reads what the text says about its sources (agencies it quotes) and its dates, so
 * that what the archive has to decide is decided by rule and said out loud: as a warning for
 * the archivist and, where a reader should know it too, as an editorial note in the draft.
 */
import { dump, load } from 'js-yaml';
import { z } from 'astro/zod';
import { READ_ALSO_ELEMENT, bodyBlocks, checkBody, checkCaptureCoverage, escapeMarkdown } from './body.ts';
import {
  ARCHIVE_TIME_ZONE,
  daysInMonth,
  formatArchiveDate,
  monthName,
  parseArchiveDate,
  weekdayName,
} from './dates.ts';
import {
  type Entity,
  type Note,
  type Publisher,
  articleSchema,
  entitySchema,
  publisherSchema,
  slug as slugSchema,
} from './schema.ts';

// ---------------------------------------------------------------------------------------------
// Bytes and lines

/** The text of a capture file, or why it is not a plain-text capture. */
export type DecodedCapture = { ok: true; text: string } | { ok: false; reason: string };

/** Decodes a capture file's bytes as UTF-8 text, refusing empty, binary and non-UTF-8 files. */
export function decodeCapture(bytes: Uint8Array): DecodedCapture {
  if (bytes.length === 0) return { ok: false, reason: 'is empty; expected the captured text' };
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: `is binary (NUL byte at offset ${nul}); expected a plain-text capture` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'is not UTF-8 text; expected the capture saved as UTF-8' };
  }
  if (text.trim() === '') return { ok: false, reason: 'holds only white space; expected the captured text' };
  return { ok: true, text };
}

/** The lines of a capture exactly as captured, split at "\n"; a final newline adds no line. */
export function splitCaptureLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Credit lines

/** What a credit names: the source of the text, its editor, its author, or its image. */
export type CreditRole = 'source' | 'editor' | 'byline' | 'image';

/** The labels Indonesian outlets put on credit lines, and what each one credits. */
const CREDIT_LABELS = new Map<string, CreditRole>([
  ['sumber', 'source'],
  ['editor', 'editor'],
  ['penulis', 'byline'],
  ['reporter', 'byline'],
  ['gambar', 'image'],
  ['foto', 'image'],
]);

/** One `Label: value` part of a credit line. */
export interface CreditPart {
  /** The label as captured, e.g. "Sumber". */
  label: string;
  role: CreditRole;
  value: string;
}

const CREDIT_PART = /^\s*(\p{L}+)\s*:\s*(\S(?:.*\S)?)\s*$/u;

/**
 * The parts of a credit line, or undefined when the line is not one. A credit line is one or
 * more `Label : value` parts joined by "|", every label a known one: `Sumber : medcom.id`,
 * `Sumber: Reuters | Editor: Noverius Laoli`.
 */
export function parseCreditLine(line: string): CreditPart[] | undefined {
  const parts: CreditPart[] = [];
  for (const piece of line.split('|')) {
    const match = CREDIT_PART.exec(piece);
    if (!match) return undefined;
    const label = match[1]!;
    const role = CREDIT_LABELS.get(label.toLowerCase());
    if (role === undefined) return undefined;
    parts.push({ label, role, value: match[2]! });
  }
  return parts;
}

/** The credits of a capture: the lines as captured, and what they name. */
export interface Credits {
  /** The credit lines, trimmed, in the order of the capture. */
  lines: string[];
  /** Every `Sumber` value: the outlet itself, or the agency the text comes from. */
  sources: string[];
  editor?: string;
  byline?: string;
  imageCredit?: string;
}

/** Collects the credit lines of a capture; the first value of each role counts. */
function collectCredits(lines: readonly string[]): Credits {
  const credits: Credits = { lines: [...lines], sources: [] };
  for (const line of lines) {
    for (const part of parseCreditLine(line) ?? []) {
      if (part.role === 'source') credits.sources.push(part.value);
      if (part.role === 'editor') credits.editor ??= part.value;
      if (part.role === 'byline') credits.byline ??= part.value;
      if (part.role === 'image') credits.imageCredit ??= part.value;
    }
  }
  return credits;
}

// ---------------------------------------------------------------------------------------------
// The structure of a capture

/** A block of the article body: a line of the capture, trimmed. */
export interface CaptureBlock {
  kind: 'paragraph' | 'readAlso';
  text: string;
  /** Its line in the capture, counted from 1. */
  line: number;
}

/** What each line of a capture is. */
export interface CaptureReading {
  /**
   * What the first line is: the headline, or (then the capture has none) a credit line, a
   * "read also" line, or a paragraph that opens with the dateline. Undefined for no lines.
   */
  firstLine?: 'headline' | 'credit' | 'readAlso' | 'dateline';
  /** The headline, when the capture has one. */
  headline?: string;
  credits: Credits;
  /** The body: story paragraphs and "read also" lines, in capture order. */
  blocks: CaptureBlock[];
}

const READ_ALSO_LINE = /^baca juga\s*:/i;

/** True for an outlet's "read also" line, e.g. "Baca Juga: Pasca Putin berbicara …". */
export function isReadAlsoLine(line: string): boolean {
  return READ_ALSO_LINE.test(line.trim());
}

/**
 * Reads the structure of a capture. Blank lines are skipped. The first line is the headline
 * unless it is a credit line, a "read also" line or opens with a dateline (then the capture
 * has no headline). Credit lines are recognised at the start (after the headline) and at the
 * end; every other line is a block of the body, verbatim but for surrounding white space.
 */
export function readCapture(text: string): CaptureReading {
  const lines = splitCaptureLines(text)
    .map((raw, index) => ({ text: raw.trim(), line: index + 1 }))
    .filter((line) => line.text !== '');

  const first = lines[0]?.text;
  const firstLine = first === undefined ? undefined : classifyFirstLine(first);
  const headline = firstLine === 'headline' ? first : undefined;
  const afterHeadline = headline === undefined ? 0 : 1;
  let start = afterHeadline;
  let end = lines.length;
  while (start < end && isCreditLine(lines[start]!.text)) start += 1;
  while (end > start && isCreditLine(lines[end - 1]!.text)) end -= 1;

  const creditLines = [...lines.slice(afterHeadline, start), ...lines.slice(end)].map((line) => line.text);
  const blocks = lines.slice(start, end).map((line): CaptureBlock => ({
    kind: isReadAlsoLine(line.text) ? 'readAlso' : 'paragraph',
    text: line.text,
    line: line.line,
  }));
  return { firstLine, headline, credits: collectCredits(creditLines), blocks };
}

function classifyFirstLine(line: string): NonNullable<CaptureReading['firstLine']> {
  if (isCreditLine(line)) return 'credit';
  if (isReadAlsoLine(line)) return 'readAlso';
  if (findDateline(line)) return 'dateline';
  return 'headline';
}

function isCreditLine(line: string): boolean {
  return parseCreditLine(line) !== undefined;
}

/** The story's paragraphs, in order: paragraph n is at index n - 1. */
export function storyParagraphs(reading: CaptureReading): string[] {
  return reading.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
}

// ---------------------------------------------------------------------------------------------
// Dateline, publishers, places

/** A dateline as printed at the start of the first paragraph. */
export interface Dateline {
  /** As printed, e.g. "KONTAN.CO.ID - BRUSSELS.". */
  text: string;
  /** The outlet it names, e.g. "KONTAN.CO.ID". */
  outlet: string;
  /** The place it names, e.g. "BRUSSELS". */
  place: string;
}

const DATELINE =
  /^(\p{Lu}[\p{Lu}\p{N}.]*(?: \p{Lu}[\p{Lu}\p{N}.]*)*) [-–—] (\p{Lu}[\p{Lu} ]*\p{Lu})\.(?=\s|$)/u;

/** The dateline a paragraph opens with: uppercase outlet, " - ", uppercase place, ".". */
export function findDateline(paragraph: string): Dateline | undefined {
  const match = DATELINE.exec(paragraph);
  if (!match) return undefined;
  return { text: match[0], outlet: match[1]!, place: match[2]! };
}

/** A name folded for comparison: no accents, lower case, single spaces. */
function fold(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The publisher a name refers to, by id or by name ("KONTAN.CO.ID" is kontan). */
export function findPublisher(name: string, publishers: readonly Publisher[]): Publisher | undefined {
  const wanted = fold(name);
  return publishers.find((publisher) => publisher.id === wanted || fold(publisher.name) === wanted);
}

/** The place or country a name refers to, by name or alias ("BRUSSELS" is brussel). */
export function findPlace(name: string, entities: readonly Entity[]): Entity | undefined {
  const wanted = fold(name);
  return entities.find(
    (entity) =>
      (entity.kind === 'place' || entity.kind === 'country') &&
      [entity.name, ...entity.aliases].some((known) => fold(known) === wanted),
  );
}

// ---------------------------------------------------------------------------------------------
// Agencies the text quotes

/** An agency or outlet the text says it quotes: "dilansir dari Anadolu Agency". */
export interface SourceMention {
  /** The verb phrase, e.g. "dilansir dari". */
  phrase: string;
  /** The name as written after it. */
  name: string;
  /** The story paragraph, counted from 1. */
  paragraph: number;
  /** Its id in publishers.yaml; undefined when it is not there. */
  publisher?: string;
}

const CITING = /\b(dilansir dari|dilansir|melansir|mengutip|dikutip dari)\s+/giu;
const CAPITALISED_NAME = /^\p{Lu}[\p{L}\p{N}&'-]*(?:\s\p{Lu}[\p{L}\p{N}&'-]*)*/u;

/**
 * The sources the paragraphs say they quote: a name after "dilansir (dari)", "melansir",
 * "mengutip" or "dikutip dari". A known publisher is matched by its name; any other
 * capitalised name is reported without an id. Lower-case words ("mengutip pernyataan") are
 * not sources.
 */
export function findSourceMentions(
  paragraphs: readonly string[],
  publishers: readonly Publisher[],
): SourceMention[] {
  const mentions: SourceMention[] = [];
  paragraphs.forEach((text, index) => {
    for (const match of text.matchAll(CITING)) {
      const rest = text.slice(match.index + match[0].length);
      const known = publishers.find((publisher) => startsWithName(rest, publisher.name));
      const name = known ? rest.slice(0, known.name.length) : CAPITALISED_NAME.exec(rest)?.[0];
      if (name === undefined) continue;
      mentions.push({ phrase: match[1]!, name, paragraph: index + 1, publisher: known?.id });
    }
  });
  return mentions;
}

function startsWithName(text: string, name: string): boolean {
  const head = text.slice(0, name.length);
  const next = text.charAt(name.length);
  return fold(head) === fold(name) && !/[\p{L}\p{N}]/u.test(next);
}

// ---------------------------------------------------------------------------------------------
// Dates in the text

/** Indonesian weekday names from Intl, Sunday first: "Minggu", "Senin", … "Sabtu". */
const WEEKDAYS = Array.from({ length: 7 }, (_, i) => weekdayName(2023, 1, 1 + i));
const MONTHS = Array.from({ length: 12 }, (_, i) => monthName(i + 1));

/** What is wrong with a date as written. */
export type DateProblem =
  /** The month has no such day. */
  | { kind: 'noSuchDay' }
  /** The named weekday is not the date's weekday; `fitsYears` are the nearest years where it is. */
  | { kind: 'weekday'; actual: string; fitsYears: number[] };

/** A date or time of day written in the text. */
export interface TextDate {
  /** The words as written, e.g. "Selasa (4/1)". */
  text: string;
  /** The story paragraph, counted from 1. */
  paragraph: number;
  /**
   * full: "Rabu, 12 Januari 2021" or "12 Januari 2021"; short: "Selasa (4/1)", the way
   * Indonesian news names the day of a report; dayMonth: "12 Januari"; time: "pukul 1300 GMT".
   */
  kind: 'full' | 'short' | 'dayMonth' | 'time';
  weekday?: string;
  day?: number;
  month?: number;
  year?: number;
  /** For a short date without a year: the year the search for one started from (`shortDateYear`). */
  yearFrom?: number;
  hour?: number;
  minute?: number;
  /** The time zone as written, e.g. "GMT" or "WIB". */
  zone?: string;
  problem?: DateProblem;
}

/** The years a short date may fall in: from the latest year the text names to the archive's. */
export interface YearContext {
  /** The latest year (1800–archived) written in the text; undefined when it names none. */
  latest?: number;
  /** The year the capture entered the archive: no later year is considered. */
  archived: number;
}

const FULL_DATE = new RegExp(
  `(?:\\b(${WEEKDAYS.join('|')}),?\\s+)?\\b(\\d{1,2})\\s+(${MONTHS.join('|')})(?:\\s+(\\d{4}))?\\b`,
  'gu',
);
const SHORT_DATE = new RegExp(
  `\\b(${WEEKDAYS.join('|')})\\s+\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\)`,
  'gu',
);
const TIME = /\bpukul\s+(\d{1,2})[.:]?(\d{2})(?:\s*(WIB|WITA|WIT|GMT|UTC))?\b/gu;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

/** The year context of a text: the latest year it names, up to the year of archiving. */
export function yearContext(paragraphs: readonly string[], archivedYear: number): YearContext {
  let latest: number | undefined;
  for (const paragraph of paragraphs) {
    for (const match of paragraph.matchAll(YEAR)) {
      const year = Number(match[1]);
      if (year <= archivedYear && (latest === undefined || year > latest)) latest = year;
    }
  }
  return { latest, archived: archivedYear };
}

/**
 * Checks a date as written: the day must exist in its month, and a named weekday must be the
 * date's weekday (computed in UTC with Intl, never the machine's time zone).
 */
export function checkDate(date: {
  weekday?: string;
  day: number;
  month: number;
  year: number;
}): DateProblem | undefined {
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
    return { kind: 'noSuchDay' };
  }
  if (date.weekday === undefined) return undefined;
  const actual = weekdayName(date.year, date.month, date.day);
  if (actual === date.weekday) return undefined;
  return {
    kind: 'weekday',
    actual,
    fitsYears: nearestFittingYears(date.weekday, date.day, date.month, date.year),
  };
}

/** The years nearest to `year` (up to 11 away) in which day/month falls on `weekday`. */
function nearestFittingYears(weekday: string, day: number, month: number, year: number): number[] {
  for (let distance = 1; distance <= 11; distance++) {
    const years = [year - distance, year + distance].filter(
      (candidate) => day <= daysInMonth(candidate, month) && weekdayName(candidate, month, day) === weekday,
    );
    if (years.length > 0) return years;
  }
  return [];
}

/**
 * The year of a short date ("Selasa (4/1)"): the first year, from the latest year the text
 * names up to the year of archiving, in which that day falls on that weekday. A text that
 * names no year gives no year.
 */
export function shortDateYear(
  weekday: string,
  day: number,
  month: number,
  context: YearContext,
): number | undefined {
  if (context.latest === undefined || month < 1 || month > 12) return undefined;
  for (let year = context.latest; year <= context.archived; year++) {
    if (day >= 1 && day <= daysInMonth(year, month) && weekdayName(year, month, day) === weekday) return year;
  }
  return undefined;
}

/** The dates and times written in the paragraphs, in text order, each checked. */
export function findTextDates(paragraphs: readonly string[], context: YearContext): TextDate[] {
  const found: { index: number; date: TextDate }[] = [];
  paragraphs.forEach((text, i) => {
    const paragraph = i + 1;
    for (const match of text.matchAll(FULL_DATE)) {
      found.push({ index: match.index, date: fullDate(match, paragraph) });
    }
    for (const match of text.matchAll(SHORT_DATE)) {
      found.push({ index: match.index, date: shortDate(match, paragraph, context) });
    }
    for (const match of text.matchAll(TIME)) {
      const date: TextDate = {
        text: match[0],
        paragraph,
        kind: 'time',
        hour: Number(match[1]),
        minute: Number(match[2]),
      };
      if (match[3] !== undefined) date.zone = match[3];
      found.push({ index: match.index, date });
    }
  });
  found.sort((a, b) => a.date.paragraph - b.date.paragraph || a.index - b.index);
  return found.map((entry) => entry.date);
}

/** A "[Weekday, ]D Month[ YYYY]" match as a TextDate. */
function fullDate(match: RegExpExecArray, paragraph: number): TextDate {
  const [text, weekday, day, month, year] = match;
  const date: TextDate = {
    text,
    paragraph,
    kind: year === undefined ? 'dayMonth' : 'full',
    day: Number(day),
    month: MONTHS.indexOf(month!) + 1,
  };
  if (weekday !== undefined) date.weekday = weekday;
  if (year !== undefined) {
    date.year = Number(year);
    const problem = checkDate({ weekday, day: date.day!, month: date.month!, year: date.year });
    if (problem) date.problem = problem;
  }
  return date;
}

/** A "Weekday (D/M[/YYYY])" match as a TextDate, its year read from context when not written. */
function shortDate(match: RegExpExecArray, paragraph: number, context: YearContext): TextDate {
  const [text, weekday, day, month, year] = match;
  const date: TextDate = { text, paragraph, kind: 'short', weekday, day: Number(day), month: Number(month) };
  if (year !== undefined) {
    date.year = Number(year);
    const problem = checkDate({ weekday, day: date.day!, month: date.month!, year: date.year });
    if (problem) date.problem = problem;
    return date;
  }
  if (context.latest !== undefined) date.yearFrom = context.latest;
  const inferred = shortDateYear(weekday!, date.day!, date.month!, context);
  if (inferred !== undefined) date.year = inferred;
  return date;
}

/** "Selasa, 4 Januari 2022": a civil date as an Indonesian reader writes it. */
function longDay(year: number, month: number, day: number, weekday = true): string {
  return formatArchiveDate({ source: '', precision: 'day', year, month, day }, { weekday });
}

/** "YYYY-MM-DD". */
function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** One line, in English, saying what the archive reads in a date of the text. */
export function describeTextDate(date: TextDate): string {
  const where = `"${date.text}" (paragraph ${date.paragraph})`;
  const { day, month, year } = date;
  if (date.kind === 'time') {
    const time = `${String(date.hour).padStart(2, '0')}:${String(date.minute).padStart(2, '0')}`;
    return `${where}: a time of day, ${time} ${date.zone ?? '(no time zone written)'}`;
  }
  if (day === undefined || month === undefined) return `${where}: not a date`;
  if (date.problem?.kind === 'noSuchDay') return `${where}: no such day in ${describeMonth(month, year)}`;
  if (date.problem?.kind === 'weekday') return `${where}: the weekday does not fit: ${weekdayMismatch(date)}`;
  if (year === undefined && date.kind === 'dayMonth')
    return `${where}: ${day} ${monthName(month)}, year not written`;
  if (year === undefined) {
    const range =
      date.yearFrom === undefined ? 'the text names no year' : `no year from ${date.yearFrom} on fits`;
    return `${where}: year unknown (${range})`;
  }
  const reading = longDay(year, month, day, date.weekday !== undefined);
  if (date.kind === 'short' && date.yearFrom !== undefined) {
    return `${where}: ${reading} (year read from context: the first year from ${date.yearFrom}, the latest the text names, in which ${day}/${month} is a ${date.weekday})`;
  }
  return `${where}: ${reading}`;
}

function describeMonth(month: number, year: number | undefined): string {
  return year === undefined ? monthName(month) : `${monthName(month)} ${year}`;
}

/** "12 Januari 2021 was a Selasa; Rabu, 12 Januari fits 2022". */
function weekdayMismatch(date: TextDate): string {
  if (date.problem?.kind !== 'weekday') return '';
  const fits = date.problem.fitsYears.join(' and ') || 'no nearby year';
  return `${date.day} ${monthName(date.month!)} ${date.year} was a ${date.problem.actual}; ${date.weekday}, ${date.day} ${monthName(date.month!)} fits ${fits}`;
}

/** The publication date the text gives, or why it gives none. */
export type PublishedInference = { ok: true; date: string; from: TextDate } | { ok: false; reason: string };

/**
 * Infers the publication day from the first date that names its weekday and checks out:
 * "Selasa (4/1)" (year from context) or "Rabu, 12 Januari 2022". Indonesian news names the
 * day of the report this way. A date whose weekday does not fit is never used.
 */
export function inferPublished(dates: readonly TextDate[]): PublishedInference {
  const dated = dates.filter(
    (date) => date.weekday !== undefined && (date.kind === 'full' || date.kind === 'short'),
  );
  const usable = dated.find((date) => date.year !== undefined && date.problem === undefined);
  if (usable) {
    return { ok: true, date: isoDay(usable.year!, usable.month!, usable.day!), from: usable };
  }
  const flagged = dated.filter((date) => date.problem !== undefined);
  if (flagged.length > 0) {
    const why = flagged.map(describeTextDate).join('; ');
    return { ok: false, reason: `${why}; pass --published with the date the archive gives it` };
  }
  const yearless = dated.find((date) => date.year === undefined);
  if (yearless) {
    return {
      ok: false,
      reason: `"${yearless.text}" (paragraph ${yearless.paragraph}) has no year, and ${yearless.yearFrom === undefined ? 'the text names none to read it from' : `no year from ${yearless.yearFrom} on fits its weekday`}; pass --published`,
    };
  }
  return {
    ok: false,
    reason:
      'the text names no day with its weekday (such as "Selasa (4/1)" or "Rabu, 12 Januari 2022"); pass --published',
  };
}

// ---------------------------------------------------------------------------------------------
// Title, summary, slug, archived

/** The first sentence of a paragraph, without the dateline it may open with. */
export function firstSentence(paragraph: string): string {
  const dateline = findDateline(paragraph);
  const text = dateline ? paragraph.slice(dateline.text.length).trim() : paragraph;
  const sentence = /^.+?[.!?]["”’]?(?=\s+["“‘(]?\p{Lu})/u.exec(text);
  return sentence ? sentence[0] : text;
}

const DEVISED_TITLE_WORDS = 12;

/** A provisional title devised from the first sentence of a paragraph: at most 12 words. */
export function devisedTitle(paragraph: string): string {
  const words = firstSentence(paragraph)
    .replace(/[.!?]$/, '')
    .split(/\s+/);
  if (words.length <= DEVISED_TITLE_WORDS) return words.join(' ');
  return `${words.slice(0, DEVISED_TITLE_WORDS).join(' ')}…`;
}

/** A URL slug from a title: its first words (six by default), lower-case ASCII, joined by "-". */
export function slugify(title: string, maxWords = 6): string {
  const words = fold(title)
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  return words.slice(0, maxWords).join('-');
}

/** The civil day of an instant in Asia/Jakarta, "YYYY-MM-DD": the default "archived" date. */
export function jakartaDay(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: ARCHIVE_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return isoDay(part('year'), part('month'), part('day'));
}

// ---------------------------------------------------------------------------------------------
// The draft

/** What the archivist tells the importer; everything else is read from the capture. */
export interface ImportOptions {
  /** The capture's file name, e.g. "000_a0787a86cb8f5b8c.txt"; the draft refers to captures/<name>. */
  captureName: string;
  /** The records of content/publishers.yaml. */
  publishers: readonly Publisher[];
  /** The records of content/entities.yaml. */
  entities: readonly Entity[];
  /** The moment of the import: "archived" defaults to its day in Asia/Jakarta. */
  now: Date;
  /** The outlet's id; default: the outlet the credits or the dateline name. */
  publisher?: string;
  /** The publication date; default: inferred from the text (see `inferPublished`). */
  published?: string;
  /** How `published` is known; default "inferred": the capture itself does not state it. */
  publishedBasis?: 'stated' | 'inferred';
  /** When the capture entered the archive; default: the day of `now` in Asia/Jakarta. */
  archived?: string;
  /** A title for a capture without a headline; it is marked as devised. */
  title?: string;
  /** The archive's summary; default: the first sentence of the text, to be rewritten. */
  summary?: string;
  originalUrl?: string;
  /** The article's file name and URL slug; default: from the title. */
  slug?: string;
}

/** The frontmatter the importer writes, in the order it is written (see src/lib/schema.ts). */
export interface DraftFrontmatter {
  title: string;
  titleDevised?: true;
  summary: string;
  published: string;
  publishedBasis: 'stated' | 'inferred';
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
 */
export type ImportResult =
  | { ok: true; draft: Draft; warnings: string[]; dates: TextDate[] }
  | { ok: false; errors: string[]; warnings: string[]; dates: TextDate[] };

/** What the steps of an import find, collected as they go. */
interface Findings {
  errors: string[];
  warnings: string[];
  notes: Note[];
}

/**
 * Drafts the article that derives from a capture. Every decision follows a rule:
 * - title: the headline; without one, `title` (else a provisional title from the first
 *   sentence), marked `titleDevised` with a note; `title` with a headline is refused;
 * - publisher: `publisher`, else the one outlet the credits or the dateline name;
 * - published: `published` (basis `publishedBasis`, "inferred" by default, with a note when
 *   inferred), else inferred from the text with a note; refused when neither gives a date;
 * - wire: agencies named by a `Sumber` credit; cited: other publishers the text quotes;
 * - a date whose weekday does not fit is kept as written and explained in a note.
 * The draft is then checked as the build checks an article (see `checkDraft`); the ids it
 * refers to are taken from the publishers and entities given, so they exist.
 */
export function importCapture(text: string, options: ImportOptions): ImportResult {
  const found: Findings = { errors: [], warnings: [], notes: [] };
  const reading = readCapture(text);
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
  const publisher = decidePublisher(options, sources.outlets, dateline, found);
  const title = decideTitle(reading, options.title, publisher, found);
  noteDateProblems(dates, found);
  const published = decidePublished(options, dates, found);
  noteCaptureParts(reading, publisher, found);
  const summary = decideSummary(options.summary, paragraphs[0]!, found);
  const slug = title === undefined ? undefined : decideSlug(options.slug, title.title, found);
  const datelineField = decideDateline(dateline, options.entities, found);
  if (options.originalUrl === undefined) {
    found.warnings.push(
      'originalUrl: not known; pass --original-url if the address of the original is known',
    );
  }
  found.warnings.push(
    'entities: none listed; add the ids (content/entities.yaml) of the people, organisations and places the text is about',
  );

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
    originalUrl: options.originalUrl,
    capture: `captures/${options.captureName}`,
    notes: found.notes,
  } satisfies Record<keyof DraftFrontmatter, unknown>) as unknown as DraftFrontmatter;

  const mdx = renderArticle(frontmatter, renderBody(reading.blocks));
  const problems = checkDraft(mdx, text);
  if (problems.length > 0) return { ok: false, errors: problems, warnings: found.warnings, dates };
  return { ok: true, draft: { slug, frontmatter, mdx, reading }, warnings: found.warnings, dates };
}

/** `archived` as given, or the day of `now` in Asia/Jakarta. */
function decideArchived(options: ImportOptions, found: Findings): string {
  if (options.archived === undefined) return jakartaDay(options.now);
  const parsed = parseArchiveDate(options.archived);
  if (!parsed.ok) {
    found.errors.push(`--archived: ${parsed.reason}`);
    return jakartaDay(options.now);
  }
  return options.archived;
}

/** Wire agencies (from `Sumber` credits), cited publishers (from the text) and named outlets. */
function decideSources(
  credits: Credits,
  paragraphs: readonly string[],
  publishers: readonly Publisher[],
  found: Findings,
) {
  const wire: string[] = [];
  const cited: string[] = [];
  const outlets: Publisher[] = [];
  for (const source of credits.sources) {
    const publisher = findPublisher(source, publishers);
    if (publisher?.kind === 'agency') addOnce(wire, publisher.id);
    else if (publisher) outlets.push(publisher);
    else {
      found.warnings.push(
        `wire: the credit "Sumber: ${source}" names a source that is not in publishers.yaml; add it there to list it`,
      );
    }
  }
  for (const mention of findSourceMentions(paragraphs, publishers)) {
    if (mention.publisher === undefined) {
      found.warnings.push(
        `cited: "${mention.name}" (paragraph ${mention.paragraph}, after "${mention.phrase}") is not in publishers.yaml; add it there to list it in cited`,
      );
    } else if (!wire.includes(mention.publisher)) {
      addOnce(cited, mention.publisher);
    }
  }
  return { wire, cited, outlets };
}

function addOnce(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

/** The outlet: as given (it must be an outlet), else the one the credits or the dateline name. */
function decidePublisher(
  options: ImportOptions,
  creditOutlets: readonly Publisher[],
  dateline: Dateline | undefined,
  found: Findings,
): Publisher | undefined {
  const outlets = options.publishers.filter((publisher) => publisher.kind === 'outlet');
  const known = outlets
    .map((publisher) => publisher.id)
    .sort()
    .join(', ');
  const named = [...creditOutlets];
  const datelineOutlet = dateline && findPublisher(dateline.outlet, outlets);
  if (datelineOutlet) named.push(datelineOutlet);
  const namedIds = [...new Set(named.map((publisher) => publisher.id))];

  if (options.publisher !== undefined) {
    const given = outlets.find((publisher) => publisher.id === options.publisher);
    if (!given) {
      found.errors.push(
        `publisher: "${options.publisher}" is not an outlet in publishers.yaml; expected one of: ${known}`,
      );
      return undefined;
    }
    const others = namedIds.filter((id) => id !== given.id);
    if (others.length > 0) {
      found.warnings.push(
        `publisher: --publisher ${given.id}, but the credits or the dateline name ${others.join(', ')}`,
      );
    }
    return given;
  }
  if (namedIds.length === 1) return outlets.find((publisher) => publisher.id === namedIds[0]);
  const why =
    namedIds.length === 0
      ? 'the credits and the dateline name no outlet in publishers.yaml'
      : `the credits and the dateline name different outlets (${namedIds.join(', ')})`;
  found.errors.push(`publisher: ${why}; pass --publisher with one of: ${known}`);
  return undefined;
}

/** Why a capture has no headline, in Indonesian and in English. */
const NO_HEADLINE = {
  credit: { id: 'baris pertamanya adalah baris kredit', en: 'its first line is a credit line' },
  dateline: {
    id: 'baris pertamanya sudah bagian dari teks berita',
    en: 'its first line opens with the dateline',
  },
  readAlso: { id: 'baris pertamanya adalah baris "Baca Juga"', en: 'its first line is a "Baca Juga" line' },
} as const;

/** The title: the headline; else `--title` or a provisional one, both marked as devised. */
function decideTitle(
  reading: CaptureReading,
  optionTitle: string | undefined,
  publisher: Publisher | undefined,
  found: Findings,
): { title: string; devised: boolean } | undefined {
  if (reading.firstLine === 'headline') {
    if (optionTitle === undefined) return { title: reading.headline!, devised: false };
    found.errors.push(
      `--title: the capture has a headline, "${reading.headline}", which is the title; --title is only for captures without one`,
    );
    return undefined;
  }
  const why = reading.firstLine === undefined ? undefined : NO_HEADLINE[reading.firstLine];
  const noHeadline = {
    en: `the capture has no headline${why ? ` (${why.en})` : ''}`,
    id: `Tangkapan tidak memuat judul${why ? `: ${why.id}` : ''}.`,
  };
  const outlet = publisher ? publisher.name : 'penerbitnya';
  const given = optionTitle?.trim();
  if (given) {
    found.warnings.push(`title: ${noHeadline.en}; "${given}" (--title) is marked as devised`);
    found.notes.push({
      topic: 'title',
      text: `${noHeadline.id} Judul ini disusun oleh arsip, bukan judul asli ${outlet}.`,
    });
    return { title: given, devised: true };
  }
  const title = devisedTitle(reading.blocks.find((block) => block.kind === 'paragraph')!.text);
  found.warnings.push(
    `title: ${noHeadline.en}; the archive devised "${title}" from paragraph 1 and marked it as devised; rewrite it, or pass --title`,
  );
  found.notes.push({
    topic: 'title',
    text: `${noHeadline.id} Judul ini disusun oleh arsip dari kalimat pertama paragraf 1, bukan judul asli ${outlet}.`,
  });
  return { title, devised: true };
}

/** The publication date and its basis: as given, else inferred from the text, else refused. */
function decidePublished(
  options: ImportOptions,
  dates: readonly TextDate[],
  found: Findings,
): { date: string; basis: 'stated' | 'inferred' } | undefined {
  const inference = inferPublished(dates);
  if (options.published !== undefined) return givenPublished(options, inference, found);
  if (options.publishedBasis !== undefined) {
    found.errors.push('--published-basis: says how --published is known; pass it with --published');
    return undefined;
  }
  if (!inference.ok) {
    found.errors.push(`published: cannot infer the publication date: ${inference.reason}`);
    return undefined;
  }
  const { from } = inference;
  const reading = longDay(from.year!, from.month!, from.day!);
  let note = `Tanggal terbit tidak tercantum dalam tangkapan. Arsip menyimpulkannya dari "${from.text}" dalam paragraf ${from.paragraph}: ${reading}.`;
  if (from.yearFrom !== undefined) {
    note += ` Tahunnya tidak tertulis; ${from.year} adalah tahun pertama sejak ${from.yearFrom}, tahun terakhir yang disebut teks, yang ${from.day} ${monthName(from.month!)}-nya jatuh pada hari ${from.weekday}.`;
  }
  found.notes.push({ topic: 'date', text: note });
  found.warnings.push(
    `published: ${inference.date} is inferred from "${from.text}" (paragraph ${from.paragraph}); check it (a note says so), or pass --published`,
  );
  return { date: inference.date, basis: 'inferred' };
}

/** `--published`: checked, compared with what the text gives, noted when only inferred. */
function givenPublished(
  options: ImportOptions,
  inference: PublishedInference,
  found: Findings,
): { date: string; basis: 'stated' | 'inferred' } | undefined {
  const value = options.published!;
  const parsed = parseArchiveDate(value);
  if (!parsed.ok) {
    found.errors.push(`--published: ${parsed.reason}`);
    return undefined;
  }
  if (parsed.date.precision !== 'day' && parsed.date.precision !== 'minute') {
    found.errors.push(
      `--published: "${value}" is a date of ${parsed.date.precision} precision; expected a day ("YYYY-MM-DD") or a time ("YYYY-MM-DDTHH:MM+07:00")`,
    );
    return undefined;
  }
  const basis = options.publishedBasis ?? 'inferred';
  const day = isoDay(parsed.date.year, parsed.date.month!, parsed.date.day!);
  if (inference.ok && inference.date !== day) {
    found.warnings.push(
      `published: --published ${value} is not the day the text gives, ${inference.date} from "${inference.from.text}" (paragraph ${inference.from.paragraph})`,
    );
  }
  if (basis === 'inferred') {
    found.notes.push({
      topic: 'date',
      text: `Tanggal terbit tidak tercantum dalam tangkapan; arsip memberinya tanggal ${formatArchiveDate(parsed.date)}.`,
    });
    found.warnings.push(
      `published: ${value} (--published) is marked inferred, and a note says the capture does not state it; add how the archive knows it to the note, or pass --published-basis stated`,
    );
  }
  return { date: value, basis };
}

/** A warning and a note for each date of the text that cannot be as written. */
function noteDateProblems(dates: readonly TextDate[], found: Findings): void {
  for (const date of dates) {
    const { problem, day, month, year } = date;
    if (!problem || day === undefined || month === undefined || year === undefined) continue;
    found.warnings.push(`text: ${describeTextDate(date)}; the text stays as captured and a note explains it`);
    if (problem.kind === 'weekday') {
      const fits = problem.fitsYears.join(' dan ');
      const elsewhere =
        fits === '' ? '' : `; ${date.weekday}, ${day} ${monthName(month)} jatuh pada tahun ${fits}`;
      found.notes.push({
        topic: 'date',
        text: `Teks tangkapan menulis "${date.text}", tetapi ${day} ${monthName(month)} ${year} jatuh pada hari ${problem.actual}${elsewhere}. Teks arsip mempertahankan tulisan aslinya.`,
      });
    } else {
      found.notes.push({
        topic: 'date',
        text: `Teks tangkapan menulis "${date.text}", tanggal yang tidak ada: ${monthName(month)} ${year} hanya memiliki ${daysInMonth(year, month)} hari. Teks arsip mempertahankan tulisan aslinya.`,
      });
    }
  }
}

/** Notes on parts of the capture a reader sees apart from the story: "Baca Juga" lines, image credit. */
function noteCaptureParts(reading: CaptureReading, publisher: Publisher | undefined, found: Findings): void {
  const outlet = publisher ? publisher.name : 'penerbit';
  const readAlso = reading.blocks.filter((block) => block.kind === 'readAlso').length;
  if (readAlso === 1) {
    found.notes.push({
      topic: 'text',
      text: `Baris "Baca Juga" adalah tautan ${outlet} ke berita lain; alamatnya tidak ikut tertangkap. Baris itu ditampilkan sebagai tautan penerbit, bukan bagian dari teks berita, dan tidak masuk indeks pencarian.`,
    });
  } else if (readAlso > 1) {
    found.notes.push({
      topic: 'text',
      text: `${readAlso} baris "Baca Juga" adalah tautan ${outlet} ke berita lain; alamatnya tidak ikut tertangkap. Baris-baris itu ditampilkan sebagai tautan penerbit, bukan bagian dari teks berita, dan tidak masuk indeks pencarian.`,
    });
  }
  const imageLine = reading.credits.lines.find((line) =>
    parseCreditLine(line)?.some((part) => part.role === 'image'),
  );
  if (imageLine !== undefined) {
    found.notes.push({
      topic: 'source',
      text: `Baris "${imageLine}" mencatat kredit gambar; berkas gambarnya tidak ikut tertangkap.`,
    });
  }
}

/** The summary as given, else the first sentence of the text, with a warning to rewrite it. */
function decideSummary(optionSummary: string | undefined, firstParagraph: string, found: Findings): string {
  if (optionSummary?.trim()) return optionSummary.trim();
  found.warnings.push(
    "summary: drafted from the first sentence of paragraph 1; rewrite it in the archive's words (or pass --summary)",
  );
  return firstSentence(firstParagraph);
}

/** The slug as given (checked), else made from the title. */
function decideSlug(optionSlug: string | undefined, title: string, found: Findings): string | undefined {
  if (optionSlug !== undefined) {
    const result = slugSchema.safeParse(optionSlug);
    if (result.success) return optionSlug;
    found.errors.push(`--slug: ${result.error.issues.map((issue) => issue.message).join('; ')}`);
    return undefined;
  }
  const slug = slugify(title);
  if (slug !== '') return slug;
  found.errors.push(
    `slug: the title "${title}" has no ASCII letters or digits to make a slug from; pass --slug`,
  );
  return undefined;
}

/** The dateline with its place's entity id; left out, with a warning, when the place is unknown. */
function decideDateline(
  dateline: Dateline | undefined,
  entities: readonly Entity[],
  found: Findings,
): { text: string; place: string } | undefined {
  if (!dateline) return undefined;
  const place = findPlace(dateline.place, entities);
  if (place) return { text: dateline.text, place: place.id };
  found.warnings.push(
    `dateline: "${dateline.text}" names "${dateline.place}", which is no place in entities.yaml; add it (or an alias), then add the dateline to the frontmatter`,
  );
  return undefined;
}

/** The object without its undefined fields and empty lists, keeping the order of the rest. */
function compact<T extends object>(record: T): Partial<T> {
  const entries = Object.entries(record).filter(
    ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
  );
  return Object.fromEntries(entries) as Partial<T>;
}

// ---------------------------------------------------------------------------------------------
// The MDX file

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

// ---------------------------------------------------------------------------------------------
// Reference data

/** The publishers in the text of content/publishers.yaml, checked; throws with the problems. */
export function parsePublishers(yamlText: string): Publisher[] {
  return parseRecords(yamlText, publisherSchema);
}

/** The entities in the text of content/entities.yaml, checked; throws with the problems. */
export function parseEntities(yamlText: string): Entity[] {
  return parseRecords(yamlText, entitySchema);
}

function parseRecords<Schema extends z.ZodType>(yamlText: string, schema: Schema): z.output<Schema>[] {
  const result = z.array(schema).safeParse(load(yamlText));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issuePath(issue.path)}: ${issue.message}`);
    throw new Error(problems.join('; '));
  }
  return result.data;
}
