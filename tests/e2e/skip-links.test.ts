/** The skip links, with the keyboard, in a real Chromium with JavaScript off (reading pages have none). */
import { describe, expect, it } from 'vitest';
import { openSite } from '../support/site.ts';

const site = openSite();

describe('the skip links', () => {
  it('from the top of a reading page, the second Tab stop leads to the masthead search box', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.server.url}/artikel/2022/01/12/pertemuan-nato-rusia-dimulai/`);
    await noJs.keyboard.press('Tab');
    expect(await noJs.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Langsung ke isi');
    await noJs.keyboard.press('Tab');
    const skip = await noJs.evaluate(() => {
      const link = document.activeElement as HTMLElement;
      const box = link.getBoundingClientRect();
      return { text: link.textContent?.trim(), visible: box.top >= 0 && box.height > 0 };
    });
    expect(skip).toEqual({ text: 'Langsung ke pencarian', visible: true });
    await noJs.keyboard.press('Enter');
    await noJs.keyboard.type('Krimea');
    expect(await noJs.inputValue('#q-header')).toBe('Krimea');
    await context.close();
  });
});
