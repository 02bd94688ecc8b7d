/**
 * An outlet's "Baca Juga" line that names an article the archive holds becomes a link to it.
 * The line stays exactly as captured; the link is data beside it (the article's
 * `readAlsoLinks`, checked by the build). A title matches when it is the same once both are
 * normalised: the label ("Baca juga:") left out, letter case, accents, punctuation and spacing
 * ignored. Nothing looser: two headlines that differ by a word are two stories.
 */
import { readAlsoTitle } from '../account.ts';
import { fold } from './references.ts';

/** A title as it is compared: folded, punctuation as spaces, single spaces. */
export function normaliseTitle(title: string): string {
  return fold(title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The archived articles by normalised title; an article whose title the archive devised is not there. */
export type TitleIndex = Map<string, string[]>;

/** An index of archived articles' titles: headlines only (a devised title names no outlet's story). */
export function titleIndex(
  articles: Iterable<{ id: string; title: string; titleDevised?: boolean }>,
): TitleIndex {
  const index: TitleIndex = new Map();
  for (const article of articles) addTitle(index, article);
  return index;
}

/** Takes an article out of a title index (before it is drafted again under a new title). */
export function removeTitle(index: TitleIndex, article: { id: string; title: string }) {
  const key = normaliseTitle(article.title);
  const ids = index.get(key)?.filter((id) => id !== article.id);
  if (ids === undefined) return;
  if (ids.length === 0) index.delete(key);
  else index.set(key, ids);
}

/** Adds an article to a title index (as an import adds one to the archive). */
export function addTitle(index: TitleIndex, article: { id: string; title: string; titleDevised?: boolean }) {
  if (article.titleDevised) return;
  const key = normaliseTitle(article.title);
  if (key === '') return;
  const ids = index.get(key);
  if (!ids) index.set(key, [article.id]);
  else if (!ids.includes(article.id)) ids.push(article.id);
}

/** A "read also" line linked to the archived article it names. */
export interface ReadAlsoLink {
  /** The line exactly as captured. */
  line: string;
  /** The archived article's id. */
  article: string;
}

/** What the "read also" lines of a capture name among the archived articles. */
export interface ReadAlsoMatches {
  links: ReadAlsoLink[];
  /** Lines whose title is the title of several archived articles: not linked, for a human. */
  ambiguous: { line: string; articles: string[] }[];
}

/**
 * Links each "read also" line whose title is exactly one archived article's (see
 * normaliseTitle), other than the article itself (`self`, its id).
 */
export function matchReadAlso(lines: readonly string[], index: TitleIndex, self?: string): ReadAlsoMatches {
  const result: ReadAlsoMatches = { links: [], ambiguous: [] };
  for (const line of new Set(lines)) {
    const ids = index.get(normaliseTitle(readAlsoTitle(line)))?.filter((id) => id !== self);
    if (!ids || ids.length === 0) continue;
    if (ids.length === 1) result.links.push({ line, article: ids[0]! });
    else result.ambiguous.push({ line, articles: [...ids] });
  }
  return result;
}
