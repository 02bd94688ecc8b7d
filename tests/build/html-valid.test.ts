/**
 * Every built page passes the W3C Nu HTML Checker (vnu-jar), run on this machine's Java.
 * A machine without Java fails this gate with the reason, never passes it silently.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';

const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('HTML validity', () => {
  it('every page passes the Nu HTML Checker with no error and no warning', () => {
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (java.error || java.status !== 0) {
      throw new Error(
        'The HTML gate needs Java to run the Nu HTML Checker (vnu-jar), and none was found: install a Java runtime (Debian: apt-get install default-jre-headless).',
      );
    }
    const result = spawnSync('java', ['-Xss4m', '-jar', vnu, '--format', 'json', '--skip-non-html', DIST], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const { messages } = JSON.parse(result.stderr) as { messages: VnuMessage[] };
    const problems = messages
      .filter((m) => m.type !== 'info' || m.subType === 'warning')
      .map(
        (m) =>
          `${m.url.replace(/^.*\/dist\//, '/')}:${m.lastLine ?? '?'} ${m.subType ?? m.type}: ${m.message}`,
      );
    expect(problems).toEqual([]);
  });
});
