/**
 * A publisher the archive does not know yet, given on the importer's command line
 * (`--new-publisher "name=Beritasatu.com,url=https://www.beritasatu.com/"`), checked with the
 * publisher schema like every publisher, and written to publishers.yaml without touching what
 * is already there (its comments, its layout). Pure: the caller reads and writes the file.
 */
import { Document, isSeq, parseDocument } from 'yaml';
import { type Publisher, publisherSchema } from '../schema.ts';
import { fold } from './references.ts';
import { slugify } from './title.ts';

const KEYS = ['id', 'name', 'kind', 'url', 'description'] as const;
type Key = (typeof KEYS)[number];

/** A publisher as given, with the fields that were left to their defaults. */
export interface NewPublisher {
  publisher: Publisher;
  /** The fields the archivist left out, filled by rule: "id", "kind", "description". */
  defaulted: Key[];
}

export type NewPublisherResult = { ok: true; value: NewPublisher } | { ok: false; reason: string };

/** "key=" at the start or after a comma: where a field of the value starts. */
const FIELD_START = /(?:^|,)\s*([A-Za-z]+)\s*=/g;

/** Second-level labels under a country's domain: "co" in kontan.co.id, "com" in aa.com.tr. */
const SECOND_LEVEL = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'go',
  'gov',
  'mil',
  'my',
  'net',
  'or',
  'org',
  'sch',
  'web',
]);

/**
 * The id a publisher's address gives: the name under its domain ending, as the archive's ids
 * are ("https://www.kontan.co.id/" → "kontan", "https://en.tempo.co/" → "tempo").
 */
export function idFromUrl(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  const labels = host.split('.').filter((label) => label !== '' && label !== 'www');
  labels.pop();
  while (labels.length > 1 && SECOND_LEVEL.has(labels.at(-1)!)) labels.pop();
  const id = slugify(labels.at(-1) ?? '', 1);
  return id === '' ? undefined : id;
}

/**
 * Reads a `--new-publisher` value: "key=value" fields joined by commas, the keys id, name,
 * kind, url and description. A value may hold commas ("description=Portal berita, Jakarta")
 * as long as no "key=" follows them. Name and url are required; the id defaults to the name
 * under the address's domain, the kind to "outlet", the description to a plain sentence from
 * the name and address (to rewrite). The result is checked with the publisher schema.
 */
export function parseNewPublisher(spec: string): NewPublisherResult {
  const starts = [...spec.matchAll(FIELD_START)];
  if (starts.length === 0 || starts[0]!.index !== 0) {
    return {
      ok: false,
      reason: `"${spec}" is not a list of fields; expected "name=…,url=https://…" (also id=, kind=outlet|agency, description=)`,
    };
  }
  const given: Partial<Record<Key, string>> = {};
  for (const [i, match] of starts.entries()) {
    const key = match[1]!;
    if (!(KEYS as readonly string[]).includes(key)) {
      return {
        ok: false,
        reason: `"${key}" is not a publisher field; expected ${KEYS.join(', ')} (a comma inside a value is kept only when no "key=" follows it)`,
      };
    }
    if (given[key as Key] !== undefined)
      return { ok: false, reason: `${key}: is given twice; expected it once` };
    const end = starts[i + 1]?.index ?? spec.length;
    given[key as Key] = spec.slice(match.index + match[0].length, end).trim();
  }
  for (const key of ['name', 'url'] as const) {
    if (given[key] === undefined || given[key] === '') {
      const what = key === 'name' ? '"name=…", as the publisher writes it' : '"url=https://…", its home page';
      return { ok: false, reason: `${key}: missing; expected ${what}` };
    }
  }
  const defaulted: Key[] = [];
  const name = given.name!;
  const url = given.url!;
  let id = given.id;
  if (id === undefined) {
    defaulted.push('id');
    id = idFromUrl(url) ?? slugify(name);
  }
  let kind = given.kind;
  if (kind === undefined) {
    defaulted.push('kind');
    kind = 'outlet';
  }
  let description = given.description;
  if (description === undefined) {
    defaulted.push('description');
    description = `${kind === 'agency' ? 'Kantor berita' : 'Media berita'} ${name} (${url}).`;
  }
  const parsed = publisherSchema.safeParse({ id, name, kind, url, description });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    const hint = field === 'id' && given.id === undefined ? ' (made from the url; pass id=)' : '';
    return { ok: false, reason: `${field ? `${field}: ` : ''}${issue.message}${hint}` };
  }
  return { ok: true, value: { publisher: parsed.data, defaulted } };
}

/**
 * What a new publisher is to the archive's publishers: new, the very record already there
 * (then it is used as it is), or in conflict with one (same id, or same name under another id).
 */
export function placeNewPublisher(
  publisher: Publisher,
  known: readonly Publisher[],
): { kind: 'new' } | { kind: 'known' } | { kind: 'conflict'; reason: string } {
  const same = known.find((other) => other.id === publisher.id);
  if (same) {
    if (JSON.stringify(same) === JSON.stringify(publisher)) return { kind: 'known' };
    return {
      kind: 'conflict',
      reason: `id: "${publisher.id}" is already in publishers.yaml, as ${same.name} (${same.kind}); expected a new id (pass id=), or leave --new-publisher out to use ${same.id}`,
    };
  }
  const named = known.find((other) => fold(other.name) === fold(publisher.name));
  if (named) {
    return {
      kind: 'conflict',
      reason: `name: "${publisher.name}" is already the name of "${named.id}" in publishers.yaml; expected a new publisher (leave --new-publisher out to use ${named.id})`,
    };
  }
  return { kind: 'new' };
}

/**
 * publishers.yaml with the publishers added at its end. The text already there is kept byte
 * for byte (comments and layout included) and the records are appended as YAML blocks; only a
 * file that is no block list yet (empty, or "[]") is written anew through the YAML document,
 * keeping its comments. Throws if the result does not read back as the old records followed
 * by the new ones (a bug, never a silent loss).
 */
export function addPublishers(text: string, added: readonly Publisher[]): string {
  if (added.length === 0) return text;
  const doc = parseDocument(text);
  const old: unknown = doc.toJS() ?? [];
  if (!Array.isArray(old)) throw new Error('publishers.yaml: expected a YAML list of publishers');
  const records = added.map((publisher) => ({ ...publisher }));
  let result: string;
  if (isSeq(doc.contents) && !doc.contents.flow && doc.contents.items.length > 0) {
    const block = new Document(records).toString({ lineWidth: 100, minContentWidth: 40 });
    result = `${text}${text.endsWith('\n') ? '' : '\n'}${block}`;
  } else {
    if (old.length > 0) throw new Error('publishers.yaml: expected a YAML block list of publishers');
    const fresh = new Document(records);
    const comments = [doc.commentBefore, isSeq(doc.contents) ? doc.contents.commentBefore : undefined];
    const comment = comments.filter((c) => c).join('\n');
    if (comment !== '') fresh.commentBefore = comment;
    result = fresh.toString({ lineWidth: 100, minContentWidth: 40 });
  }
  const now: unknown = parseDocument(result).toJS();
  if (JSON.stringify(now) !== JSON.stringify([...old, ...records])) {
    throw new Error('publishers.yaml: the new publishers did not read back as written');
  }
  return result;
}
