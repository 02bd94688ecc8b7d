/**
 * Runs the real production build (`npm run build`'s scripts/build.ts: `astro build`, then the
 * search index) as a child process, optionally over another content folder and into another
 * output folder.
 */
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

export function build(options: { content?: string; outDir?: string; cacheDir?: string } = {}): BuildResult {
  const args = ['scripts/build.ts'];
  if (options.outDir) args.push('--outDir', options.outDir);
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...(options.content ? { KLIPING_CONTENT: options.content } : {}),
      ...(options.cacheDir ? { KLIPING_CACHE_DIR: options.cacheDir } : {}),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    timeout: 170_000,
  });

  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}
