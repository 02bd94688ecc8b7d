/**
 * A raw capture as a file: a regular UTF-8 text file inside content/captures/, no symbolic
 * link, no path that leaves the folder, no invalid byte, no control character, not too big.
 * Its SHA-256 is its fixity: the article records it and the build checks it. The bytes are
 * checked by a pure function (`checkCaptureBytes`) that the importer uses too; messages give
 * the byte offset or the line and column, never the capture's content.
 */
import { createHash } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { codePoint, findForbidden } from './schema.ts';

/** The largest capture the archive takes: a long news article is a few tens of KiB. */
export const MAX_CAPTURE_BYTES = 1024 * 1024;

export type CaptureBytes = { ok: true; text: string } | { ok: false; reason: string };

/** The offset of the first byte that is not part of a valid UTF-8 sequence, if any. */
export function invalidUtf8Offset(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return undefined;
}

/** Why a capture of `size` bytes is refused. */
export function tooBig(size: number): { ok: false; reason: string } {
  return {
    ok: false,
    reason: `is ${size.toLocaleString('en')} bytes; expected at most ${MAX_CAPTURE_BYTES.toLocaleString('en')} (1 MiB), the archive's limit for one article's capture`,
  };
}

/** Line and column (from 1) of an offset in a text. */
function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/**
 * The text of a capture's bytes, or why they are not a plain-text capture: empty, too big,
 * binary, not UTF-8 (with the offset of the first bad byte), a control character or a lone
 * carriage return (with its line, column and byte offset). A leading byte-order mark is the
 * encoding's signature, not text.
 */
export function checkCaptureBytes(bytes: Uint8Array): CaptureBytes {
  if (bytes.length === 0) return { ok: false, reason: 'is empty; expected the captured text' };
  if (bytes.length > MAX_CAPTURE_BYTES) return tooBig(bytes.length);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: `is binary (NUL byte at byte offset ${nul}); expected a plain-text capture` };
  }
  const invalid = invalidUtf8Offset(bytes);
  if (invalid !== undefined) {
    return {
      ok: false,
      reason: `is not UTF-8 text: the byte 0x${bytes[invalid]!.toString(16).padStart(2, '0')} at byte offset ${invalid} starts no valid UTF-8 character; expected the capture saved as UTF-8`,
    };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const carriageReturn = /\r(?!\n)/.exec(text);
  const control = carriageReturn ? { index: carriageReturn.index, char: '\r' } : findForbidden(text);
  if (control) {
    const { line, column } = lineAndColumn(text, control.index);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const offset = new TextEncoder().encode(text.slice(0, control.index)).length + bom;
    const what =
      control.char === '\r'
        ? 'a carriage return that ends no line'
        : `the control character ${codePoint(control.char)}`;
    return {
      ok: false,
      reason: `has ${what} at line ${line}, column ${column} (byte offset ${offset}); expected text (no HTML page or feed can carry it)`,
    };
  }
  if (text.trim() === '') return { ok: false, reason: 'holds only white space; expected the captured text' };
  return { ok: true, text };
}

/** The SHA-256 of a capture's bytes, as 64 lowercase hexadecimal digits. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type CaptureFile =
  { ok: true; text: string; sha256: string; bytes: number } | { ok: false; reason: string };

/**
 * Reads a capture named in an article (`captures/<file>.txt`) from the content folder: only
 * a regular file, no symbolic link, nothing outside content/captures/.
 */
export async function readCaptureFile(contentDir: string, path: string): Promise<CaptureFile> {
  const folder = join(contentDir, 'captures');
  const file = join(contentDir, path);
  const inside = relative(folder, file);
  if (inside === '' || inside.startsWith('..') || inside.includes(sep)) {
    return { ok: false, reason: `is not a file in content/captures/; expected "captures/<file>.txt"` };
  }
  let stat;
  try {
    stat = await lstat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { ok: false, reason: 'does not exist; expected the raw capture file' }
      : { ok: false, reason: `cannot be read (${code}); expected a readable capture file` };
  }
  if (stat.isSymbolicLink()) {
    return {
      ok: false,
      reason: 'is a symbolic link; expected the capture itself, a regular file (copy it in)',
    };
  }
  if (!stat.isFile()) return { ok: false, reason: 'is not a regular file; expected the raw capture file' };
  // A regular file (not a link) named directly in the folder is in it, wherever the folder
  // itself is (it may be reached through a link, a checkout elsewhere).
  if (stat.size > MAX_CAPTURE_BYTES) return tooBig(stat.size);
  const bytes = await readFile(file);
  const checked = checkCaptureBytes(bytes);
  if (!checked.ok) return checked;
  return { ok: true, text: checked.text, sha256: sha256(bytes), bytes: bytes.length };
}

/**
 * The bytes of a capture the build has already checked, for serving as they are; refused if
 * they no longer have the recorded SHA-256 (the file changed during the build).
 */
export async function readCaptureBytes(
  contentDir: string,
  path: string,
  expectedSha256: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await readFile(join(contentDir, path));
  const actual = sha256(bytes);
  if (actual !== expectedSha256) {
    throw new Error(
      `content/${path}: its SHA-256 is ${actual}; expected ${expectedSha256}, as the article records`,
    );
  }
  return Uint8Array.from(bytes);
}
