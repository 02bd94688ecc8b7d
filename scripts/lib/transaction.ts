/**
 * Writes a set of files all or nothing: each is first written to a temporary file beside its
 * target, then the temporaries are renamed into place; if any step fails, what was renamed is
 * put back as it was and the temporaries are removed. A failure is one line naming the file.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface PlannedFile {
  path: string;
  bytes: Uint8Array | string;
}

/** Why a file could not be written, in one line: "cannot write content/articles/x.mdx (permission denied)". */
export class WriteError extends Error {}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'a part of the path is a file, not a folder',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (code || String(error));
}

/** Writes every file or none. `previous` holds the bytes each target had, to restore it on failure. */
export async function writeAll(
  files: readonly PlannedFile[],
  previous: ReadonlyMap<string, Uint8Array | undefined>,
): Promise<void> {
  const suffix = `.tmp-${randomBytes(4).toString('hex')}`;
  const written: string[] = [];
  /** Folders this write created, to remove again if it fails. */
  const created: string[] = [];
  let done = false;
  try {
    for (const file of files) {
      try {
        const folder = await mkdir(dirname(file.path), { recursive: true });
        if (folder !== undefined) created.push(folder);
        await writeFile(file.path + suffix, file.bytes);
        written.push(file.path + suffix);
      } catch (error) {
        throw new WriteError(`cannot write ${file.path} (${reason(error)}); nothing was written`);
      }
    }
    const renamed: PlannedFile[] = [];
    for (const file of files) {
      try {
        await rename(file.path + suffix, file.path);
        renamed.push(file);
      } catch (error) {
        await restore(renamed, previous);
        throw new WriteError(`cannot write ${file.path} (${reason(error)}); nothing was written`);
      }
    }
    done = true;
  } finally {
    await Promise.all(written.map((path) => rm(path, { force: true })));
    if (!done)
      await Promise.all(created.reverse().map((folder) => rm(folder, { recursive: true, force: true })));
  }
}

/** Puts back what the renamed files replaced (or removes them where there was nothing). */
async function restore(
  renamed: readonly PlannedFile[],
  previous: ReadonlyMap<string, Uint8Array | undefined>,
) {
  for (const file of renamed) {
    const before = previous.get(file.path);
    await (before === undefined ? rm(file.path, { force: true }) : writeFile(file.path, before)).catch(
      () => {},
    );
  }
}
