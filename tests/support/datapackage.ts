/**
 * Reads a built site's data downloads back the way a researcher's tools do: datapackage.json
 * through the Frictionless `datapackage` library (the descriptor checked against the Tabular
 * Data Package profile, every Table Schema against its own), and every CSV resource through
 * the Frictionless `tableschema` library: each part's header checked, the parts joined as
 * frictionless-py joins them (the header of the parts after the first skipped), every value
 * cast to its field's type and checked against its constraints, the primary key unique over
 * all parts, and every foreign key resolved against the rows of the table it references. The
 * JSON Lines resources are read line by line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Package } from 'datapackage';
import { Table } from 'tableschema';

export interface FieldDescriptor {
  name: string;
  type: string;
  format?: string;
  constraints?: Record<string, unknown>;
}

export interface ResourceDescriptor {
  name: string;
  path: string | string[];
  format: string;
  schema: {
    fields: FieldDescriptor[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
  licenses?: { name: string }[];
}

export interface PackageDescriptor {
  profile: string;
  resources: ResourceDescriptor[];
  licenses: { name: string; path?: string }[];
  [key: string]: unknown;
}

export const pathsOf = (resource: Pick<ResourceDescriptor, 'path'>): string[] =>
  typeof resource.path === 'string' ? [resource.path] : resource.path;

/** The descriptor as the Frictionless library loads and validates it. */
export async function validatePackage(dir: string) {
  const loaded = await Package.load(join(dir, 'datapackage.json'), dir, { strict: false });
  return { valid: loaded.valid, errors: loaded.errors.map(String) };
}

export function readDescriptor(dir: string): PackageDescriptor {
  return JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as PackageDescriptor;
}

/** A CSV resource's parts joined into one CSV text; throws if a part's header is not the schema's field names. */
export function joinedCsv(dir: string, resource: ResourceDescriptor): string {
  const header = resource.schema.fields.map((field) => field.name).join(',');
  return pathsOf(resource)
    .map((path, index) => {
      const text = readFileSync(join(dir, path), 'utf8');
      const end = text.indexOf('\r\n');
      if (text.slice(0, end) !== header) {
        throw new Error(`${path}: the header is ${JSON.stringify(text.slice(0, end))}; expected ${header}`);
      }
      return index === 0 ? text : text.slice(end + 2);
    })
    .join('');
}

/**
 * A table's rows. tableschema's own typings call read() synchronous; it returns a promise of
 * the rows, which rejects on a value that breaks the schema or a key that resolves nowhere.
 */
function read(table: Table, options: Parameters<Table['read']>[0]): Promise<unknown> {
  return table.read(options) as unknown as Promise<unknown>;
}

async function csvTable(dir: string, resource: ResourceDescriptor, schema: object = resource.schema) {
  const text = joinedCsv(dir, resource);
  return Table.load(() => Readable.from([text]), { schema, ltrim: false });
}

/** A CSV resource's rows as text, as a CSV parser reads them (no casting). */
export async function csvRowsAsText(dir: string, resource: ResourceDescriptor): Promise<string[][]> {
  return (await read(await csvTable(dir, resource), { cast: false })) as string[][];
}

/** A CSV resource's rows cast by its schema (constraints and the primary key checked), keyed by field. */
export async function csvRows(
  dir: string,
  resource: ResourceDescriptor,
  relations?: Record<string, Record<string, unknown>[]>,
): Promise<Record<string, unknown>[]> {
  return (await read(await csvTable(dir, resource), { keyed: true, relations })) as Record<string, unknown>[];
}

/** A JSON Lines resource's rows, every part, in order. */
export function jsonlRows(dir: string, resource: ResourceDescriptor): Record<string, unknown>[] {
  return pathsOf(resource).flatMap((path) => {
    const text = readFileSync(join(dir, path), 'utf8');
    if (text !== '' && !text.endsWith('\n')) throw new Error(`${path}: the last line has no line break`);
    return text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  });
}

/**
 * Every CSV resource read and cast, then read again for each of its foreign keys, resolved
 * against the rows of the resource it references (tableschema throws on a row that matches
 * none). One key at a time: tableschema replaces a resolved field by the row it found, so a
 * second key over the same field (citations: article_id, then article_id and paragraph)
 * would compare that row instead of the value.
 */
export async function readAllCsv(dir: string, descriptor: PackageDescriptor) {
  const csv = descriptor.resources.filter((resource) => resource.format === 'csv');
  const rows = new Map<string, Record<string, unknown>[]>();
  for (const resource of csv) rows.set(resource.name, await csvRows(dir, resource));
  for (const resource of csv) {
    for (const key of resource.schema.foreignKeys ?? []) {
      const table = await csvTable(dir, resource, { ...resource.schema, foreignKeys: [key] });
      await read(table, {
        keyed: true,
        relations: { [key.reference.resource]: rows.get(key.reference.resource)! },
      });
    }
  }
  return rows;
}
