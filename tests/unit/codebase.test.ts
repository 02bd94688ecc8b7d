/**
 * Rules of the codebase that no compiler checks: every interface string is used and every one
 * used exists (src/lib/i18n.ts), one import style (relative imports name their file, `.ts`
 * included), and a README whose layout names every module of src/lib.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n.ts';
import { articleFields, entitySchema, eventSchema, publisherSchema } from '../../src/lib/schema.ts';
import { ROOT } from '../support/paths.ts';

const SOURCE_FOLDERS = ['src', 'scripts', 'bench', 'tests'];
const SKIP = new Set(['node_modules', '.tmp', 'fixtures', 'results']);

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (SKIP.has(name)) return [];
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|astro|mdx)$/.test(name) ? [path] : [];
  });
}

const sources = SOURCE_FOLDERS.flatMap((folder) => files(join(ROOT, folder)));
const read = (path: string) => readFileSync(path, 'utf8');

describe('interface strings (src/lib/i18n.ts)', () => {
  const i18n = join(ROOT, 'src/lib/i18n.ts');
  const keys = [...read(i18n).matchAll(/^ {2}'([a-z][\w.]*)':/gm)].map((match) => match[1]!);
  const src = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'scripts'))].filter((path) => path !== i18n);
  const text = src.map(read).join('\n');
  // Keys chosen at run time, as t(`topics.kind.${kind}`): every key under such a prefix counts as used.
  const prefixes = [...text.matchAll(/t\(`([a-z][\w.]*\.)\$\{/g)].map((match) => match[1]!);

  it('are each read somewhere in src/ or scripts/', () => {
    expect(keys.length).toBeGreaterThan(50);
    const unused = keys.filter(
      (key) => !text.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it('exist for every key src/ asks for', () => {
    const asked = [...text.matchAll(/\bt\('([a-z][\w.]*)'/g)].map((match) => match[1]!);
    expect(asked.length).toBeGreaterThan(50);
    expect(asked.filter((key) => !keys.includes(key))).toEqual([]);
    for (const prefix of prefixes)
      expect(
        keys.some((key) => key.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it('are filled, never shown with a placeholder left', () => {
    expect(t('search.count', { count: 2, query: 'NATO' })).not.toMatch(/[{}]/);
  });
});

describe('imports', () => {
  it('name the file they import, extension included (one style, as Node runs scripts/ without a bundler)', () => {
    const bare = sources.flatMap((path) =>
      [...read(path).matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)]
        .map((match) => match[1]!)
        .filter((spec) => !/\.(ts|astro|mjs|js|json|css|mdx|ya?ml|txt|svg|png)$/.test(spec))
        .map((spec) => `${relative(ROOT, path)}: ${spec}`),
    );
    expect(bare).toEqual([]);
  });
});

describe("the README's layout", () => {
  const readme = read(join(ROOT, 'README.md'));
  const layout = readme.slice(readme.indexOf('## Layout'), readme.indexOf('## Pages'));

  it('names every module and folder of src/lib', () => {
    const lib = join(ROOT, 'src/lib');
    const names = readdirSync(lib).map((name) =>
      statSync(join(lib, name)).isDirectory() ? `${name}/` : name,
    );
    expect(names.filter((name) => !new RegExp(`^ +${name.replace('.', '\\.')} `, 'm').test(layout))).toEqual(
      [],
    );
  });

  it('names every script and every source folder', () => {
    const scripts = readdirSync(join(ROOT, 'scripts')).filter((name) => name.endsWith('.ts'));
    const folders = readdirSync(join(ROOT, 'src')).filter((name) =>
      statSync(join(ROOT, 'src', name)).isDirectory(),
    );
    const missing = [...scripts, ...folders.map((name) => `${name}/`)].filter(
      (name) => !new RegExp(`^ +${name.replace('.', '\\.')} `, 'm').test(layout),
    );
    expect(missing).toEqual([]);
  });
});

describe("the README's content model", () => {
  const readme = read(join(ROOT, 'README.md'));
  const model = readme.slice(readme.indexOf('## Content model'), readme.indexOf('## Adding an article'));
  /** The field names in the first column of the tables under a heading. */
  const fieldsUnder = (heading: string) => {
    const start = model.indexOf(heading);
    const section = model.slice(start, model.indexOf('\n### ', start + 1));
    return new Set([...section.matchAll(/^\| `([\w.[\]]+)` /gm)].map((match) => match[1]!));
  };

  it.each([
    ['### Article', Object.keys(articleFields.shape)],
    ['### Event', Object.keys(eventSchema.shape)],
    ['### Entity', [...Object.keys(entitySchema.shape), ...Object.keys(publisherSchema.shape)]],
  ])('%s names every field of the schema (src/lib/schema.ts)', (heading, fields) => {
    const named = fieldsUnder(heading);
    expect(fields.filter((field) => !named.has(field))).toEqual([]);
  });
});
