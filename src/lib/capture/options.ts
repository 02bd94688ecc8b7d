/**
 * What the archivist tells the importer, and what the steps of an import report back. Each
 * step (title.ts, attribution.ts, published.ts) takes what it needs and adds to the findings.
 */
import type { Entity, Note, Publisher } from '../schema.ts';
import type { TitleIndex } from './read-also.ts';
import type { EntityIndex } from './suggestions.ts';

/** How the publication date is known: stated by the capture, or inferred by the archive. */
export type PublishedBasis = 'stated' | 'inferred';

/** What the archivist tells the importer; everything else is read from the capture. */
export interface ImportOptions {
  /** The capture's file name, e.g. "000_a0787a86cb8f5b8c.txt"; the draft refers to captures/<name>. */
  captureName: string;
  /** The records of content/publishers.yaml. */
  publishers: readonly Publisher[];
  /** The records of content/entities.yaml. */
  entities: readonly Entity[];
  /** The same entities, indexed for finding their names in a text (made from `entities` when absent). */
  entityIndex?: EntityIndex;
  /** The archived articles' titles (see `titleIndex`): "Baca Juga" lines that name one are linked. */
  titles?: TitleIndex;
  /** The moment of the import: "archived" defaults to its day in Asia/Jakarta. */
  now: Date;
  /** The outlet's id; default: the outlet the credits or the dateline name. */
  publisher?: string;
  /** The publication date; default: inferred from the text (see `inferPublished`). */
  published?: string;
  /** How `published` is known; default "inferred": the capture itself does not state it. */
  publishedBasis?: PublishedBasis;
  /** When the capture entered the archive; default: the day of `now` in Asia/Jakarta. */
  archived?: string;
  /** A title for a capture without a headline; it is marked as devised. */
  title?: string;
  /** The archive's summary; default: the first sentence of the text, to be rewritten. */
  summary?: string;
  originalUrl?: string;
  /** The article's file name and URL slug; default: from the title. */
  slug?: string;
}

/** What the steps of an import find, collected as they go. */
export interface Findings {
  /** Problems that refuse the draft. */
  errors: string[];
  /** What needs a human. */
  warnings: string[];
  /** Editorial notes for the draft: what a reader should know too. */
  notes: Note[];
}
