/**
 * Reading a capture: its bytes as text, its lines, and what each line is. The importer
 * recognises, and never alters:
 * - the headline: the first line, unless it is a credit line or already text of the story;
 * - credit lines, first or last (see credits.ts);
 * - the story's paragraphs, the first of which may open with a dateline (`KONTAN.CO.ID - BRUSSELS.`);
 * - the outlet's "read also" lines (`Baca Juga: …`).
 */
import { type Credits, collectCredits, isCreditLine } from './credits.ts';
import { findDateline } from './references.ts';

/** The text of a capture file, or why it is not a plain-text capture. */
export type DecodedCapture = { ok: true; text: string } | { ok: false; reason: string };

/** Decodes a capture file's bytes as UTF-8 text, refusing empty, binary and non-UTF-8 files. */
export function decodeCapture(bytes: Uint8Array): DecodedCapture {
  if (bytes.length === 0) return { ok: false, reason: 'is empty; expected the captured text' };
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: `is binary (NUL byte at offset ${nul}); expected a plain-text capture` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'is not UTF-8 text; expected the capture saved as UTF-8' };
  }
  if (text.trim() === '') return { ok: false, reason: 'holds only white space; expected the captured text' };
  return { ok: true, text };
}

/** The lines of a capture exactly as captured, split at "\n"; a final newline adds no line. */
export function splitCaptureLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** A block of the article body: a line of the capture, trimmed. */
export interface CaptureBlock {
  kind: 'paragraph' | 'readAlso';
  text: string;
  /** Its line in the capture, counted from 1. */
  line: number;
}

/** What each line of a capture is. */
export interface CaptureReading {
  /**
   * What the first line is: the headline, or (then the capture has none) a credit line, a
   * "read also" line, or a paragraph that opens with the dateline. Undefined for no lines.
   */
  firstLine?: 'headline' | 'credit' | 'readAlso' | 'dateline';
  /** The headline, when the capture has one. */
  headline?: string;
  credits: Credits;
  /** The body: story paragraphs and "read also" lines, in capture order. */
  blocks: CaptureBlock[];
}

const READ_ALSO_LINE = /^baca juga\s*:/i;

/** True for an outlet's "read also" line, e.g. "Baca Juga: Pasca Putin berbicara …". */
export function isReadAlsoLine(line: string): boolean {
  return READ_ALSO_LINE.test(line.trim());
}

/**
 * Reads the structure of a capture. Blank lines are skipped. The first line is the headline
 * unless it is a credit line, a "read also" line or opens with a dateline (then the capture
 * has no headline). Credit lines are recognised at the start (after the headline) and at the
 * end; every other line is a block of the body, verbatim but for surrounding white space.
 */
export function readCapture(text: string): CaptureReading {
  const lines = splitCaptureLines(text)
    .map((raw, index) => ({ text: raw.trim(), line: index + 1 }))
    .filter((line) => line.text !== '');

  const first = lines[0]?.text;
  const firstLine = first === undefined ? undefined : classifyFirstLine(first);
  const headline = firstLine === 'headline' ? first : undefined;
  const afterHeadline = headline === undefined ? 0 : 1;
  let start = afterHeadline;
  let end = lines.length;
  while (start < end && isCreditLine(lines[start]!.text)) start += 1;
  while (end > start && isCreditLine(lines[end - 1]!.text)) end -= 1;

  const creditLines = [...lines.slice(afterHeadline, start), ...lines.slice(end)].map((line) => line.text);
  const blocks = lines.slice(start, end).map((line): CaptureBlock => ({
    kind: isReadAlsoLine(line.text) ? 'readAlso' : 'paragraph',
    text: line.text,
    line: line.line,
  }));
  return { firstLine, headline, credits: collectCredits(creditLines), blocks };
}

function classifyFirstLine(line: string): NonNullable<CaptureReading['firstLine']> {
  if (isCreditLine(line)) return 'credit';
  if (isReadAlsoLine(line)) return 'readAlso';
  if (findDateline(line)) return 'dateline';
  return 'headline';
}

/** The story's paragraphs, in order: paragraph n is at index n - 1. */
export function storyParagraphs(reading: CaptureReading): string[] {
  return reading.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
}
