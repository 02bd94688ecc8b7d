/**
 * axe-core in a real Chromium over every page type, in the light and the dark scheme, at a
 * phone and a desktop width: no violation of the WCAG 2.0–2.2 A and AA rules or of axe's
 * best practices.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openSite } from '../support/site.ts';
import { describe, expect, it } from 'vitest';
import { pagesToCheck } from '../support/pages.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const PAGES = await pagesToCheck();

const site = openSite();

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.each(['light', 'dark'] as const)('accessibility, %s scheme', (colorScheme) => {
  it.each(PAGES)('%s has no axe violation on a phone or a desktop', async (path) => {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1280, height: 900 },
    ]) {
      const context = await site.browser.newContext({ colorScheme, viewport });
      const page = await context.newPage();
      await page.goto(`${site.server.url}${path}`);
      if (path.startsWith('/cari/?q=')) await page.locator('kliping-search ol li').first().waitFor();
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async (tags) => {
        const axe = (
          window as unknown as {
            axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> };
          }
        ).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return result.violations.map((v) => ({
          id: v.id,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target })),
        }));
      }, TAGS);
      await context.close();
      expect(violations, `${path} at ${viewport.width}px`).toEqual([]);
    }
  });
});
