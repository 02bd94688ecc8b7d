/**
 * The importer as the CLI tests run it: scripts/import.ts in a child process on the project's
 * Node, over temporary project folders whose content/ holds only the publishers and the
 * entities (and what the test adds), removed when the test file is done.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll } from 'vitest';
import { CONTENT, ROOT } from './paths.ts';

const NODE = join(ROOT, 'node_modules/.bin/node');
const SCRIPT = join(ROOT, 'scripts/import.ts');

export const MEDCOM = join(CONTENT, 'captures/000_a0787a86cb8f5b8c.txt');
export const KONTAN = join(CONTENT, 'captures/004_98662811586fdaa1.txt');
/** The varied captures of other outlets (tests/fixtures/captures/). */
export const FIXTURES = join(ROOT, 'tests/fixtures/captures');
export const ARCHIVED = ['--archived', '2026-11-23'];

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder, removed after the test file. */
export function scratch(prefix = 'kliping-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** A fresh project folder with content/ holding only the publishers and the entities. */
export function project(): { root: string; content: string } {
  const root = scratch('kliping-import-');
  const content = join(root, 'content');
  mkdirSync(content);
  copyFileSync(join(CONTENT, 'publishers.yaml'), join(content, 'publishers.yaml'));
  copyFileSync(join(CONTENT, 'entities.yaml'), join(content, 'entities.yaml'));
  return { root, content };
}

/** Runs the importer and returns its exit code and output. */
export function run(args: string[], cwd = ROOT) {
  const result = spawnSync(NODE, [SCRIPT, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file and folder under a folder, by relative path: a file with its bytes. */
export function files(dir: string): Map<string, Buffer | 'folder'> {
  const found = new Map<string, Buffer | 'folder'>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    found.set(relative(dir, path), entry.isDirectory() ? 'folder' : readFileSync(path));
  }
  return found;
}

/** The lines of an output, without the final empty one. */
export const lines = (output: string) => output.split('\n').filter((line) => line !== '');
