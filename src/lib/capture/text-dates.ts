/**
 * Dates written in the text: full dates ("Rabu, 12 Januari 2021"), the short dates by which
 * Indonesian news names the day of a report ("Selasa (4/1)"), days of a month ("12 Januari"),
 * months of a year ("Desember 2021"), years after a word that makes them a date ("sejak
 * 2002", "pada tahun 2021") and times of day ("pukul 1300 GMT"). Each date is checked, and a short date without a year
 * is given the year its weekday points to. Weekdays are computed in UTC with Intl, never in
 * the machine's time zone.
 */
import { daysInMonth, formatArchiveDate, monthName, weekdayName } from '../dates.ts';

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
   * Indonesian news names the day of a report; dayMonth: "12 Januari"; month: "Desember 2021";
   * year: "sejak 2002", "pada tahun 2021"; time: "pukul 1300 GMT".
   */
  kind: 'full' | 'short' | 'dayMonth' | 'month' | 'year' | 'time';
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
/** A month and its year, not after a day ("12 Januari 2021" is a full date). */
const MONTH_YEAR = new RegExp(`(?<!\\d\\s*)\\b(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'gu');
/** A year after a word that makes it a point in time: "sejak 2002", "pada tahun 2021", "Tahun 2014". */
const YEAR_MENTION =
  /\b(?:pada|sejak|tahun|hingga|sampai|awal|akhir|pertengahan)\s+(?:tahun\s+)?(1[89]\d\d|20\d\d)\b/giu;
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

/** True when the month has that day in that year, and it falls on that weekday. */
function fallsOn(weekday: string, year: number, month: number, day: number): boolean {
  return day >= 1 && day <= daysInMonth(year, month) && weekdayName(year, month, day) === weekday;
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
  const { weekday, day, month, year } = date;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { kind: 'noSuchDay' };
  if (weekday === undefined) return undefined;
  const actual = weekdayName(year, month, day);
  if (actual === weekday) return undefined;
  return { kind: 'weekday', actual, fitsYears: nearestFittingYears(weekday, day, month, year) };
}

/** The years nearest to `year` (up to 11 away) in which day/month falls on `weekday`. */
function nearestFittingYears(weekday: string, day: number, month: number, year: number): number[] {
  for (let distance = 1; distance <= 11; distance++) {
    const years = [year - distance, year + distance].filter((candidate) =>
      fallsOn(weekday, candidate, month, day),
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
    if (fallsOn(weekday, year, month, day)) return year;
  }
  return undefined;
}

/** The dates and times written in the paragraphs, in text order, each checked. */
export function findTextDates(paragraphs: readonly string[], context: YearContext): TextDate[] {
  const readers: [RegExp, (match: RegExpExecArray, paragraph: number) => TextDate][] = [
    [FULL_DATE, fullDate],
    [SHORT_DATE, (match, paragraph) => shortDate(match, paragraph, context)],
    [MONTH_YEAR, monthOfYear],
    [YEAR_MENTION, yearMention],
    [TIME, timeOfDay],
  ];
  const found: { index: number; date: TextDate }[] = [];
  paragraphs.forEach((text, i) => {
    for (const [pattern, read] of readers) {
      for (const match of text.matchAll(pattern))
        found.push({ index: match.index, date: read(match, i + 1) });
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
  return year === undefined ? date : withWrittenYear(date, year);
}

/** A "Weekday (D/M[/YYYY])" match as a TextDate, its year read from context when not written. */
function shortDate(match: RegExpExecArray, paragraph: number, context: YearContext): TextDate {
  const [text, weekday, day, month, year] = match;
  const date: TextDate = { text, paragraph, kind: 'short', weekday, day: Number(day), month: Number(month) };
  if (year !== undefined) return withWrittenYear(date, year);
  if (context.latest !== undefined) date.yearFrom = context.latest;
  const inferred = shortDateYear(weekday!, date.day!, date.month!, context);
  if (inferred !== undefined) date.year = inferred;
  return date;
}

/** A date given the year written with it, and what is wrong with the date, if anything. */
function withWrittenYear(date: TextDate, year: string): TextDate {
  date.year = Number(year);
  const problem = checkDate({ weekday: date.weekday, day: date.day!, month: date.month!, year: date.year });
  if (problem) date.problem = problem;
  return date;
}

/** A "Month YYYY" match as a TextDate. */
function monthOfYear(match: RegExpExecArray, paragraph: number): TextDate {
  const [text, month, year] = match;
  return { text, paragraph, kind: 'month', month: MONTHS.indexOf(month!) + 1, year: Number(year) };
}

/** A "sejak YYYY" match as a TextDate. */
function yearMention(match: RegExpExecArray, paragraph: number): TextDate {
  return { text: match[0], paragraph, kind: 'year', year: Number(match[1]) };
}

/** A "pukul HHMM[ zone]" match as a TextDate. */
function timeOfDay(match: RegExpExecArray, paragraph: number): TextDate {
  const [text, hour, minute, zone] = match;
  const date: TextDate = { text, paragraph, kind: 'time', hour: Number(hour), minute: Number(minute) };
  if (zone !== undefined) date.zone = zone;
  return date;
}

/** "Selasa, 4 Januari 2022": a civil date as an Indonesian reader writes it. */
export function longDay(year: number, month: number, day: number, weekday = true): string {
  return formatArchiveDate({ source: '', precision: 'day', year, month, day }, { weekday });
}

/** One line, in English, saying what the archive reads in a date of the text. */
export function describeTextDate(date: TextDate): string {
  const where = `"${date.text}" (paragraph ${date.paragraph})`;
  const { day, month, year, problem } = date;
  if (date.kind === 'time') {
    const time = `${String(date.hour).padStart(2, '0')}:${String(date.minute).padStart(2, '0')}`;
    return `${where}: a time of day, ${time} ${date.zone ?? '(no time zone written)'}`;
  }
  if (date.kind === 'year') return `${where}: the year ${year}`;
  if (date.kind === 'month') return `${where}: ${monthName(month!)} ${year}`;
  if (day === undefined || month === undefined) return `${where}: not a date`;
  if (problem?.kind === 'noSuchDay') {
    return `${where}: no such day in ${monthName(month)}${year === undefined ? '' : ` ${year}`}`;
  }
  if (problem?.kind === 'weekday') {
    const fits = problem.fitsYears.join(' and ') || 'no nearby year';
    const dayMonth = `${day} ${monthName(month)}`;
    return `${where}: the weekday does not fit: ${dayMonth} ${year} was a ${problem.actual}; ${date.weekday}, ${dayMonth} fits ${fits}`;
  }
  if (year === undefined && date.kind === 'dayMonth') {
    return `${where}: ${day} ${monthName(month)}, year not written`;
  }
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
