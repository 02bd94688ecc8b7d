/**
 * "Kutip artikel ini": how to cite an archived article, in APA (7th edition, as Indonesian
 * writers use it) and in BibTeX (biblatex @online). Both name the original publisher and
 * date, and the archive's copy with its URL and capture date. A title the archive devised is
 * put in square brackets, as archival practice marks a supplied title.
 */
import type { ArchivedArticle } from './archive.ts';
import { type ArchiveDate, civilDay, formatArchiveDate, formatWithinYear } from './dates.ts';
import { t } from './i18n.ts';

export interface CitableArticle {
  id: string;
  title: string;
  titleDevised: boolean;
  publisherId: string;
  publisherName: string;
  wireNames: readonly string[];
  editor?: string;
  published: ArchiveDate;
  archived: ArchiveDate;
  /** The archived copy's absolute URL. */
  archiveUrl: string;
  originalUrl?: string;
}

function wireNote(article: CitableArticle): string {
  return t('cite.wire', { names: article.wireNames.join(', ') });
}

function shownTitle(article: CitableArticle): string {
  return article.titleDevised ? `[${article.title}]` : article.title;
}

/** APA: "kontan.co.id. (2022, 4 Januari). [Judul]. Diarsipkan oleh Kliping pada … dari URL". */
export function apaCitation(article: CitableArticle): string {
  const { published } = article;
  const within = formatWithinYear(published);
  const parts = [
    `${article.publisherName}. (${within ? `${published.year}, ${within}` : published.year}).`,
    `${shownTitle(article)}${/[.?!\]]$/.test(shownTitle(article)) ? '' : '.'}`,
  ];
  if (article.wireNames.length > 0) parts.push(`${wireNote(article)}.`);
  if (article.originalUrl) parts.push(`${article.originalUrl}.`);
  parts.push(
    t('cite.archivedBy', {
      archive: t('site.name'),
      date: formatArchiveDate(article.archived, { weekday: false }),
      url: article.archiveUrl,
    }),
  );
  return parts.join(' ');
}

/** Escapes the characters that TeX reads as commands. */
export function escapeTex(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (char) => {
    if (char === '\\') return '\\textbackslash{}';
    if (char === '^') return '\\textasciicircum{}';
    if (char === '~') return '\\textasciitilde{}';
    return `\\${char}`;
  });
}

/** A citation key: publisher, year and the title's first word, e.g. "kontan2022nato". */
export function citationKey(article: CitableArticle): string {
  const word = article.title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]/g, '')
    .trim()
    .split(/\s+/)[0]
    ?.toLowerCase();
  return `${article.publisherId}${article.published.year}${word ?? ''}`;
}

/** BibTeX (biblatex): an @online entry with the original's date and the archive's copy. */
export function bibtexCitation(article: CitableArticle): string {
  const notes = [
    article.wireNames.length > 0 ? wireNote(article) : undefined,
    article.titleDevised ? t('cite.devised') : undefined,
    article.originalUrl ? t('cite.original', { url: article.originalUrl }) : undefined,
    t('cite.copy', { archive: t('site.name') }),
  ].filter((note) => note !== undefined);
  const fields: [string, string | undefined][] = [
    ['author', `{${escapeTex(article.publisherName)}}`],
    ['title', `{${escapeTex(shownTitle(article))}}`],
    ['date', civilDay(article.published)],
    ['organization', escapeTex(article.publisherName)],
    ['editor', article.editor && escapeTex(article.editor)],
    ['url', article.archiveUrl],
    ['urldate', civilDay(article.archived)],
    ['langid', 'indonesian'],
    ['note', escapeTex(notes.join('. '))],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}},`)
    .join('\n');
  return `@online{${citationKey(article)},\n${body}\n}`;
}

/** The citation input of an archived article, with its absolute URL on the site. */
export function citableOf(article: ArchivedArticle, site: URL): CitableArticle {
  const { data } = article;
  return {
    id: article.id,
    title: data.title,
    titleDevised: data.titleDevised,
    publisherId: article.publisher.id,
    publisherName: article.publisher.name,
    wireNames: article.wire.map((publisher) => publisher.name),
    editor: data.editor,
    published: data.published,
    archived: data.archived,
    archiveUrl: new URL(article.url, site).href,
    originalUrl: data.originalUrl,
  };
}
