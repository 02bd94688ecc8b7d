/**
 * Launches a real Chromium through playwright-core, never a test tool's own download:
 * CHROME_PATH (a developer's own Chrome or Chromium) if set, else Debian's /usr/bin/chromium
 * if installed, else the Chromium that the @sparticuz/chromium package ships. Our own launch
 * flags: headless, no background network (the machines here have none), no sandbox as root.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export async function executablePath(): Promise<string> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

/** Our launch flags: headless, no sandbox as root, none of Chromium's background traffic. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: await executablePath(), args: CHROMIUM_ARGS });
}
