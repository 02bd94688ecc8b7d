/**
 * The importer end to end: both raw captures imported with the real command into an empty
 * content folder, a real build over it, and every line of each capture found on its page.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureLines } from '../../src/lib/account.ts';
import { articleSchema } from '../../src/lib/schema.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { build } from '../support/build.ts';
import { splitMdx } from '../support/content.ts';
import { fold, pageDocument } from '../support/dist.ts';
import { CONTENT, ROOT } from '../support/paths.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kliping-roundtrip-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runImport(capture: string, ...options: string[]) {
  const result = spawnSync(
    process.execPath,
    ['scripts/import.ts', join(CONTENT, 'captures', capture), '--content', content, ...options],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBe(0);
  return result;
}

const content = join(scratch, 'content');
const dist = join(scratch, 'dist');

describe('import, build, read', () => {
  it('every line of both raw captures reaches the built pages', () => {
    mkdirSync(content, { recursive: true });
    for (const file of ['publishers.yaml', 'entities.yaml'])
      copyFileSync(join(CONTENT, file), join(content, file));
    writeFileSync(join(content, 'events.yaml'), '[]\n');

    runImport('000_a0787a86cb8f5b8c.txt', '--published', '2022-01-12');
    runImport('004_98662811586fdaa1.txt');

    const result = build({ content, outDir: dist, cacheDir: join(scratch, 'cache') });
    expect(result.status, result.output).toBe(0);

    const articles = readdirSync(join(content, 'articles'));
    expect(articles).toHaveLength(2);
    for (const file of articles) {
      const { frontmatter } = splitMdx(readFileSync(join(content, 'articles', file), 'utf8'));
      const data = articleSchema.parse(frontmatter);
      const page = pageDocument(articlePath(file.replace(/\.mdx$/, ''), data), dist);
      const text = fold(page.body.textContent);
      const capture = readFileSync(join(content, data.capture), 'utf8');
      expect(capture).toBe(readFileSync(join(CONTENT, data.capture), 'utf8'));
      for (const line of captureLines(capture)) expect(text, `${file} lost a line`).toContain(line.text);
    }
  });
});
