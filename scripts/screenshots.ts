/**
 * Full-page screenshots of the article, timeline, search and about pages in the light and dark
 * schemes, at a phone and a desktop width, into docs/screenshots/ (shown in the README). Full
 * page, because what goes wrong below the first screen is what nobody sees. Run after a build:
 *
 *   npm run screenshots
 *
 * For a review of every page type (one page of each, from src/lib/page-types.ts), of any
 * build and its content, into another folder:
 *
 *   npm run screenshots -- --every --out /tmp/shots [--dist DIR --content DIR]
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { typeSamples } from '../src/lib/page-types.ts';
import { resolvedArchive } from '../tests/support/archive.ts';
import { launch } from '../tests/support/browser.ts';
import { CONTENT, DIST, ROOT } from '../tests/support/paths.ts';
import { serve } from '../tests/support/server.ts';

const { values } = parseArgs({
  options: {
    every: { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'docs', 'screenshots') },
    dist: { type: 'string', default: DIST },
    content: { type: 'string', default: CONTENT },
  },
});

/** Of each page type, its page in the middle of the list (src/lib/page-types.ts). */
async function everyType(): Promise<Record<string, string>> {
  const archive = await resolvedArchive(resolve(values.content));
  return Object.fromEntries(
    typeSamples(archive).map(({ path, type }) => [type, type === 'search' ? '/cari/?q=Rusia' : path]),
  );
}

const PAGES: Record<string, string> = values.every
  ? await everyType()
  : {
      artikel: '/artikel/2022/01/12/pertemuan-nato-rusia-dimulai/',
      linimasa: '/linimasa/',
      cari: '/cari/?q=Stoltenberg',
      tentang: '/tentang/',
    };
const DEVICES = {
  ponsel: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
};
const OUT = resolve(values.out);

mkdirSync(OUT, { recursive: true });
const [browser, server] = await Promise.all([launch(), serve({ root: `${resolve(values.dist)}/` })]);
try {
  for (const [name, path] of Object.entries(PAGES)) {
    for (const [device, viewport] of Object.entries(DEVICES)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme });
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`);
        if (path.startsWith('/cari/')) await page.locator('kliping-search ol li').first().waitFor();
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
