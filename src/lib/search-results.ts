/**
 * A search result as the page shows it, from what Pagefind returns: the paragraph the
 * highlighted words are in (a sub-result: each story paragraph is one, through its id and
 * `data-pagefind-title`), a link to that paragraph with a text fragment for the words, the
 * excerpt as text with its highlights and an ellipsis where it starts or ends mid-paragraph,
 * the title (marked when the archive devised it), the outlet and the date. Pure.
 */
import type { PagefindData } from './search-engine.ts';
import { textFragment } from './text-fragment.ts';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface ResultView {
  href: string;
  title: string;
  devised: boolean;
  /** "medcom.id · Rabu, 12 Januari 2022". */
  meta: string;
  excerpt: ExcerptPart[];
  /** The paragraph the excerpt is from, when it is one. */
  paragraph?: number;
}

/** The value Pagefind stores for an article whose title the archive devised (see src/lib/search.ts). */
export const DEVISED = 'ya';

const PARAGRAPH = /^p(\d+)$/;
const MARK = /<mark>([\s\S]*?)<\/mark>/g;

/**
 * The parts of a Pagefind excerpt, as text: Pagefind escapes only "<" and ">" in the HTML it
 * returns (so a captured "&amp;" comes back as "&amp;", not "&"), and marks the matched words
 * with <mark>. The plain excerpt, when given, settles what each "&lt;" stood for.
 */
export function excerptParts(html: string, plain?: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let last = 0;
  for (const match of html.matchAll(MARK)) {
    if (match.index > last) parts.push({ text: html.slice(last, match.index), mark: false });
    parts.push({ text: match[1]!, mark: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ text: html.slice(last), mark: false });
  return unescapeParts(parts, plain);
}

/** The escaped parts read back against the plain text, where one exists (else "&lt;" is "<"). */
function unescapeParts(parts: ExcerptPart[], plain: string | undefined): ExcerptPart[] {
  let at = 0;
  return parts.map((part) => {
    let text = '';
    for (let i = 0; i < part.text.length;) {
      const entity = /^&(lt|gt);/.exec(part.text.slice(i));
      const char = entity ? (entity[1] === 'lt' ? '<' : '>') : part.text[i]!;
      // The plain excerpt has the character itself where Pagefind escaped it, else the text as is.
      if (entity && (plain === undefined || plain[at] === char)) {
        text += char;
        i += entity[0].length;
      } else {
        text += part.text[i];
        i += 1;
      }
      at += 1;
    }
    return { ...part, text };
  });
}

/** The sub-result to show: the story paragraph with the most matched words (the first of equals). */
function bestParagraph(data: PagefindData) {
  let best: PagefindData['sub_results'][number] | undefined;
  for (const sub of data.sub_results ?? []) {
    if (!sub.anchor || !PARAGRAPH.test(sub.anchor.id)) continue;
    if (!best || sub.locations.length > best.locations.length) best = sub;
  }
  return best;
}

export function resultView(data: PagefindData): ResultView {
  const sub = bestParagraph(data);
  const parts = excerptParts(sub?.excerpt ?? data.excerpt, sub ? sub.plain_excerpt : data.plain_excerpt);
  const anchor = sub?.anchor;
  const paragraphText = anchor?.text?.replace(/\s+/g, ' ').trim();
  if (paragraphText) {
    const shown = parts
      .map((part) => part.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (shown !== '' && !paragraphText.startsWith(shown.slice(0, 40)))
      parts.unshift({ text: '… ', mark: false });
    if (shown !== '' && !paragraphText.endsWith(shown.slice(-40))) parts.push({ text: ' …', mark: false });
  }
  const base = data.url.replace(/#.*$/, '');
  let fragment = anchor ? `#${anchor.id}` : '';
  let before = '';
  for (const part of parts) {
    if (part.mark) {
      fragment = textFragment(part.text, before, anchor?.id ?? '');
      break;
    }
    before += part.text;
  }
  const number = anchor ? Number(PARAGRAPH.exec(anchor.id)![1]) : undefined;
  return {
    href: `${base}${fragment}`,
    title: data.meta.title ?? base,
    devised: data.meta.judulDisusun === DEVISED,
    meta: [data.meta.penerbit, data.meta.tanggal].filter(Boolean).join(' · '),
    excerpt: parts,
    paragraph: number,
  };
}
