/**
 * Two clean builds of the same source and content give byte-identical sites, whatever the
 * machine's time zone, locale and clock, the folder the project sits in and the order in which
 * the file system lists its files. Each build runs in its own copy of the project, as a fresh
 * clone would be (source, public files, content, configuration; node_modules linked), with its
 * own caches. The second copy is written in reverse order, on a tmpfs where one is mounted (which
 * lists a folder newest file first, where the first copy's disk lists it in hash order), and
 * built in Los Angeles time, in German, with a clock 1,000 days and 7 hours ahead.
 *
 * A copy each, not two builds of this folder: Astro keeps state under the project root
 * (.astro/, and .astro/.prerender/ for an outDir outside the working directory), so two builds
 * of one root at once interfere, and the source may change between two builds of the tree.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  opendirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

const here = mkdtempSync(join(tmpdir(), 'kliping-repro-'));
const there = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/kliping-repro-') : here;
afterAll(() => [here, there].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A Date whose clock runs ahead; dates made from given values are untouched. */
const SHIFTED_CLOCK = `
const offset = (1000 * 24 + 7) * 3600 * 1000;
const RealDate = globalThis.Date;
globalThis.Date = class extends RealDate {
  constructor(...args) { if (args.length === 0) super(RealDate.now() + offset); else super(...args); }
  static now() { return RealDate.now() + offset; }
};
`;

/** A folder's entries in the order the file system lists them (fs.readdir sorts them). */
function rawListing(dir: string): string[] {
  const names: string[] = [];
  const handle = opendirSync(dir);
  for (let entry = handle.readSync(); entry; entry = handle.readSync()) names.push(entry.name);
  handle.closeSync();
  return names;
}

/** Whether a file system lists a folder newest file first, as tmpfs does. */
function listsNewestFirst(parent: string): boolean {
  const dir = mkdtempSync(join(parent, 'order-'));
  writeFileSync(join(dir, 'a'), '');
  writeFileSync(join(dir, 'b'), '');
  return rawListing(dir).join() === 'b,a';
}

/** The files of a folder, relative to it, sorted. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** A copy of the project with every file written in the order given; node_modules linked. */
function checkout(to: string, order: (files: string[]) => string[]): string {
  const files = [
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    ...['src', 'public', 'content'].flatMap((dir) => filesOf(join(ROOT, dir)).map((file) => join(dir, file))),
  ];
  for (const file of order(files.toSorted())) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    writeFileSync(join(to, file), readFileSync(join(ROOT, file)));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(to, 'node_modules'));
  return to;
}

/** `astro build` in a copy of the project, into its dist/, in an environment of our choosing. */
function build(root: string, env: Record<string, string>): string {
  const { KLIPING_CONTENT: _content, KLIPING_CACHE_DIR: _cache, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...inherited, KLIPING_CACHE_DIR: join(root, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    timeout: 170_000,
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return join(root, 'dist');
}

/** Every file of a folder: its path and the sha256 of its bytes. */
function fingerprint(dir: string): Map<string, string> {
  const files = filesOf(dir);
  return new Map(
    files.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/** Where two versions of a file first differ, with some context, for the failure message. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (buffer: Buffer) =>
    JSON.stringify(buffer.subarray(Math.max(0, i - 40), i + 40).toString('latin1'));
  return `byte ${i}: ${around(a)} vs ${around(b)}`;
}

describe('the build is reproducible', () => {
  it('two clean builds, in another folder, file order, time zone, locale and clock, are byte-identical', () => {
    const first = checkout(join(here, 'a'), (files) => files);
    const second = checkout(join(there, 'project-b'), (files) => files.toReversed());
    const clock = join(there, 'shifted-clock.mjs');
    writeFileSync(clock, SHIFTED_CLOCK);
    const elsewhere = {
      TZ: 'America/Los_Angeles',
      LANG: 'de_DE.UTF-8',
      LC_ALL: 'de_DE.UTF-8',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${clock}`.trim(),
    };
    const probe = spawnSync(process.execPath, ['-p', 'Date.now() + " " + new Date(0).toLocaleString()'], {
      encoding: 'utf8',
      env: { ...process.env, ...elsewhere },
    });
    const [now, epoch] = [
      Number(probe.stdout.split(' ')[0]),
      probe.stdout.slice(probe.stdout.indexOf(' ') + 1),
    ];
    expect(now - Date.now(), 'the second build runs 1,000 days ahead').toBeGreaterThan(
      999 * 24 * 3600 * 1000,
    );
    expect(epoch.trim(), 'the second build runs in Los Angeles, in German').toBe('31.12.1969, 16:00:00');

    const a = build(first, { TZ: 'Asia/Jakarta', LANG: 'id_ID.UTF-8', LC_ALL: 'id_ID.UTF-8' });
    const b = build(second, elsewhere);

    if (listsNewestFirst(there) && !listsNewestFirst(here)) {
      // Pagefind walks dist/ itself: the file system lists the two in different orders.
      expect(rawListing(join(b, 'topik'))).not.toEqual(rawListing(join(a, 'topik')));
    }

    const [left, right] = [fingerprint(a), fingerprint(b)];
    expect(left.size).toBeGreaterThan(30);
    expect([...right.keys()]).toEqual([...left.keys()]);
    const differences = [...left]
      .filter(([file, hash]) => right.get(file) !== hash)
      .map(
        ([file]) => `${file}: ${firstDifference(readFileSync(join(a, file)), readFileSync(join(b, file)))}`,
      );
    expect(differences).toEqual([]);
  });
});
