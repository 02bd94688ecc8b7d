/**
 * Builds the site once before the build and browser tests (both projects run this setup in
 * the same process; the second finds it done). Set KLIPING_REUSE_DIST=1 to test an existing
 * dist/ while working on tests; CI always builds.
 */
import { existsSync } from 'node:fs';
import { build } from './build.ts';
import { DIST } from './paths.ts';

export default function setup() {
  if (process.env.KLIPING_BUILT === '1') return;
  if (process.env.KLIPING_REUSE_DIST === '1' && existsSync(`${DIST}index.html`)) return;
  const result = build();
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.output}`);
  process.env.KLIPING_BUILT = '1';
}
