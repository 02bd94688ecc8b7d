/**
 * The committed content, read the way the build reads it: through src/lib/content.ts (checked)
 * and, for tests that change a file before it is checked, through the same file readers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile } from '../../src/lib/article-file.ts';
import { type ContentRead, readContent } from '../../src/lib/content.ts';
import { readYaml } from '../../src/lib/yaml.ts';
import { CONTENT, ROOT } from './paths.ts';

export interface RawArticle {
  id: string;
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Splits an article file into its YAML frontmatter and its body, as the build does; throws on a bad file. */
export function splitMdx(source: string): { frontmatter: Record<string, unknown>; body: string } {
  const parsed = parseArticleFile(source);
  if (!parsed.ok)
    throw new Error(parsed.problems.map((p) => `${p.line}:${p.column}: ${p.message}`).join('; '));
  return { frontmatter: parsed.file.frontmatter, body: parsed.file.body };
}

/** Every article file of a content folder, unchecked. */
export function rawArticles(content = CONTENT): RawArticle[] {
  const dir = join(content, 'articles');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => ({
      id: file.replace(/\.mdx$/, ''),
      file: `content/articles/${file}`,
      ...splitMdx(readFileSync(join(dir, file), 'utf8')),
    }));
}

/** The records of a data file, unchecked. */
export function rawCollection(
  name: 'publishers' | 'entities' | 'events',
  content = CONTENT,
): Record<string, unknown>[] {
  const result = readYaml(readFileSync(join(content, `${name}.yaml`), 'utf8'));
  if (!result.ok) throw new Error(`${name}.yaml: ${result.problems[0]!.message}`);
  return result.value as Record<string, unknown>[];
}

export function readCaptureFile(path: string, content = CONTENT): string {
  return readFileSync(join(content, path), 'utf8');
}

/** The content folder as the build reads and checks it. */
export function readChecked(content = CONTENT): Promise<ContentRead> {
  return readContent(content, ROOT);
}
