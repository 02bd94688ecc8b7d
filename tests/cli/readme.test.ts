/**
 * The README's import examples run as written: every `npm run import -- …` line of its "Adding
 * an article" section, over a copy of the committed content, exits as its comment says (1 when
 * the next line says "# refused", else 0).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratch } from '../support/import-cli.ts';
import { CONTENT, ROOT } from '../support/paths.ts';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = README.slice(README.indexOf('## Adding an article'), README.indexOf('## Search'));

/** The example commands of the section: continuation lines joined, each with the exit code it promises. */
function examples(): { command: string; code: number }[] {
  const found: { command: string; code: number }[] = [];
  for (const block of section.matchAll(/```sh\n([\s\S]*?)```/g)) {
    const lines = block[1]!.replace(/\\\n\s*/g, ' ').split('\n');
    lines.forEach((line, i) => {
      if (!line.startsWith('npm run import -- ') || line.includes('<')) return;
      found.push({ command: line, code: lines[i + 1]?.startsWith('# refused') ? 1 : 0 });
    });
  }
  return found;
}

describe("the README's import examples", { timeout: 60_000 }, () => {
  const all = examples();

  it('are there: the seeds, a batch, a new publisher', () => {
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(all.some(({ command }) => command.includes('--new-publisher'))).toBe(true);
  });

  for (const { command, code } of all) {
    it(`${command.slice('npm run import -- '.length, 90)}… exits ${code}`, () => {
      const content = join(scratch('kliping-readme-'), 'content');
      cpSync(CONTENT, content, { recursive: true });
      const node = join(ROOT, 'node_modules/.bin/node');
      const script = command.replace(/^npm run import -- /, `"${node}" scripts/import.ts `);
      const result = spawnSync('sh', ['-c', `${script} --content "${content}"`], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(code);
    });
  }
});
