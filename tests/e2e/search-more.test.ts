/**
 * Many results: a real build of a small synthetic corpus, where a common word matches more
 * articles than the first page shows. The first page is 10 results; "show more" adds the
 * next ones and moves focus to the first new one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser.ts';
import { searchSettled } from '../support/search-page.ts';
import { build } from '../support/build.ts';
import { ROOT } from '../support/paths.ts';
import { serve, type StaticServer } from '../support/server.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kliping-more-'));
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const content = join(scratch, 'content');
  const corpus = spawnSync(process.execPath, ['scripts/corpus.ts', '--out', content, '--count', '60'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(corpus.status, corpus.stderr).toBe(0);
  const dist = join(scratch, 'dist');
  const result = build({ content, outDir: dist, cacheDir: join(scratch, 'cache') });
  expect(result.status, result.output).toBe(0);
  [browser, server] = await Promise.all([launch(), serve({ root: `${dist}/` })]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a search with many results', () => {
  it('shows 10 first, then more on request, with the total in the status line', async () => {
    const page = await browser.newPage();
    // "yang" is in nearly every article, synthetic or real.
    await page.goto(`${server.url}/cari/?q=yang`);
    const items = page.locator('kliping-search ol li');
    // The newest shard of the index answers first; the count is final once every shard has.
    await searchSettled(page);
    const total = Number(
      /^(\d+) hasil/.exec((await page.locator('[role="status"]').textContent()) ?? '')?.[1],
    );
    expect(total).toBeGreaterThan(10);
    expect(await items.count()).toBe(10);
    const more = page.locator('kliping-search button.more');
    expect(await more.textContent()).toBe(`Tampilkan ${Math.min(total - 10, 20)} hasil lagi`);
    await more.click();
    await expect.poll(() => items.count()).toBe(Math.min(total, 30));
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('kliping-search ol li')].indexOf(
          document.activeElement!.closest('li')!,
        ),
      ),
    ).toBe(10);
    expect(await more.isHidden()).toBe(total <= 30);
  });
});
