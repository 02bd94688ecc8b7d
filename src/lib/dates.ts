/**
 * Dates in Kliping are written as text in the content (never as YAML dates) and carry their
 * precision: "2014" (year), "2021-10" (month), "2022-01-12" (day) or
 * "2022-01-07T13:00+00:00" (minute, with an explicit offset). Everything shown to a reader is
 * computed in Asia/Jakarta (WIB, UTC+7) with the id-ID locale, whatever the build machine's
 * own time zone is.
 */

export const ARCHIVE_TIME_ZONE = 'Asia/Jakarta';
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

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTH_NAMES = monthNames();

function monthNames(): string[] {
  const format = new Intl.DateTimeFormat(LOCALE, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2000, i, 1)));
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
  const instant = new Date(value.replace(/Z$/, '+00:00'));
  if (Number.isNaN(instant.getTime()) || offset === undefined) {
    return { ok: false, reason: `"${value}" is not a date; expected ${DATE_FORMATS_EXPECTED}` };
  }
  return { ok: true, date: { source: value, precision: 'minute', ...jakartaParts(instant) } };
}

/** The civil date and time in WIB of an instant. */
function jakartaParts(instant: Date) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: ARCHIVE_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
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

/** The value of a `<time datetime>` attribute, at the date's precision, WIB for times. */
export function machineDate(date: ArchiveDate): string {
  return date.precision === 'minute' ? `${sortKey(date)}+07:00` : sortKey(date);
}

/** The civil day in WIB as "YYYY-MM-DD"; only for day and minute precision. */
export function civilDay(date: ArchiveDate): string {
  if (date.day === undefined) throw new RangeError(`"${date.source}" has no day`);
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

const dayFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const dayFormatNoWeekday = new Intl.DateTimeFormat(LOCALE, {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** Indonesian weekday name of a civil date ("Rabu"). */
export function weekdayName(year: number, month: number, day: number): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', weekday: 'long' }).format(
    Date.UTC(year, month - 1, day),
  );
}

/**
 * The date as an Indonesian reader writes it, at its precision:
 * "2014", "Oktober 2021", "Rabu, 12 Januari 2022", "Jumat, 7 Januari 2022, 20.00 WIB".
 */
export function formatArchiveDate(date: ArchiveDate, options: { weekday?: boolean } = {}): string {
  const { year, month, day } = date;
  if (month === undefined) return String(year);
  if (day === undefined) return `${monthName(month)} ${year}`;
  const format = options.weekday === false ? dayFormatNoWeekday : dayFormat;
  const text = format.format(Date.UTC(year, month - 1, day));
  if (date.precision !== 'minute') return text;
  return `${text}, ${pad(date.hour)}.${pad(date.minute)} WIB`;
}

/** The ArchiveDate of a year, a month or a day given as numbers. */
export function archiveDateOf(year: number, month?: number, day?: number): ArchiveDate {
  const source = [pad(year, 4), month && pad(month), month && day && pad(day)].filter(Boolean).join('-');
  const result = parseArchiveDate(source);
  if (!result.ok) throw new RangeError(result.reason);
  return result.date;
}
