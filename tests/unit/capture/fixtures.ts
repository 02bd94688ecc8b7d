/** What the importer's tests share: the two real captures, the archive's records, import helpers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ImportOptions, importCapture } from '../../../src/lib/capture/index.ts';
import { sha256 } from '../../../src/lib/capture-file.ts';
import { readRecords } from '../../../src/lib/content.ts';
import { entitySchema, publisherSchema } from '../../../src/lib/schema.ts';
import { CONTENT, ROOT } from '../../support/paths.ts';

export const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

export const MEDCOM = '000_a0787a86cb8f5b8c.txt';
export const KONTAN = '004_98662811586fdaa1.txt';
export const medcom = read(`content/captures/${MEDCOM}`);
export const kontan = read(`content/captures/${KONTAN}`);

const [publisherFile, entityFile] = await Promise.all([
  readRecords(join(CONTENT, 'publishers.yaml'), 'publishers.yaml', publisherSchema, 'publishers'),
  readRecords(join(CONTENT, 'entities.yaml'), 'entities.yaml', entitySchema, 'entities'),
]);
export const publishers = publisherFile.records.map((record) => record.data);
export const entities = entityFile.records.map((record) => record.data);

/** A capture's text as the importer is given it: with the digest and size of its UTF-8 bytes. */
export function captured(text: string) {
  const bytes = new TextEncoder().encode(text);
  return { text, sha256: sha256(bytes), bytes: bytes.length };
}

/** Options for an import on a fixed day, so that nothing depends on the clock. */
export function options(extra: Partial<ImportOptions> = {}): ImportOptions {
  return {
    captureName: 'test.txt',
    publishers,
    entities,
    now: new Date('2026-11-23T03:00:00Z'),
    ...extra,
  };
}

/** Imports a capture that must succeed, and returns the draft and warnings. */
export async function imported(text: string, extra: Partial<ImportOptions> = {}) {
  const result = await importCapture(captured(text), options(extra));
  if (!result.ok) throw new Error(`expected a draft, got: ${result.errors.join('; ')}`);
  return result;
}

/** Imports a capture that must be refused, and returns the errors. */
export async function refused(text: string, extra: Partial<ImportOptions> = {}): Promise<string[]> {
  const result = await importCapture(captured(text), options(extra));
  if (result.ok) throw new Error('expected the import to be refused');
  return result.errors;
}
