/**
 * A link to a passage of a page, with no script on the page: `#p14:~:text=Dmytro-,Kuleba`.
 * A browser that applies text directives scrolls to the words and highlights them; any other
 * scrolls to paragraph 14, which the article's :target style highlights. Search results use
 * it so the opened article shows where the searched words are.
 */

/** Encodes text for a text directive, where "-", "," and "&" have meanings. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/**
 * The prefix that pins the right occurrence: up to three words just before the word, but
 * none from an earlier sentence (which may be another paragraph, where a prefix cannot reach)
 * and none at all when the word does not follow a space.
 */
function prefixOf(before: string): string {
  if (!/\s$/.test(before)) return '';
  const words = before.trim().split(/\s+/).slice(-3);
  const sentenceEnd = words.findLastIndex((word) => /[.!?]["”’)]*$/.test(word));
  return words.slice(sentenceEnd + 1).join(' ');
}

/**
 * The fragment for a highlighted word, given the excerpt text just before it. Punctuation
 * that Pagefind marks along with the word ("Kuleba,") is left out; what it leaves at the
 * front joins the prefix.
 */
export function textFragment(marked: string, before = '', anchor = ''): string {
  const lead = /^[^\p{L}\p{N}]*/u.exec(marked)![0];
  const word = marked.slice(lead.length).replace(/[^\p{L}\p{N}]+$/u, '');
  if (word === '') return anchor === '' ? '' : `#${anchor}`;
  const prefix = lead.trim() === '' ? prefixOf(before + lead) : '';
  return `#${anchor}:~:text=${prefix === '' ? '' : `${encode(prefix)}-,`}${encode(word)}`;
}

/** The id of the paragraph (p1, p2…) holding the first match, from Pagefind's word positions. */
export function matchedParagraph(
  anchors: readonly { id: string; location: number }[],
  locations: readonly number[],
): string {
  if (locations.length === 0) return '';
  const first = Math.min(...locations);
  const paragraphs = anchors.filter((anchor) => /^p\d+$/.test(anchor.id) && anchor.location <= first);
  return paragraphs.reduce((best, anchor) => (anchor.location >= best.location ? anchor : best), {
    id: '',
    location: -1,
  }).id;
}

/**
 * The fragment for cited words in a paragraph: `#p3:~:text=start,end` for a long quote (its
 * first and last words), the whole quote for a short one. A browser that applies text
 * directives highlights exactly the words the event relies on.
 */
export function quoteFragment(anchor: string, quote: string): string {
  const words = quote.split(/\s+/).filter((word) => word !== '');
  if (words.length <= 8) return `#${anchor}:~:text=${encode(words.join(' '))}`;
  return `#${anchor}:~:text=${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}`;
}
