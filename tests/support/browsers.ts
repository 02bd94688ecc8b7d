/**
 * The browsers that the cross-browser tests run in, both driven by puppeteer-core so that one
 * test file runs unchanged in each: Chromium over CDP (the binary and flags of browser.ts) and
 * Debian's Firefox ESR over WebDriver BiDi (firefox.ts). The common API is puppeteer's own
 * Page. What Firefox over BiDi cannot do per page (JavaScript off, a colour scheme) is set
 * here for the whole browser, so a test asks for it when it opens the site.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { CHROMIUM_ARGS, executablePath as chromiumPath } from './browser.ts';
import { launchFirefox } from './firefox.ts';
import { serve, type StaticServer } from './server.ts';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export interface BrowserOptions {
  /** false: pages run no script (the no-JavaScript reader). */
  javaScript?: boolean;
  colorScheme?: 'light' | 'dark';
}

/** Playwright's default, which the Chromium-only tests see; puppeteer's own is 800×600. */
export const VIEWPORT = { width: 1280, height: 720 };

export async function openBrowser(name: BrowserName, options: BrowserOptions = {}): Promise<Browser> {
  if (name === 'firefox') {
    const prefs: Record<string, string | number | boolean> = {};
    if (options.javaScript === false) prefs['javascript.enabled'] = false;
    if (options.colorScheme) {
      prefs['layout.css.prefers-color-scheme.content-override'] = options.colorScheme === 'dark' ? 0 : 1;
    }
    return launchFirefox(prefs, { defaultViewport: VIEWPORT });
  }
  return puppeteer.launch({
    browser: 'chrome',
    executablePath: await chromiumPath(),
    headless: true, // puppeteer adds --headless=new itself
    args: CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--headless')),
    defaultViewport: VIEWPORT,
  });
}

/**
 * Whether the browser scrolls to a text directive (`#p14:~:text=…`) and highlights it:
 * Firefox ESR and Debian's Chromium do; the Chromium of @sparticuz/chromium (the fallback
 * of browser.ts, chosen in the same order here) does not, and lands on #p14 alone.
 */
export function appliesTextDirectives(name: BrowserName): boolean {
  return name === 'firefox' || process.env.CHROME_PATH !== undefined || existsSync('/usr/bin/chromium');
}

export interface Site {
  name: BrowserName;
  browser: Browser;
  server: StaticServer;
  /** The full address of a path on the served site. */
  url(path: string): string;
  /** A new page with the site's options applied (Chromium applies them per page, over CDP). */
  newPage(): Promise<Page>;
}

/**
 * Starts the server and the browser before the file's (or the describe block's) tests and
 * stops them after. A browser that cannot start (Firefox not installed) fails every test of
 * the block with the reason, rather than leaving them skipped under one failed hook.
 */
export function openSite(name: BrowserName, options: BrowserOptions = {}): Site {
  let launchError: unknown;
  const site = {
    name,
    url: (path: string) => `${site.server.url}${path}`,
    async newPage() {
      if (launchError) throw launchError;
      const page = await site.browser.newPage();
      if (name === 'chromium') {
        if (options.javaScript === false) await page.setJavaScriptEnabled(false);
        if (options.colorScheme) {
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: options.colorScheme }]);
        }
      }
      return page;
    },
  } as Site;
  beforeAll(async () => {
    site.server = await serve();
    try {
      site.browser = await openBrowser(name, options);
    } catch (error) {
      launchError = error;
    }
  });
  beforeEach(() => {
    if (launchError) throw launchError;
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Collects a page's script errors, console errors and dialogs (which it dismisses). A script
 * error reads "TypeError: …" in both browsers (puppeteer passes on each browser's own wording,
 * "Uncaught TypeError: …" from Chromium, "uncaught exception: …" for a thrown non-Error from
 * Firefox). Firefox does not report a failed sub-resource (a 404) on the console; Chromium does.
 */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    const message = error instanceof Error ? error.message : String(error);
    errors.push(message.replace(/^(Uncaught (\(in promise\) )?|uncaught exception: )/, ''));
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return errors;
}

/** Waits until the page's address has this path (puppeteer has no waitForURL). */
export async function waitForPath(page: Page, path: string): Promise<void> {
  await page.waitForFunction((expected) => location.pathname === expected, {}, path);
}

/**
 * The text of every element that matches, white space folded. Through page.evaluate, which
 * works with JavaScript off in both browsers; in Firefox with JavaScript off puppeteer's own
 * $$eval, $$, waitForSelector, waitForFunction and locators wait for ever.
 */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (css) =>
      [...document.querySelectorAll(css)].map((element) =>
        (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    selector,
  );
}
