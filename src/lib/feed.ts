/**
 * The RSS feed's items: every article with its full captured text, not only the summary, and
 * its provenance and the archive's notes marked as such.
 */
import { type ArchivedArticle, articleBlocks } from './archive.ts';
import { type ArchiveDate, machineDate } from './dates.ts';
import { t } from './i18n.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The instant RSS requires. A known time is used as it is; a day with no known time becomes
 * 12:00 WIB, which falls on that same date in nearly every time zone (midnight WIB would be
 * the previous day in Europe and the Americas).
 */
export function feedDate(published: ArchiveDate): Date {
  const value = machineDate(published);
  return new Date(value.includes('T') ? value : `${value}T12:00:00+07:00`);
}

/** The article as HTML for content:encoded: its paragraphs, read-also lines, notes. */
export function feedContent(article: ArchivedArticle): string {
  const blocks = articleBlocks(article).map((block) =>
    block.kind === 'paragraph'
      ? `<p id="p${block.number}">${escapeHtml(block.text)}</p>`
      : `<p><small>${escapeHtml(block.text)}</small></p>`,
  );
  const notes = article.data.notes.map((note) => `<li>${escapeHtml(note.text)}</li>`).join('');
  return [...blocks, notes && `<h2>${escapeHtml(t('notes.title'))}</h2><ul>${notes}</ul>`].join('\n');
}
