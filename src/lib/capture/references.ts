/**
 * What the text says about where it comes from: the dateline it opens with, and the
 * agencies it says it quotes; and how a name as written is looked up among the publishers
 * and places the archive knows.
 */
import type { Entity, Publisher } from '../schema.ts';

/** A dateline as printed at the start of the first paragraph. */
export interface Dateline {
  /** As printed, e.g. "KONTAN.CO.ID - BRUSSELS." or "WINA, KAMIS -". */
  text: string;
  /** The outlet or agency it names, e.g. "KONTAN.CO.ID", "Beritasatu.com", "ANTARA"; none in "WINA, KAMIS -". */
  outlet?: string;
  /** The place it names, e.g. "BRUSSELS". */
  place: string;
  /** The day of the week it names, as printed: "KAMIS" in "WINA, KAMIS -". */
  weekday?: string;
}

/** A word of a place's name: "BRUSSELS", "Jakarta". */
const PLACE = String.raw`\p{Lu}[\p{L}'’]*(?: \p{Lu}[\p{L}'’]*)*`;
/** A web name with at least one dot: "Beritasatu.com", "KOMPAS.com", "TEMPO.CO". */
const DOMAIN = String.raw`\p{Lu}[\p{L}\p{N}-]*(?:\.\p{L}[\p{L}\p{N}-]*)+`;
/** A name in capitals, three letters or more: "AFP", "ANTARA", "KAMIS" (not "AS", which a headline may name). */
const CAPITALS = String.raw`\p{Lu}[\p{Lu}\p{N}]{2,}`;
/** The dash that ends a dateline, before the story's first word (or the end of the line). */
const DASH = String.raw` [-–—](?=\s|$)`;

const WEEKDAYS = new Set(['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu']);

/**
 * The datelines Indonesian outlets print, each read as outlet, place and weekday:
 * "KONTAN.CO.ID - BRUSSELS." (outlet - place.), "WINA, KAMIS -" and "BRUSSEL, AFP -" (place,
 * weekday or agency in capitals -), "Jakarta, Beritasatu.com -" (place, web name -),
 * "TEMPO.CO, Jakarta -" (web name, place -), "Jakarta (ANTARA) -" (place (agency) -).
 * A second name that is neither a weekday, a web name nor in capitals is no dateline, so
 * that a headline such as "Bandung, Persib - …" stays a headline.
 */
const DATELINES: readonly [RegExp, (match: RegExpExecArray) => Omit<Dateline, 'text'> | undefined][] = [
  [
    /^(\p{Lu}[\p{Lu}\p{N}.]*(?: \p{Lu}[\p{Lu}\p{N}.]*)*) [-–—] (\p{Lu}[\p{Lu} ]*\p{Lu})\.(?=\s|$)/u,
    (m) => ({ outlet: m[1]!, place: m[2]! }),
  ],
  [
    new RegExp(`^(${PLACE}), (${DOMAIN}|${CAPITALS}|\\p{Lu}\\p{Ll}+)${DASH}`, 'u'),
    (m) => {
      const [, place, second] = m as unknown as [string, string, string];
      if (WEEKDAYS.has(second.toLowerCase())) return { place, weekday: second };
      if (/^\p{Lu}\p{Ll}+$/u.test(second)) return undefined;
      return { outlet: second, place };
    },
  ],
  [new RegExp(`^(${DOMAIN}), (${PLACE})${DASH}`, 'u'), (m) => ({ outlet: m[1]!, place: m[2]! })],
  [new RegExp(`^(${PLACE}) \\((${CAPITALS})\\)${DASH}`, 'u'), (m) => ({ outlet: m[2]!, place: m[1]! })],
];

/** The dateline a paragraph opens with, if any (see DATELINES for the forms read). */
export function findDateline(paragraph: string): Dateline | undefined {
  for (const [pattern, read] of DATELINES) {
    const match = pattern.exec(paragraph);
    const parts = match && read(match);
    if (parts) return { text: match[0], ...parts };
  }
  return undefined;
}

/** A name folded for comparison: no accents, lower case, single spaces. */
export function fold(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The publisher a name refers to, by id or by name ("KONTAN.CO.ID" is kontan). */
export function findPublisher(name: string, publishers: readonly Publisher[]): Publisher | undefined {
  const wanted = fold(name);
  return publishers.find((publisher) => publisher.id === wanted || fold(publisher.name) === wanted);
}

/** The place or country a name refers to, by name or alias ("BRUSSELS" is brussel). */
export function findPlace(name: string, entities: readonly Entity[]): Entity | undefined {
  const wanted = fold(name);
  return entities.find(
    (entity) =>
      (entity.kind === 'place' || entity.kind === 'country') &&
      [entity.name, ...entity.aliases].some((known) => fold(known) === wanted),
  );
}

/** An agency or outlet the text says it quotes: "dilansir dari Anadolu Agency". */
export interface SourceMention {
  /** The verb phrase, e.g. "dilansir dari". */
  phrase: string;
  /** The name as written after it. */
  name: string;
  /** The story paragraph, counted from 1. */
  paragraph: number;
  /** Its id in publishers.yaml; undefined when it is not there. */
  publisher?: string;
}

const CITING = /\b(dilansir dari|dilansir|melansir|mengutip|dikutip dari)\s+/giu;
const CAPITALISED_NAME = /^\p{Lu}[\p{L}\p{N}&'-]*(?:\s\p{Lu}[\p{L}\p{N}&'-]*)*/u;

/**
 * The sources the paragraphs say they quote: a name after "dilansir (dari)", "melansir",
 * "mengutip" or "dikutip dari". A known publisher is matched by its name; any other
 * capitalised name is reported without an id. Lower-case words ("mengutip pernyataan") are
 * not sources.
 */
export function findSourceMentions(
  paragraphs: readonly string[],
  publishers: readonly Publisher[],
): SourceMention[] {
  const mentions: SourceMention[] = [];
  paragraphs.forEach((text, index) => {
    for (const match of text.matchAll(CITING)) {
      const rest = text.slice(match.index + match[0].length);
      const known = publishers.find((publisher) => startsWithName(rest, publisher.name));
      const name = known ? rest.slice(0, known.name.length) : CAPITALISED_NAME.exec(rest)?.[0];
      if (name === undefined) continue;
      mentions.push({ phrase: match[1]!, name, paragraph: index + 1, publisher: known?.id });
    }
  });
  return mentions;
}

/** True when the text opens with the name (folded), followed by no further letter or digit. */
function startsWithName(text: string, name: string): boolean {
  const head = text.slice(0, name.length);
  const next = text.charAt(name.length);
  return fold(head) === fold(name) && !/[\p{L}\p{N}]/u.test(next);
}
