/** The committed content, read the way Astro reads it (js-yaml's default schema). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { CONTENT } from './paths.ts';

export interface RawArticle {
  id: string;
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitMdx(source: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: yaml.load(match[1]!) as Record<string, unknown>, body: match[2]! };
}

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

export function rawCollection(
  name: 'publishers' | 'entities' | 'events',
  content = CONTENT,
): Record<string, unknown>[] {
  return yaml.load(readFileSync(join(content, `${name}.yaml`), 'utf8')) as Record<string, unknown>[];
}

export function readCaptureFile(path: string, content = CONTENT): string {
  return readFileSync(join(content, path), 'utf8');
}
