/**
 * Ids made from titles, as the importer makes them (`slugify`, src/lib/capture/title.ts), kept
 * unique by a number: "harga-beras-naik", then "harga-beras-naik-2". A counter per base keeps
 * each new id O(1), however many titles share a base.
 */
import { slugify } from '../../src/lib/capture/title.ts';

export class UniqueSlugs {
  readonly #taken = new Set<string>();
  readonly #next = new Map<string, number>();

  /** Records ids that exist already (the real articles). */
  constructor(taken: Iterable<string> = []) {
    for (const id of taken) this.#taken.add(id);
  }

  /** A new id for a title: its first `words` words as a slug, numbered when that is taken. */
  take(title: string, words?: number): string {
    const base = slugify(title, words) || 'tanpa-judul';
    let id = base;
    let n = this.#next.get(base) ?? 2;
    while (this.#taken.has(id)) id = `${base}-${n++}`;
    this.#next.set(base, n);
    this.#taken.add(id);
    return id;
  }
}
