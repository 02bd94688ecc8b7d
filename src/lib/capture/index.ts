/**
 * The core of the importer: reads a raw plain-text capture and drafts the article that
 * derives from it. Pure: the caller reads the files and passes in the publishers, the
 * entities and the current moment; nothing here touches the disk or the machine's clock.
 *
 * A capture is one captured line per block: a headline, credit lines, the story's paragraphs
 * and the outlet's "Baca Juga" lines (lines.ts, credits.ts). The importer also reads what the
 * text says about its sources (references.ts) and its dates (text-dates.ts), so that what the
 * archive has to decide is decided by rule and said out loud (draft.ts): as a warning for the
 * archivist and, where a reader should know it too, as an editorial note in the draft. What it
 * can only guess (the entities the text is about, the events its dates mark) it proposes
 * apart, as suggestions (suggestions.ts); a publisher the archive lacks can be given on the
 * command line (new-publisher.ts); "Baca Juga" lines that name an archived article are linked
 * to it (read-also.ts).
 */
export { type CreditPart, type CreditRole, type Credits, parseCreditLine } from './credits.ts';
export { type CaptureText, type Draft, type ImportResult, importCapture } from './draft.ts';
export {
  type DraftContext,
  type DraftFrontmatter,
  checkDraft,
  checkDraftWithEvents,
  renderArticle,
  renderBody,
} from './files.ts';
export {
  type CaptureBlock,
  type CaptureReading,
  decodeCapture,
  isReadAlsoLine,
  readCapture,
  splitCaptureLines,
  storyParagraphs,
} from './lines.ts';
export {
  type NewPublisher,
  addPublishers,
  idFromUrl,
  parseNewPublisher,
  placeNewPublisher,
} from './new-publisher.ts';
export type { ImportOptions } from './options.ts';
export { type PublishedInference, inferPublished, jakartaDay } from './published.ts';
export {
  type ReadAlsoLink,
  type ReadAlsoMatches,
  type TitleIndex,
  addTitle,
  matchReadAlso,
  normaliseTitle,
  removeTitle,
  titleIndex,
} from './read-also.ts';
export {
  type Dateline,
  type SourceMention,
  findDateline,
  findPlace,
  findPublisher,
  findSourceMentions,
} from './references.ts';
export {
  type EntitySuggestion,
  type EventSuggestion,
  type Suggestions,
  EntityIndex,
  renderSuggestions,
  sentenceWith,
  suggestEntities,
  suggestEvents,
} from './suggestions.ts';
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
