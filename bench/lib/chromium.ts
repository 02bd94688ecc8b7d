/**
 * The Chromium the tests use (tests/support/browser.ts), for Lighthouse, which needs a
 * browser it can reach on a debugging port rather than through playwright's pipe. The same
 * order: CHROME_PATH, Debian's /usr/bin/chromium, the Chromium of the @sparticuz/chromium
 * package. Nothing is downloaded.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHROMIUM_ARGS, executablePath } from '../../tests/support/browser.ts';

/** The same browser as the tests: CHROME_PATH, /usr/bin/chromium, or @sparticuz/chromium's. */
export const chromiumPath = executablePath;

export interface DebuggableChromium {
  path: string;
  port: number;
  close(): Promise<void>;
}

/** Starts headless Chromium with a debugging port on 127.0.0.1 and a throwaway profile. */
export async function startChromium(): Promise<DebuggableChromium> {
  const path = await chromiumPath();
  const profile = mkdtempSync(join(tmpdir(), 'kliping-lighthouse-'));
  const child: ChildProcess = spawn(
    path,
    [
      ...CHROMIUM_ARGS,
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const portFile = join(profile, 'DevToolsActivePort');
  for (let tries = 0; !existsSync(portFile); tries++) {
    if (tries > 150 || child.exitCode !== null) throw new Error(`${path} did not open a debugging port`);
    await sleep(100);
  }
  let port = NaN;
  while (!Number.isInteger(port) || port <= 0) {
    port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
    if (!Number.isInteger(port) || port <= 0) await sleep(50);
  }
  return {
    path,
    port,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
