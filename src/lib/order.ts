/**
 * How the archive orders text, the same on every machine: keys (dates, ids, paths) by their
 * code units, names as an Indonesian reader sorts them. Never `localeCompare` without a
 * locale, which follows the build machine's.
 */

/** Orders keys such as "2022-01-12", ids and paths by code unit: fast, and the same everywhere. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const collator = new Intl.Collator('id');

/** Orders names as Indonesian does ("Amerika Serikat" before "Brussel"). */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
