/**
 * The archive's notes as an article page places them: a note about a paragraph is numbered
 * (in the order of the text) and shown by that paragraph, which carries its marker; the other
 * notes, about the article as a whole, stay together.
 */
import type { Note } from './schema.ts';

/** A note about one paragraph, with the number its marker shows. */
export interface MarkedNote {
  number: number;
  paragraph: number;
  note: Note;
}

export interface PlacedNotes {
  /** Notes by the paragraph they are about, numbered 1, 2… in the order of the text. */
  byParagraph: Map<number, MarkedNote[]>;
  /** Notes about the article as a whole, in the order written. */
  general: Note[];
}

export function placeNotes(notes: readonly Note[]): PlacedNotes {
  const marked = notes
    .filter((note): note is Note & { paragraph: number } => note.paragraph !== undefined)
    .toSorted((a, b) => a.paragraph - b.paragraph);
  const byParagraph = new Map<number, MarkedNote[]>();
  marked.forEach((note, index) => {
    const entry = { number: index + 1, paragraph: note.paragraph, note };
    byParagraph.set(note.paragraph, [...(byParagraph.get(note.paragraph) ?? []), entry]);
  });
  return { byParagraph, general: notes.filter((note) => note.paragraph === undefined) };
}
