/**
 * BENCHMARKS.md: each report owns one section between two markers and refreshes only that
 * (`<!-- bench:build:start -->` … `<!-- bench:build:end -->`); the rest of the file is written
 * by hand and stays. The file is formatted with the project's Prettier settings, so that
 * `npm run format:check` accepts it as written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { ROOT } from './paths.ts';

export const BENCHMARKS = join(ROOT, 'BENCHMARKS.md');

const SKELETON = `# Benchmarks

Figures measured by \`npm run bench\` (build, page weight, Lighthouse) and \`npm run bench:search\`
(search), which write the sections below between their markers; anything outside the markers is
kept. Sizes are in binary units: 1 KiB = 1,024 bytes, 1 MiB = 1,024 KiB, 1 GiB = 1,024 MiB.
`;

/** The text with section `name` replaced by `markdown` (or appended, if it has no such section). Pure. */
export function replaceSection(current: string, name: string, markdown: string): string {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n\n${markdown.trim()}\n\n${end}`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  return from >= 0 && to > from
    ? `${current.slice(0, from)}${block}${current.slice(to + end.length)}`
    : `${current.trimEnd()}\n\n${block}\n`;
}

/** Replaces the sections named in `sections` of BENCHMARKS.md and formats the file. */
export async function writeSections(sections: Record<string, string>): Promise<void> {
  let text = existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, 'utf8') : SKELETON;
  for (const [name, markdown] of Object.entries(sections)) text = replaceSection(text, name, markdown);
  const options = (await prettier.resolveConfig(BENCHMARKS)) ?? {};
  writeFileSync(BENCHMARKS, await prettier.format(text, { ...options, filepath: BENCHMARKS }));
  console.log(`wrote the ${Object.keys(sections).join(', ')} section(s) of ${BENCHMARKS}`);
}
