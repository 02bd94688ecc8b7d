/**
 * Credit lines: the `Label: value` lines an outlet prints above or below a story, such as
 * `Sumber : medcom.id` or `Sumber: Reuters | Editor: Noverius Laoli`.
 */

/** What a credit names: the source of the text, its editor, its author, or its image. */
export type CreditRole = 'source' | 'editor' | 'byline' | 'image';

/** The labels Indonesian outlets put on credit lines, and what each one credits. */
const CREDIT_LABELS = new Map<string, CreditRole>([
  ['sumber', 'source'],
  ['editor', 'editor'],
  ['penulis', 'byline'],
  ['reporter', 'byline'],
  ['gambar', 'image'],
  ['foto', 'image'],
]);

/** One `Label: value` part of a credit line. */
export interface CreditPart {
  /** The label as captured, e.g. "Sumber". */
  label: string;
  role: CreditRole;
  value: string;
}

const CREDIT_PART = /^\s*(\p{L}+)\s*:\s*(\S(?:.*\S)?)\s*$/u;

/**
 * The parts of a credit line, or undefined when the line is not one. A credit line is one or
 * more `Label : value` parts joined by "|", every label a known one: `Sumber : medcom.id`,
 * `Sumber: Reuters | Editor: Noverius Laoli`.
 */
export function parseCreditLine(line: string): CreditPart[] | undefined {
  const parts: CreditPart[] = [];
  for (const piece of line.split('|')) {
    const match = CREDIT_PART.exec(piece);
    if (!match) return undefined;
    const label = match[1]!;
    const role = CREDIT_LABELS.get(label.toLowerCase());
    if (role === undefined) return undefined;
    parts.push({ label, role, value: match[2]! });
  }
  return parts;
}

/** True for a credit line (see `parseCreditLine`). */
export function isCreditLine(line: string): boolean {
  return parseCreditLine(line) !== undefined;
}

/** The credits of a capture: the lines as captured, and what they name. */
export interface Credits {
  /** The credit lines, trimmed, in the order of the capture. */
  lines: string[];
  /** Every `Sumber` value: the outlet itself, or the agency the text comes from. */
  sources: string[];
  editor?: string;
  byline?: string;
  imageCredit?: string;
}

/** Collects the credit lines of a capture; the first value of each role counts. */
export function collectCredits(lines: readonly string[]): Credits {
  const credits: Credits = { lines: [...lines], sources: [] };
  for (const line of lines) {
    for (const part of parseCreditLine(line) ?? []) {
      if (part.role === 'source') credits.sources.push(part.value);
      if (part.role === 'editor') credits.editor ??= part.value;
      if (part.role === 'byline') credits.byline ??= part.value;
      if (part.role === 'image') credits.imageCredit ??= part.value;
    }
  }
  return credits;
}
