/**
 * The account of a capture: what each of its lines is. One function decides it, from the
 * capture alone, for the importer, the build and the tests alike:
 *
 * - the headline: the first line, unless it is a credit line, a "read also" line or opens with
 *   a dateline (then the capture has none), or the archive devised the title;
 * - credit lines: the runs of `Label: value` lines right after the headline and at the end;
 * - the body: every other line, in order: a "read also" line (`Baca Juga: …`) or a story
 *   paragraph, numbered from 1.
 *
 * Paragraph numbers are anchored to the capture, not to the article file: the build compares
 * the article with this account line by line (`compareWithCapture`), so no edit of the
 * article can renumber the story, move a line into another role or drop one, without
 * stopping the build. Linear in the size of the capture.
 */
import { isCreditLine } from './capture/credits.ts';
import { findDateline } from './capture/references.ts';

/** A line of a raw capture that carries text, trimmed, with its line number in the file (from 1). */
export interface CaptureLine {
  line: number;
  text: string;
}

export interface AccountBlock extends CaptureLine {
  kind: 'paragraph' | 'readAlso';
}

export interface CaptureAccount {
  /**
   * What the first line is: the headline, or (then the capture has none) a credit line, a
   * "read also" line, or a paragraph that opens with the dateline. Undefined for no lines.
   */
  firstLine?: 'headline' | 'credit' | 'readAlso' | 'dateline';
  /** The headline, when the capture has one and the archive did not devise the title. */
  headline?: CaptureLine;
  /** The credit lines, in capture order. */
  credits: CaptureLine[];
  /** Story paragraphs and "read also" lines, in capture order. */
  blocks: AccountBlock[];
}

/** The lines of a capture exactly as captured, split at "\n" (and "\r\n"); a final newline adds no line. */
export function splitCaptureLines(text: string): string[] {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** The lines of a capture that carry text, trimmed, with their line numbers. */
export function captureLines(text: string): CaptureLine[] {
  return splitCaptureLines(text)
    .map((raw, index) => ({ line: index + 1, text: raw.trim() }))
    .filter((line) => line.text !== '');
}

/**
 * The labels of an outlet's "read also" lines: "Baca Juga: …", "Baca juga :", "BACA JUGA -",
 * "Simak juga: …", "Lihat juga: …", "Artikel terkait: …".
 */
const READ_ALSO_LINE = /^(?:baca|simak|lihat) juga\s*[:-]|^artikel terkait\s*:/i;

/** True for an outlet's "read also" line, e.g. "Baca Juga: Pasca Putin berbicara …". */
export function isReadAlsoLine(line: string): boolean {
  return READ_ALSO_LINE.test(line.trim());
}

/** The title a "read also" line names, without its label: "Baca juga: Judul" is "Judul". */
export function readAlsoTitle(line: string): string {
  return line.trim().replace(READ_ALSO_LINE, '').trim();
}

function classifyFirstLine(line: string): NonNullable<CaptureAccount['firstLine']> {
  if (isCreditLine(line)) return 'credit';
  if (isReadAlsoLine(line)) return 'readAlso';
  if (findDateline(line)) return 'dateline';
  return 'headline';
}

/**
 * What each line of a capture is. With `titleDevised`, the archive devised the title and the
 * first line is no headline, whatever it looks like; without it, a first line that can be one is.
 */
export function accountFor(text: string, options: { titleDevised?: boolean } = {}): CaptureAccount {
  const lines = captureLines(text);
  const first = lines[0]?.text;
  const firstLine = first === undefined ? undefined : classifyFirstLine(first);
  const headline = firstLine === 'headline' && options.titleDevised !== true ? lines[0] : undefined;
  const afterHeadline = headline === undefined ? 0 : 1;
  let start = afterHeadline;
  let end = lines.length;
  while (start < end && isCreditLine(lines[start]!.text)) start += 1;
  while (end > start && isCreditLine(lines[end - 1]!.text)) end -= 1;
  return {
    firstLine,
    headline,
    credits: [...lines.slice(afterHeadline, start), ...lines.slice(end)],
    blocks: lines.slice(start, end).map((line) => ({
      ...line,
      kind: isReadAlsoLine(line.text) ? 'readAlso' : 'paragraph',
    })),
  };
}

/** What an article says its capture holds. */
export interface ArticleClaim {
  title: string;
  titleDevised: boolean;
  credits: readonly string[];
  blocks: readonly { kind: AccountBlock['kind']; text: string }[];
  /** Words the provenance shows as the capture's own: each must stand in one of its lines. */
  byline?: string;
  editor?: string;
  imageCredit?: string;
  dateline?: { text: string };
}

/** The fields whose words are shown as captured (byline, editor, image credit, dateline). */
const CAPTURED_WORDS = ['byline', 'editor', 'imageCredit', 'dateline.text'] as const;

/** How many problems one article reports at most: after that the rest is counted. */
const MAX_PROBLEMS = 12;

/**
 * The differences between an article and the account of its capture, each naming the field,
 * the capture line and what was expected. Empty when the article is the capture, line for
 * line and role for role.
 */
export function compareWithCapture(article: ArticleClaim, account: CaptureAccount): string[] {
  const problems = [
    ...compareTitle(article, account),
    ...compareCredits(article, account),
    ...compareWords(article, account),
  ];
  problems.push(...compareBlocks(article.blocks, account));
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more differences`];
}

/** A byline, editor, image credit or dateline must be words of the capture, not the archive's. */
function compareWords(article: ArticleClaim, account: CaptureAccount): string[] {
  const lines = [account.headline, ...account.credits, ...account.blocks].flatMap((line) =>
    line ? [line.text] : [],
  );
  return CAPTURED_WORDS.flatMap((field) => {
    const value = field === 'dateline.text' ? article.dateline?.text : article[field];
    if (value === undefined || lines.some((line) => line.includes(value))) return [];
    return [
      `${field}: ${quote(value)} is not in the capture; expected words of one of its lines exactly as captured (the provenance shows them as the capture's; the archive's own words belong in notes)`,
    ];
  });
}

function compareTitle(article: ArticleClaim, account: CaptureAccount): string[] {
  if (article.titleDevised) return [];
  const { headline } = account;
  if (!headline) {
    const why =
      account.firstLine === undefined
        ? 'the capture has no lines'
        : `its first line is ${FIRST_LINE[account.firstLine]}`;
    return [
      `titleDevised: the capture has no headline (${why}); expected "titleDevised: true" with a title the archive devised`,
    ];
  }
  if (article.title === headline.text) return [];
  return [
    `title: ${quote(article.title)} is not the capture's headline, line ${headline.line} ${quote(headline.text)}${differsAt(article.title, headline.text)}; expected the headline exactly, or "titleDevised: true" for a title the archive wrote`,
  ];
}

const FIRST_LINE = {
  headline: 'a headline',
  credit: 'a credit line',
  readAlso: 'a "read also" line',
  dateline: 'the start of the story (it opens with a dateline)',
} as const;

function compareCredits(article: ArticleClaim, account: CaptureAccount): string[] {
  const problems: string[] = [];
  const expected = account.credits;
  const count = Math.max(article.credits.length, expected.length);
  for (let i = 0; i < count; i++) {
    const given = article.credits[i];
    const line = expected[i];
    if (given === line?.text) continue;
    if (line === undefined) {
      problems.push(
        `credits[${i}]: ${quote(given!)} is not a credit line of the capture; expected only the capture's credit lines (${expected.length})`,
      );
    } else if (given === undefined) {
      problems.push(
        `credits: capture line ${line.line} is a credit line, ${quote(line.text)}; expected it in credits`,
      );
    } else {
      problems.push(
        `credits[${i}]: ${quote(given)} is not capture line ${line.line}, the credit line ${quote(line.text)}${differsAt(given, line.text)}; expected the credit lines exactly, in capture order`,
      );
    }
  }
  return problems;
}

/** Positions of each text in a list, so that "is it further on?" is answered in amortised O(1). */
class Positions {
  readonly #at = new Map<string, number[]>();
  constructor(texts: readonly string[]) {
    texts.forEach((text, index) => {
      const list = this.#at.get(text);
      if (list) list.push(index);
      else this.#at.set(text, [index]);
    });
  }
  /** The first position of `text` at or after `from`, if any. */
  next(text: string, from: number): number | undefined {
    const list = this.#at.get(text);
    while (list && list.length > 0 && list[0]! < from) list.shift();
    return list?.[0];
  }
}

function compareBlocks(blocks: ArticleClaim['blocks'], account: CaptureAccount): string[] {
  const problems: string[] = [];
  const expected = account.blocks;
  const inArticle = new Positions(blocks.map((block) => block.text));
  const inCapture = new Positions(expected.map((block) => block.text));
  const elsewhere = new Map<string, string>();
  if (account.headline)
    elsewhere.set(
      account.headline.text,
      `the capture's headline (line ${account.headline.line}), which is the title`,
    );
  for (const credit of account.credits)
    elsewhere.set(credit.text, `the capture's credit line ${credit.line}, which belongs in credits`);

  let paragraph = 0;
  const name = (block: ArticleClaim['blocks'][number]) =>
    block.kind === 'paragraph' ? `paragraph ${++paragraph}` : `the BacaJuga line ${quote(block.text, 40)}`;
  const extra = (block: ArticleClaim['blocks'][number]) => {
    const what = name(block);
    const known = elsewhere.get(block.text);
    problems.push(
      known
        ? `body: ${what} is ${known}; expected the story to hold only the capture's story and "read also" lines`
        : `body: ${what} is not a line of the capture: ${quote(block.text)}`,
    );
  };
  const missing = (line: AccountBlock) =>
    problems.push(`body: capture line ${line.line} is not in the article: ${quote(line.text)}`);

  let i = 0;
  let j = 0;
  while (i < blocks.length && j < expected.length) {
    const block = blocks[i]!;
    const line = expected[j]!;
    if (block.text === line.text) {
      const what = name(block);
      if (block.kind !== line.kind) {
        problems.push(
          line.kind === 'readAlso'
            ? `body: ${what} is capture line ${line.line}, a "read also" line; expected it as <BacaJuga>…</BacaJuga>, not as a story paragraph (which would renumber every paragraph after it)`
            : `body: ${what} is capture line ${line.line}, a story paragraph; expected it as a paragraph, not as <BacaJuga>`,
        );
      }
      i += 1;
      j += 1;
      continue;
    }
    const later = inCapture.next(block.text, j + 1);
    const stillComing = inArticle.next(line.text, i + 1);
    if (later !== undefined && (stillComing === undefined || later - j <= stillComing - i)) {
      for (; j < later; j++) missing(expected[j]!);
    } else if (stillComing !== undefined) {
      for (; i < stillComing; i++) extra(blocks[i]!);
    } else {
      const what = name(block);
      const column = firstDifference(block.text, line.text);
      problems.push(
        `body: ${what} differs from capture line ${line.line} at column ${column + 1}: the capture has ${quote(line.text.slice(column), 30)}, the article ${quote(block.text.slice(column), 30)}`,
      );
      i += 1;
      j += 1;
    }
  }
  for (; i < blocks.length; i++) extra(blocks[i]!);
  for (; j < expected.length; j++) missing(expected[j]!);
  return problems;
}

function firstDifference(a: string, b: string): number {
  let column = 0;
  while (column < a.length && a[column] === b[column]) column += 1;
  return column;
}

function differsAt(given: string, expected: string): string {
  return ` (they differ at column ${firstDifference(given, expected) + 1})`;
}

/** A short excerpt in quotes for messages: never more of the capture than that. */
function quote(text: string, length = 80): string {
  return JSON.stringify(text.length > length ? `${text.slice(0, length)}…` : text);
}
