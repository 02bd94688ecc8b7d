/** The built site on a local server and a real Chromium, shared by one browser test file. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { serve, type StaticServer } from './server.ts';

export interface Site {
  browser: Browser;
  server: StaticServer;
  /** The full address of a path on the served site. */
  url(path: string): string;
}

/** Starts the browser and the server before the file's tests and stops them after. */
export function openSite(options: { headers?: Record<string, string> } = {}): Site {
  const site = {
    url: (path: string) => `${site.server.url}${path}`,
  } as Site;
  beforeAll(async () => {
    [site.browser, site.server] = await Promise.all([launch(), serve(options)]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** Collects a page's script errors, console errors and dialogs (which it dismisses). */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return errors;
}
