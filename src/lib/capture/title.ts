/**
 * The draft's title, summary and slug. A capture's headline is its title; a capture without
 * one gets a title the archive devises, marked as devised and explained in a note.
 */
import { slug as slugSchema, type Publisher } from '../schema.ts';
import type { CaptureReading } from './lines.ts';
import type { Findings } from './options.ts';
import { findDateline, fold } from './references.ts';

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
export function decideTitle(
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

/** The summary as given, else the first sentence of the text, with a warning to rewrite it. */
export function decideSummary(
  optionSummary: string | undefined,
  firstParagraph: string,
  found: Findings,
): string {
  if (optionSummary?.trim()) return optionSummary.trim();
  found.warnings.push(
    "summary: drafted from the first sentence of paragraph 1; rewrite it in the archive's words (or pass --summary)",
  );
  return firstSentence(firstParagraph);
}

/** The slug as given (checked), else made from the title. */
export function decideSlug(
  optionSlug: string | undefined,
  title: string,
  found: Findings,
): string | undefined {
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
