/**
 * A browser context as the search benchmark uses it: fresh (an empty cache, and caching
 * disabled, so that every file the page needs is fetched and counted), the page instrumented
 * (./search-page.ts), every response recorded (./transfers.ts).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { instrument, watched } from './search-page.ts';
import { recordTransfers, type Transfer } from './transfers.ts';

export interface Session {
  context: BrowserContext;
  page: Page;
  transfers: Transfer[];
  inFlight(): number;
}

/** A fresh context with caching disabled, the page instrumented, every response recorded. */
export async function openSession(browser: Browser, dist: string, origin: string): Promise<Session> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(instrument, watched());
  const { transfers, inFlight } = recordTransfers(context, dist, origin);
  return { context, page, transfers, inFlight };
}
