/**
 * Robust Links (https://robustlinks.mementoweb.org/spec/): a link to an article's original
 * address also names the archive's copy and the date of that copy, so that a reader or a
 * tool can fall back on the copy when the original has moved or changed.
 */
import { type ArchiveDate, machineDate } from './dates.ts';

export interface RobustLinkAttributes {
  'data-originalurl': string;
  'data-versionurl': string;
  'data-versiondate': string;
}

/** The attributes of a link to `original`, archived at `version` on `archived` (its date as written, WIB for a time). */
export function robustLink(original: string, version: string, archived: ArchiveDate): RobustLinkAttributes {
  return {
    'data-originalurl': original,
    'data-versionurl': version,
    'data-versiondate': machineDate(archived),
  };
}
