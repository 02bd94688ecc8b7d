/**
 * Full-page screenshots of the article, timeline, search and about pages in the light and dark
 * schemes, at a phone and a desktop width, into docs/screenshots/ (shown in the README). Full
 * page, because what goes wrong below the first screen is what nobody sees. Run after a build:
 *
 *   npm run screenshots
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/support/browser.ts';
import { ROOT } from '../tests/support/paths.ts';
import { serve } from '../tests/support/server.ts';

const PAGES = {
  artikel: '/artikel/2022/01/12/pertemuan-nato-rusia-dimulai/',
  linimasa: '/linimasa/',
  cari: '/cari/?q=Stoltenberg',
  tentang: '/tentang/',
};
const DEVICES = {
  ponsel: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
};
const OUT = join(ROOT, 'docs', 'screenshots');

mkdirSync(OUT, { recursive: true });
const [browser, server] = await Promise.all([launch(), serve()]);
try {
  for (const [name, path] of Object.entries(PAGES)) {
    for (const [device, viewport] of Object.entries(DEVICES)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme });
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`);
        if (name === 'cari') await page.locator('kliping-search ol li').first().waitFor();
        const file = join(OUT, `${name}-${device}-${colorScheme === 'light' ? 'terang' : 'gelap'}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await context.close();
        console.log(file.replace(`${ROOT}`, ''));
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
