/**
 * Reading a capture for the importer: its text, and what each line is. What each line is
 * comes from the one account of a capture (src/lib/account.ts) that the build checks
 * articles against, so a draft numbers its paragraphs exactly as the build does. Here it is
 * joined with what the credit lines say (credits.ts).
 */
import { type AccountBlock, type CaptureAccount, accountFor } from '../account.ts';
import { type Credits, collectCredits } from './credits.ts';

export { checkCaptureBytes as decodeCapture } from '../capture-file.ts';
export { isReadAlsoLine, splitCaptureLines } from '../account.ts';

/** A block of the article body: a line of the capture, trimmed, with its line number. */
export type CaptureBlock = AccountBlock;

/** What each line of a capture is, and what its credits say. */
export interface CaptureReading {
  account: CaptureAccount;
  firstLine: CaptureAccount['firstLine'];
  /** The headline, when the capture has one. */
  headline?: string;
  credits: Credits;
  /** The body: story paragraphs and "read also" lines, in capture order. */
  blocks: CaptureBlock[];
}

/** Reads the structure of a capture: the headline if its first line can be one, credits, the body. */
export function readCapture(text: string): CaptureReading {
  const account = accountFor(text);
  return {
    account,
    firstLine: account.firstLine,
    headline: account.headline?.text,
    credits: collectCredits(account.credits.map((line) => line.text)),
    blocks: account.blocks,
  };
}

/** The story's paragraphs, in order: paragraph n is at index n - 1. */
export function storyParagraphs(reading: Pick<CaptureReading, 'blocks'>): string[] {
  return reading.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
}
