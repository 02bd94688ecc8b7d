/**
 * An article body is the captured text, one block per captured line, separated by blank
 * lines. A block is either a paragraph of the story or an outlet's "read also" line wrapped
 * in `<BacaJuga>`. The text is written so that it reads the same as MDX and as text: ASCII
 * punctuation that Markdown or MDX would read as markup is escaped with a backslash, and a
 * line that would start like module code (`import`, `export`) begins with a numeric character
 * reference (`&#105;mport`). `decodeText` gives back the captured characters, exactly as an
 * MDX compiler would: so any captured line can be archived, and none can run.
 */

/** The JSX element that marks an outlet's "read also" line in an article body. */
export const READ_ALSO_ELEMENT = 'BacaJuga';

export type BodyBlock =
  { kind: 'paragraph'; text: string; number: number } | { kind: 'readAlso'; text: string };

const READ_ALSO = new RegExp(`^<${READ_ALSO_ELEMENT}>([\\s\\S]*)</${READ_ALSO_ELEMENT}>$`);

/** CommonMark lets any ASCII punctuation be escaped with a backslash. */
const ESCAPE = /\\([!-/:-@[-`{-~])/;
/** A numeric character reference, decimal or hexadecimal, as CommonMark decodes it. */
const NUMERIC_REFERENCE = /&#(?:(\d{1,7})|[xX]([\da-fA-F]{1,6}));/;
const DECODABLE = new RegExp(`${ESCAPE.source}|${NUMERIC_REFERENCE.source}`, 'g');
const ESCAPES = new RegExp(ESCAPE.source, 'g');

/** ASCII punctuation that is always escaped: it is, or may start, markup in Markdown or MDX. */
const SPECIAL = /[\\`*_{}[\]<>#|~!&]/g;

/** The captured characters of written text: backslash escapes and numeric references decoded. */
export function decodeText(text: string): string {
  if (!text.includes('\\') && !text.includes('&')) return text;
  return text.replace(DECODABLE, (_whole, escaped?: string, decimal?: string, hex?: string) => {
    if (escaped !== undefined) return escaped;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
    // CommonMark decodes an invalid code point to U+FFFD; checkBody refuses it first.
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : '\uFFFD';
  });
}

/** Writes a captured line so that MDX and `decodeText` both read it back character for character. */
export function escapeMarkdown(text: string): string {
  let escaped = text.replace(SPECIAL, (char) => `\\${char}`);
  // A line that starts like a list item, a heading rule or a quote would become markup…
  escaped = escaped.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2').replace(/^[-+=]/, (char) => `\\${char}`);
  // …and one that starts like an ES module statement would be read as code.
  return escaped.replace(/^(i)(?=mport\b)|^(e)(?=xport\b)/, (char) => `&#${char.charCodeAt(0)};`);
}

/** Splits a body into its blocks of raw text: separated by blank lines, trimmed. */
function rawBlocks(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
}

/** The blocks of a body, decoded, with paragraphs numbered from 1 as their anchors (#p1…). */
export function bodyBlocks(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let number = 0;
  for (const block of rawBlocks(body)) {
    const readAlso = READ_ALSO.exec(block);
    if (readAlso) {
      blocks.push({ kind: 'readAlso', text: decodeText(readAlso[1]!.trim()) });
    } else {
      number += 1;
      const line = block.includes('\n') ? block.replace(/\s*\n\s*/g, ' ') : block;
      blocks.push({ kind: 'paragraph', text: decodeText(line), number });
    }
  }
  return blocks;
}

/** The story's paragraphs, in order; paragraph n is at index n - 1. */
export function paragraphs(body: string): string[] {
  return bodyBlocks(body).flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
}

/** The body of a list of blocks: one block per line, "read also" lines wrapped, all text escaped. */
export function renderBody(blocks: readonly { kind: BodyBlock['kind']; text: string }[]): string {
  return blocks
    .map((block) => {
      const text = escapeMarkdown(block.text);
      return block.kind === 'readAlso' ? `<${READ_ALSO_ELEMENT}>${text}</${READ_ALSO_ELEMENT}>` : text;
    })
    .join('\n\n');
}

function clip(text: string, length = 50): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** Line starts that MDX reads as a heading, quote, list, rule or module code. */
const MARKUP_START = /^(?:#|>|[-+*](?:\s|$)|\d+[.)](?:\s|$)|(?:[-_*=]\s*){3,}$|(?:import|export)\b)/;
/** A named character reference ("&amp;"): MDX would decode it, and the archive keeps no table of names. */
const NAMED_REFERENCE = /&[a-z][a-z\d]*;/i;

/**
 * Checks that a body is captured text and nothing else: no module `import`/`export`, no
 * `{expressions}`, no element but `<BacaJuga>` (so no `<script>`), no unescaped Markdown,
 * no named character reference. An archived article is data, never code. Returns the
 * problems, empty when none.
 */
export function checkBody(body: string): string[] {
  const problems: string[] = [];
  let number = 0;
  for (const block of rawBlocks(body)) {
    const readAlso = READ_ALSO.exec(block);
    const text = readAlso ? readAlso[1]!.trim() : block;
    const where = readAlso ? `the BacaJuga line ${JSON.stringify(clip(text, 40))}` : `paragraph ${++number}`;
    const start = MARKUP_START.exec(text);
    if (start) {
      const code = /^(import|export)/.test(start[0]);
      const what = code ? 'would run as a module import/export' : 'would become Markdown markup';
      const fix = code
        ? `write its first letter as a character reference ("&#${text.charCodeAt(0)};${text.slice(1, 6)}")`
        : 'escape the first character with "\\"';
      problems.push(
        `${where} starts with ${JSON.stringify(start[0].trim())}, which ${what}; expected plain captured text (${fix}; the importer does this)`,
      );
      continue;
    }
    const column = firstUnescaped(text);
    if (column !== undefined) {
      const char = text[column]!;
      const kind =
        char === '<' ? 'an element such as <script>' : char === '{' ? 'an {expression}' : 'Markdown markup';
      problems.push(
        `${where} has an unescaped ${JSON.stringify(char)} at column ${column + 1} (${JSON.stringify(clip(text.slice(Math.max(0, column - 20))))}), which MDX reads as ${kind}; expected captured text with it escaped as "\\${char}"`,
      );
      continue;
    }
    const named = text.includes('&') ? NAMED_REFERENCE.exec(text.replace(ESCAPES, '  ')) : null;
    if (named) {
      problems.push(
        `${where} has the character reference ${JSON.stringify(named[0])}, which MDX would decode; expected the captured character itself, or "\\&" to keep it as written`,
      );
    }
  }
  return problems;
}

/** A backslash escape (skipped), or a character MDX reads as markup or code (found). */
const ESCAPE_OR_MARKUP = /\\[!-/:-@[-`{-~]|[\\`*_{}[\]<>~]/g;

function firstUnescaped(text: string): number | undefined {
  ESCAPE_OR_MARKUP.lastIndex = 0;
  for (const match of text.matchAll(ESCAPE_OR_MARKUP)) {
    if (match[0].length === 1) return match.index;
  }
  return undefined;
}
