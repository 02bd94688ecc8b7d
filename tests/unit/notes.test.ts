import { describe, expect, it } from 'vitest';
import { placeNotes } from '../../src/lib/notes.ts';
import type { Note } from '../../src/lib/schema.ts';

const note = (text: string, paragraph?: number): Note => ({ topic: 'text', text, paragraph });

describe('placeNotes', () => {
  it('numbers the notes about paragraphs in the order of the text, and keeps the rest together', () => {
    const placed = placeNotes([note('umum'), note('tentang 5', 5), note('tentang 1', 1), note('lagi 5', 5)]);
    expect(
      [...placed.byParagraph.entries()].map(([p, list]) => [p, list.map((m) => [m.number, m.note.text])]),
    ).toEqual([
      [1, [[1, 'tentang 1']]],
      [
        5,
        [
          [2, 'tentang 5'],
          [3, 'lagi 5'],
        ],
      ],
    ]);
    expect(placed.general.map((n) => n.text)).toEqual(['umum']);
  });

  it('places nothing by a paragraph when no note names one', () => {
    const placed = placeNotes([note('a'), note('b')]);
    expect(placed.byParagraph.size).toBe(0);
    expect(placed.general).toHaveLength(2);
  });
});
