/**
 * An article body is the captured text, one block per captured line, separated by blank
 * lines. A block is either a paragraph of the story or an outlet's "read also" line wrapped
 * in `<BacaJuga>`. Markdown punctuation in the text is escaped with a backslash so that MDX
 * shows it as written; `unescapeMarkdown` gives back the captured characters.
 */

/** The JSX element that marks an outlet's "read also" line in an article body. */
export const READ_ALSO_ELEMENT = 'BacaJuga';

export type BodyBlock =
  { kind: 'paragraph'; text: string; number: number } | { kind: 'readAlso'; text: string };

const READ_ALSO = new RegExp(`^<${READ_ALSO_ELEMENT}>([\\s\\S]*)</${READ_ALSO_ELEMENT}>$`);

/** CommonMark lets any ASCII punctuation be escaped with a backslash. */
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const SPECIAL = /[\\`*_{}[\]<>#|~!&]/g;

export function unescapeMarkdown(text: string): string {
  return text.replace(ESCAPED, '$1');
}

/** Escapes captured text so that MDX renders it character for character. */
export function escapeMarkdown(text: string): string {
  let escaped = text.replace(SPECIAL, (char) => `\\${char}`);
  // A line that starts like a list item, a heading rule or a quote would become markup.
  escaped = escaped.replace(/^(\d+)([.)])(\s)/, '$1\\$2$3').replace(/^([-+=])(\s|$)/, '\\$1$2');
  return escaped;
}

/** The blocks of an MDX body, with paragraphs numbered from 1 as their anchors (#p1…). */
export function bodyBlocks(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let number = 0;
  for (const raw of body.split(/\r?\n[ \t]*\r?\n/)) {
    const block = raw.trim();
    if (block === '') continue;
    const readAlso = READ_ALSO.exec(block);
    if (readAlso) {
      blocks.push({ kind: 'readAlso', text: unescapeMarkdown(readAlso[1]!.trim()) });
    } else {
      number += 1;
      blocks.push({ kind: 'paragraph', text: unescapeMarkdown(block.replace(/\s*\n\s*/g, ' ')), number });
    }
  }
  return blocks;
}

/** The story's paragraphs, in order; paragraph n is at index n - 1. */
export function paragraphs(body: string): string[] {
  return bodyBlocks(body).flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
}

/** A line of a raw capture that carries text, with its line number in the file (from 1). */
export interface CaptureLine {
  number: number;
  text: string;
}

/** The lines of a raw capture that carry text, trimmed, with their line numbers. */
export function captureLines(capture: string): CaptureLine[] {
  return capture
    .split(/\r?\n/)
    .map((line, index) => ({ number: index + 1, text: line.trim() }))
    .filter((line) => line.text !== '');
}

/** What the archive made of each line of a capture. */
export interface CaptureAccount {
  /** The headline, when the capture has one (the title is not devised). */
  title?: string;
  /** Credit lines as captured. */
  credits: readonly string[];
  blocks: readonly BodyBlock[];
}

/**
 * Checks that nothing of a capture was lost or altered: every line of the capture is the
 * headline, a credit line, or a block of the body, character for character and in order; and
 * the body holds nothing that is not in the capture. Returns the problems, empty when none.
 */
export function checkCaptureCoverage(capture: string, account: CaptureAccount): string[] {
  const lines = captureLines(capture);
  const texts = lines.map((line) => line.text);
  const expected = [
    ...(account.title === undefined ? [] : [account.title]),
    ...account.credits,
    ...account.blocks.map((block) => block.text),
  ];
  const problems: string[] = [];
  const explained = new Set<number>();
  for (const block of account.blocks) {
    if (texts.includes(block.text)) continue;
    const where = block.kind === 'paragraph' ? `paragraph ${block.number}` : 'a BacaJuga line';
    const near = closestLine(
      block.text,
      lines.filter((line) => !expected.includes(line.text)),
    );
    if (near) {
      explained.add(near.line.number);
      const at = near.column;
      problems.push(
        `${where} differs from capture line ${near.line.number} at column ${at + 1}: the capture has ${JSON.stringify(clip(near.line.text.slice(at), 30))}, the article ${JSON.stringify(clip(block.text.slice(at), 30))}`,
      );
    } else {
      problems.push(`${where} is not a line of the capture: ${JSON.stringify(clip(block.text))}`);
    }
  }
  for (const line of lines) {
    if (expected.includes(line.text) || explained.has(line.number)) continue;
    problems.push(`capture line ${line.number} is not in the article: ${JSON.stringify(clip(line.text))}`);
  }
  if (problems.length === 0) {
    const bodyLines = texts.filter((text) => account.blocks.some((block) => block.text === text));
    const bodyOrder = account.blocks.map((block) => block.text);
    if (bodyLines.join('\n') !== bodyOrder.join('\n')) {
      problems.push('the body does not follow the order of the capture');
    }
  }
  return problems;
}

/** The unaccounted capture line that shares the longest start with `text`, if any shares 12 characters. */
function closestLine(text: string, candidates: readonly CaptureLine[]) {
  let best: { line: CaptureLine; column: number } | undefined;
  for (const line of candidates) {
    let column = 0;
    while (column < text.length && text[column] === line.text[column]) column += 1;
    if (column >= 12 && column > (best?.column ?? 0)) best = { line, column };
  }
  return best;
}

function clip(text: string, length = 80): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** Characters that MDX reads as markup or code anywhere in a line: they must be escaped. */
const MARKUP = new Set(['\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '~']);
/** Line starts that MDX reads as a heading, quote, list, rule or module code. */
const MARKUP_START = /^(?:#|>|[-+*](?:\s|$)|\d+[.)](?:\s|$)|(?:[-_*=]\s*){3,}$|(?:import|export)\b)/;
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/**
 * Checks that a body is captured text and nothing else: no module `import`/`export`, no
 * `{expressions}`, no element but `<BacaJuga>` (so no `<script>`), no unescaped Markdown.
 * An archived article is data, never code. Returns the problems, empty when none.
 */
export function checkBody(body: string): string[] {
  const problems: string[] = [];
  let number = 0;
  for (const raw of body.split(/\r?\n[ \t]*\r?\n/)) {
    const block = raw.trim();
    if (block === '') continue;
    const readAlso = READ_ALSO.exec(block);
    const text = readAlso ? readAlso[1]!.trim() : block;
    const where = readAlso ? `the BacaJuga line ${JSON.stringify(clip(text, 40))}` : `paragraph ${++number}`;
    const start = MARKUP_START.exec(text);
    if (start) {
      const what = /^(import|export)/.test(start[0])
        ? 'would run as a module import/export'
        : 'would become Markdown markup';
      problems.push(
        `${where} starts with ${JSON.stringify(start[0].trim())}, which ${what}; expected plain captured text (escape the first character with "\\", or write it as a character reference)`,
      );
      continue;
    }
    const column = firstUnescaped(text);
    if (column !== undefined) {
      const char = text[column]!;
      const kind =
        char === '<' ? 'an element such as <script>' : char === '{' ? 'an {expression}' : 'Markdown markup';
      problems.push(
        `${where} has an unescaped ${JSON.stringify(char)} at column ${column + 1} (${JSON.stringify(clip(text.slice(Math.max(0, column - 20)), 50))}), which MDX reads as ${kind}; expected captured text with it escaped as "\\${char}"`,
      );
      continue;
    }
    const entity = ENTITY.exec(text.replace(ESCAPED, '  '));
    if (entity) {
      problems.push(
        `${where} has the character reference ${JSON.stringify(entity[0])}, which MDX would decode; expected the captured character itself, or "\\&" to keep it as written`,
      );
    }
  }
  return problems;
}

function firstUnescaped(text: string): number | undefined {
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && /[!-/:-@[-`{-~]/.test(text[i + 1] ?? '')) {
      i += 1;
      continue;
    }
    if (MARKUP.has(char)) return i;
  }
  return undefined;
}
