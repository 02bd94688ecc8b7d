/**
 * The draft's dates: when the article was published (as given, or inferred from a date the
 * text names with its weekday) and when its capture entered the archive; and the notes that
 * explain a date of the text that cannot be as written.
 */
import { daysInMonth, formatArchiveDate, monthName, parseArchiveDate, wibParts } from '../dates.ts';
import type { Findings, ImportOptions, PublishedBasis } from './options.ts';
import { type TextDate, describeTextDate, longDay } from './text-dates.ts';

/** The publication date the text gives, or why it gives none. */
export type PublishedInference = { ok: true; date: string; from: TextDate } | { ok: false; reason: string };

/** The draft's publication date, "YYYY-MM-DD" or a time, and how it is known. */
interface Published {
  date: string;
  basis: PublishedBasis;
}

/** "YYYY-MM-DD". */
function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

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

/** The civil day of an instant in WIB, "YYYY-MM-DD": the default "archived" date. */
export function jakartaDay(now: Date): string {
  const { year, month, day } = wibParts(now);
  return isoDay(year, month, day);
}

/** `archived` as given, or the day of `now` in Asia/Jakarta. */
export function decideArchived(options: ImportOptions, found: Findings): string {
  if (options.archived !== undefined) {
    const parsed = parseArchiveDate(options.archived);
    if (parsed.ok) return options.archived;
    found.errors.push(`--archived: ${parsed.reason}`);
  }
  return jakartaDay(options.now);
}

/** The publication date and its basis: as given, else inferred from the text, else refused. */
export function decidePublished(
  options: ImportOptions,
  dates: readonly TextDate[],
  found: Findings,
): Published | undefined {
  const inference = inferPublished(dates);
  if (options.published !== undefined) {
    return givenPublished(options.published, options.publishedBasis ?? 'inferred', inference, found);
  }
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
  let note = `Tanggal terbit tidak tercantum di naskah. Arsip memperkirakannya dari "${from.text}" dalam paragraf ${from.paragraph}: ${reading}.`;
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
  value: string,
  basis: PublishedBasis,
  inference: PublishedInference,
  found: Findings,
): Published | undefined {
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
  const day = isoDay(parsed.date.year, parsed.date.month!, parsed.date.day!);
  if (inference.ok && inference.date !== day) {
    found.warnings.push(
      `published: --published ${value} is not the day the text gives, ${inference.date} from "${inference.from.text}" (paragraph ${inference.from.paragraph})`,
    );
  }
  if (basis === 'inferred') {
    found.notes.push({
      topic: 'date',
      text: `Tanggal terbit tidak tercantum di naskah; arsip memakai tanggal ${formatArchiveDate(parsed.date)}.`,
    });
    found.warnings.push(
      `published: ${value} (--published) is marked inferred, and a note says the capture does not state it; add how the archive knows it to the note, or pass --published-basis stated`,
    );
  }
  return { date: value, basis };
}

/** A warning and a note for each date of the text that cannot be as written. */
export function noteDateProblems(dates: readonly TextDate[], found: Findings): void {
  for (const date of dates) {
    const { problem, day, month, year } = date;
    if (!problem || day === undefined || month === undefined || year === undefined) continue;
    found.warnings.push(`text: ${describeTextDate(date)}; the text stays as captured and a note explains it`);
    let why: string;
    if (problem.kind === 'weekday') {
      const fits = problem.fitsYears.join(' dan ');
      const elsewhere =
        fits === '' ? '' : `; ${date.weekday}, ${day} ${monthName(month)} jatuh pada tahun ${fits}`;
      why = `tetapi ${day} ${monthName(month)} ${year} jatuh pada hari ${problem.actual}${elsewhere}`;
    } else {
      why = `tanggal yang tidak ada: ${monthName(month)} ${year} hanya memiliki ${daysInMonth(year, month)} hari`;
    }
    found.notes.push({
      topic: 'date',
      text: `Naskah asli menulis "${date.text}", ${why}. Teks berita dibiarkan seperti aslinya.`,
    });
  }
}
