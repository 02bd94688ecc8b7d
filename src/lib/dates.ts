/**
 * Dates in Kliping are written as text in the content (never as YAML dates) and carry their
 * precision: "2014" (year), "2021-10" (month), "2022-01-12" (day) or
 * "2022-01-07T13:00+00:00" (minute, with an explicit offset). Everything shown to a reader is
 * computed in WIB (UTC+7, Indonesia's western time) with Indonesian names, whatever the build
 * machine's own time zone is. Years 0001–9999 are read and shown as written.
 */

import { t } from './i18n.ts';

const LOCALE = 'id-ID';

export type DatePrecision = 'year' | 'month' | 'day' | 'minute';

/** A date as the archive knows it: parsed, checked, and resolved to a civil date in WIB. */
export interface ArchiveDate {
  /** The value exactly as written in the content. */
  source: string;
  precision: DatePrecision;
  year: number;
  /** 1–12; absent for year precision. */
  month?: number;
  /** 1–31; absent for year and month precision. */
  day?: number;
  /** Hour and minute in WIB; minute precision only. */
  hour?: number;
  minute?: number;
  /** The UTC instant (ISO 8601); minute precision only. */
  instant?: string;
}

export const DATE_FORMATS_EXPECTED = 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM+07:00 (quoted in YAML)';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** WIB is UTC+7, by definition: the archive's civil dates and times are read at this offset. */
const WIB_OFFSET_MINUTES = 7 * 60;

/**
 * The UTC instant of a civil date (and time) of the proleptic Gregorian calendar, for any year
 * from 1 to 9999: `Date.UTC` alone reads the years 0–99 as 1900–1999.
 */
export function utcDate(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return utcDate(year, month + 1, 0).getUTCDate();
}

const MONTH_NAMES = monthNames();

function monthNames(width: 'long' | 'short' = 'long'): string[] {
  const format = new Intl.DateTimeFormat(LOCALE, { month: width, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(utcDate(2000, i + 1, 1)));
}

const SHORT_MONTH_NAMES = monthNames('short');

/** Indonesian short name of a month, 1–12 ("Jan", "Agu"). */
export function monthShortName(month: number): string {
  const name = SHORT_MONTH_NAMES[month - 1];
  if (!name) throw new RangeError(`month ${month} is not 1–12`);
  return name;
}

/** Indonesian name of a month, 1–12 ("Januari"). */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (!name) throw new RangeError(`month ${month} is not 1–12`);
  return name;
}

export type ParseResult = { ok: true; date: ArchiveDate } | { ok: false; reason: string };

/**
 * Parses a date as written in the content. Never guesses: a value that is not a real
 * calendar date is refused with the reason, e.g. `"2022-02-30" is not a calendar date:
 * Februari 2022 has 28 days`.
 */
export function parseArchiveDate(value: string): ParseResult {
  const match = PATTERN.exec(value);
  if (!match) {
    return { ok: false, reason: `"${value}" is not a date; expected ${DATE_FORMATS_EXPECTED}` };
  }
  const [, y, mo, d, h, mi, s, offset] = match;
  const year = Number(y);
  if (year === 0) {
    return {
      ok: false,
      reason: `"${value}" has the year 0000, which the calendar does not have; expected 0001–9999`,
    };
  }
  if (mo === undefined) return { ok: true, date: { source: value, precision: 'year', year } };

  const month = Number(mo);
  if (month < 1 || month > 12) {
    return { ok: false, reason: `"${value}" is not a calendar date: month ${mo} is not 01–12` };
  }
  if (d === undefined) return { ok: true, date: { source: value, precision: 'month', year, month } };

  const day = Number(d);
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    return {
      ok: false,
      reason: `"${value}" is not a calendar date: ${monthName(month)} ${year} has ${length} days`,
    };
  }
  if (h === undefined) {
    return { ok: true, date: { source: value, precision: 'day', year, month, day } };
  }

  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
    return { ok: false, reason: `"${value}" has no such time of day: ${h}:${mi}` };
  }
  if (offset === undefined) {
    return { ok: false, reason: `"${value}" is not a date; expected ${DATE_FORMATS_EXPECTED}` };
  }
  const [sign, offsetHours, offsetMinutes] =
    offset === 'Z'
      ? [1, 0, 0]
      : [offset[0] === '-' ? -1 : 1, Number(offset.slice(1, 3)), Number(offset.slice(4))];
  if (offsetHours > 14 || offsetMinutes > 59) {
    return {
      ok: false,
      reason: `"${value}" has no such offset from UTC: ${offset}; expected -14:00 to +14:00`,
    };
  }
  const local = utcDate(year, month, day, Number(h), Number(mi));
  const instant = new Date(local.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000);
  const parts = wibParts(instant);
  if (parts.year < 1 || parts.year > 9999) {
    return {
      ok: false,
      reason: `"${value}" falls in the year ${parts.year} in WIB (UTC+7), where the archive shows it; expected a moment in the years 0001–9999 in WIB`,
    };
  }
  return { ok: true, date: { source: value, precision: 'minute', ...parts } };
}

/** The civil date and time in WIB (UTC+7) of an instant. */
export function wibParts(instant: Date) {
  const wib = new Date(instant.getTime() + WIB_OFFSET_MINUTES * 60_000);
  return {
    year: wib.getUTCFullYear(),
    month: wib.getUTCMonth() + 1,
    day: wib.getUTCDate(),
    hour: wib.getUTCHours(),
    minute: wib.getUTCMinutes(),
    instant: instant.toISOString(),
  };
}

const pad = (n: number | undefined, width = 2) => String(n ?? 0).padStart(width, '0');

/**
 * A key that sorts dates chronologically in WIB; a coarser date sorts before the finer
 * dates it contains ("2021" < "2021-10" < "2021-10-01").
 */
export function sortKey(date: ArchiveDate): string {
  const parts = [pad(date.year, 4)];
  if (date.month !== undefined) parts.push(pad(date.month));
  if (date.day !== undefined) parts.push(pad(date.day));
  let key = parts.join('-');
  if (date.precision === 'minute') key += `T${pad(date.hour)}:${pad(date.minute)}`;
  return key;
}

/**
 * Whether `a` is certainly earlier than `b`: by the instant when both have a time, else by
 * their days in WIB (two dates of the same day are not "before" each other).
 */
export function isBefore(a: ArchiveDate, b: ArchiveDate): boolean {
  if (a.instant !== undefined && b.instant !== undefined) return a.instant < b.instant;
  return sortKey(a).slice(0, 10) < sortKey(b).slice(0, 10);
}

/** The value of a `<time datetime>` attribute, at the date's precision, WIB for times. */
export function machineDate(date: ArchiveDate): string {
  return date.precision === 'minute' ? `${sortKey(date)}+07:00` : sortKey(date);
}

/** The civil day in WIB as "YYYY-MM-DD"; only for day and minute precision. */
export function civilDay(date: ArchiveDate): string {
  if (date.day === undefined) throw new RangeError(`"${date.source}" has no day`);
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

const WEEKDAY_NAMES = weekdayNames();

/** Indonesian weekday names, Sunday first ("Minggu", "Senin", …). */
function weekdayNames(): string[] {
  const format = new Intl.DateTimeFormat(LOCALE, { weekday: 'long', timeZone: 'UTC' });
  // 2 January 2000 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => format.format(utcDate(2000, 1, 2 + i)));
}

/** Indonesian weekday name of a civil date ("Rabu"). */
export function weekdayName(year: number, month: number, day: number): string {
  return WEEKDAY_NAMES[utcDate(year, month, day).getUTCDay()]!;
}

/** A civil day as an Indonesian reader writes it: "Rabu, 12 Januari 2022" or "12 Januari 2022". */
export function formatDay(year: number, month: number, day: number, options: { weekday?: boolean } = {}) {
  const text = `${day} ${monthName(month)} ${year}`;
  return options.weekday === false ? text : `${weekdayName(year, month, day)}, ${text}`;
}

/** A month as an Indonesian reader writes it: "Januari 2022". */
export function formatMonth(year: number, month: number): string {
  return `${monthName(month)} ${year}`;
}

/**
 * The date as an Indonesian reader writes it, at its precision:
 * "2014", "Oktober 2021", "Rabu, 12 Januari 2022", "Jumat, 7 Januari 2022, 20.00 WIB".
 */
export function formatArchiveDate(date: ArchiveDate, options: { weekday?: boolean } = {}): string {
  const { year, month, day } = date;
  if (month === undefined) return String(year);
  if (day === undefined) return formatMonth(year, month);
  const text = formatDay(year, month, day, options);
  if (date.precision !== 'minute') return text;
  return `${text}, ${pad(date.hour)}.${pad(date.minute)} ${t('date.timeZone')}`;
}

/** The date within its year, as a citation's "(2022, 4 Januari)" needs it: "4 Januari", "Januari", or "" for a year. */
export function formatWithinYear(date: ArchiveDate): string {
  const { month, day } = date;
  if (month === undefined) return '';
  return day === undefined ? monthName(month) : `${day} ${monthName(month)}`;
}

/** The ArchiveDate of a year, a month or a day given as numbers. */
export function archiveDateOf(year: number, month?: number, day?: number): ArchiveDate {
  const source = [pad(year, 4), month && pad(month), month && day && pad(day)].filter(Boolean).join('-');
  const result = parseArchiveDate(source);
  if (!result.ok) throw new RangeError(result.reason);
  return result.date;
}
