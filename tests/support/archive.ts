/** The committed archive, read and checked as the build does, as input for checkArchive. */
import type { ArchiveInput } from '../../src/lib/integrity.ts';
import { readChecked } from './content.ts';

export async function committedArchive(): Promise<ArchiveInput & { problems: string[] }> {
  return readChecked();
}
