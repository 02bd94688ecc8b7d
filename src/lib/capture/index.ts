/**
 * The core of the importer: reads a raw plain-text capture and drafts the article that
 * derives from it. Pure: the caller reads the files and passes in the publishers, the
 * entities and the current moment; nothing here touches the disk or the machine's clock.
 *
 * A capture is one captured line per block: a headline, credit lines, the story's paragraphs
 * and the outlet's "Baca Juga" lines (lines.ts, credits.ts). The importer also reads what the
 * text says about its sources (references.ts) and its dates (text-dates.ts), so that what the
 * archive has to decide is decided by rule and said out loud (draft.ts): as a warning for the
 * archivist and, where a reader should know it too, as an editorial note in the draft.
 */
export { type CreditPart, type CreditRole, type Credits, parseCreditLine } from './credits.ts';
export { type CaptureText, type Draft, type ImportResult, importCapture } from './draft.ts';
export { type DraftFrontmatter, checkDraft, renderArticle, renderBody } from './files.ts';
export {
  type CaptureBlock,
  type CaptureReading,
  decodeCapture,
  isReadAlsoLine,
  readCapture,
  splitCaptureLines,
  storyParagraphs,
} from './lines.ts';
export type { ImportOptions } from './options.ts';
export { type PublishedInference, inferPublished, jakartaDay } from './published.ts';
export {
  type Dateline,
  type SourceMention,
  findDateline,
  findPlace,
  findPublisher,
  findSourceMentions,
} from './references.ts';
export {
  type DateProblem,
  type TextDate,
  type YearContext,
  checkDate,
  describeTextDate,
  findTextDates,
  shortDateYear,
  yearContext,
} from './text-dates.ts';
export { devisedTitle, firstSentence, slugify } from './title.ts';
